#include "ChartPainter.h"

#include "report/model/ReportDocument.h"
#include "report/text/FontBook.h"

#include <QPainter>
#include <QPainterPath>

namespace wres::ui::report::ChartPainter {
namespace {

QPen penOf(const ChartScene::Item& item)
{
    if (item.stroke.alpha() == 0 || item.strokeWidth <= 0)
        return Qt::NoPen;
    QPen pen(item.stroke, item.strokeWidth);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    if (!item.dashes.isEmpty())
        pen.setDashPattern(QList<qreal>(item.dashes.begin(), item.dashes.end()));
    return pen;
}

QBrush brushOf(const ChartScene::Item& item)
{
    return item.fill.alpha() == 0 ? QBrush(Qt::NoBrush) : QBrush(item.fill);
}

} // namespace

void paint(QPainter& painter, const ChartScene& scene, const QPointF& origin, FontBook& fonts)
{
    painter.save();
    painter.translate(origin);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const ChartScene::Item& item : scene.items) {
        switch (item.kind) {
        case ChartScene::Item::Kind::Rect:
            painter.setPen(penOf(item));
            painter.setBrush(brushOf(item));
            painter.drawRect(item.rect);
            break;
        case ChartScene::Item::Kind::Path:
            painter.setPen(penOf(item));
            painter.setBrush(Qt::NoBrush);
            painter.drawPolyline(item.points);
            break;
        case ChartScene::Item::Kind::Marker:
            painter.setPen(penOf(item));
            painter.setBrush(brushOf(item));
            if (item.shape == ChartScene::Shape::Circle)
                painter.drawEllipse(item.rect);
            else
                painter.drawPolygon(ChartScene::outline(item.shape, item.rect));
            break;
        case ChartScene::Item::Kind::Text: {
            const int font = fonts.font(item.size, item.bold ? Span::Bold : Span::Plain);
            const double width = fonts.width(font, item.text);
            const double shift = item.anchor == ChartScene::Anchor::End      ? width
                                 : item.anchor == ChartScene::Anchor::Middle ? width / 2
                                                                             : 0.0;
            painter.setFont(fonts.qfont(font));
            painter.setPen(item.fill.alpha() == 0 ? QColor(Qt::black) : item.fill);
            if (item.vertical) {
                painter.save();
                painter.translate(item.at);
                painter.rotate(-90);
                painter.drawText(QPointF(-shift, 0), item.text);
                painter.restore();
            } else {
                painter.drawText(QPointF(item.at.x() - shift, item.at.y()), item.text);
            }
            break;
        }
        }
    }
    painter.restore();
}

} // namespace wres::ui::report::ChartPainter
