#include "ChartScene.h"

#include <algorithm>
#include <cmath>

namespace wres::ui::report {

void ChartScene::rect(const QRectF& r, const QColor& fill, const QColor& stroke, double width, bool hatch)
{
    Item item;
    item.kind = Item::Kind::Rect;
    item.rect = r;
    item.fill = fill;
    item.stroke = stroke;
    item.strokeWidth = width;
    item.hatch = hatch;
    items.append(item);
    if (!hatch)
        return;
    // Hatching as plain lines, the same on a page and in SVG: "/" lines 3.5 pt apart.
    const double spacing = 3.5 * unitsPerPoint;
    for (double k = r.left() + r.top() + spacing / 2; k < r.right() + r.bottom(); k += spacing) {
        const double x1 = std::max(r.left(), k - r.bottom());
        const double x2 = std::min(r.right(), k - r.top());
        if (x2 - x1 > 1e-6)
            line(QPolygonF({QPointF(x1, k - x1), QPointF(x2, k - x2)}), Qt::white, 0.8 * unitsPerPoint);
    }
}

void ChartScene::line(const QPolygonF& points, const QColor& stroke, double width, const QList<double>& dashes)
{
    Item item;
    item.kind = Item::Kind::Path;
    item.points = points;
    item.stroke = stroke;
    item.strokeWidth = width;
    item.dashes = dashes;
    items.append(item);
}

void ChartScene::marker(const QPointF& centre, double diameter, Shape shape, const QColor& fill, const QColor& stroke,
                        double width)
{
    Item item;
    item.kind = Item::Kind::Marker;
    item.rect = QRectF(centre.x() - diameter / 2, centre.y() - diameter / 2, diameter, diameter);
    item.shape = shape;
    item.fill = fill;
    item.stroke = stroke;
    item.strokeWidth = width;
    items.append(item);
}

void ChartScene::text(const QString& text, const QPointF& at, double points, bool bold, Anchor anchor,
                      const QColor& colour, bool vertical)
{
    Item item;
    item.kind = Item::Kind::Text;
    item.text = text;
    item.at = at;
    item.size = points;
    item.bold = bold;
    item.anchor = anchor;
    item.fill = colour;
    item.vertical = vertical;
    items.append(item);
}

QPolygonF ChartScene::outline(Shape shape, const QRectF& box)
{
    const double l = box.left();
    const double r = box.right();
    const double t = box.top();
    const double b = box.bottom();
    const double cx = box.center().x();
    const double cy = box.center().y();
    switch (shape) {
    case Shape::Square: {
        const QRectF inner =
            box.adjusted(box.width() * 0.08, box.height() * 0.08, -box.width() * 0.08, -box.height() * 0.08);
        return QPolygonF({inner.topLeft(), inner.topRight(), inner.bottomRight(), inner.bottomLeft()});
    }
    case Shape::Triangle:
        return QPolygonF({QPointF(cx, t), QPointF(r, b), QPointF(l, b)});
    case Shape::TriangleDown:
        return QPolygonF({QPointF(l, t), QPointF(r, t), QPointF(cx, b)});
    case Shape::Diamond:
        return QPolygonF({QPointF(cx, t), QPointF(r, cy), QPointF(cx, b), QPointF(l, cy)});
    case Shape::Cross: {
        const double w = box.width() * 0.18;
        return QPolygonF({QPointF(l + w, t), QPointF(cx, cy - w), QPointF(r - w, t), QPointF(r, t + w),
                          QPointF(cx + w, cy), QPointF(r, b - w), QPointF(r - w, b), QPointF(cx, cy + w),
                          QPointF(l + w, b), QPointF(l, b - w), QPointF(cx - w, cy), QPointF(l, t + w)});
    }
    case Shape::Circle:
        break;
    }
    QPolygonF circle;
    for (int i = 0; i < 24; ++i) {
        const double a = i * 2 * 3.14159265358979 / 24;
        circle << QPointF(cx + box.width() / 2 * std::cos(a), cy + box.height() / 2 * std::sin(a));
    }
    return circle;
}

} // namespace wres::ui::report
