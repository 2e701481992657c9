#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace wres::ui::report {

// A chart laid out as shapes and words in one unit (device units on a page, CSS pixels in SVG),
// drawn in order by ChartPainter or written by ChartSvg: one layout, two renderings.
struct ChartScene
{
    enum class Shape : quint8
    {
        Circle,
        Square,
        Triangle,
        Diamond,
        TriangleDown,
        Cross,
    };
    enum class Anchor : quint8
    {
        Start,
        Middle,
        End,
    };
    struct Item
    {
        enum class Kind : quint8
        {
            Rect,
            Path,
            Marker,
            Text,
        };
        Kind kind = Kind::Rect;
        // Rect, Marker (its box), closed Path: filled; alpha 0 means none.
        QRectF rect;
        QPolygonF points; // Path
        bool closed = false;
        QColor fill = Qt::transparent;
        QColor stroke = Qt::transparent;
        double strokeWidth = 0;
        QList<double> dashes; // in units of strokeWidth; empty: solid
        bool hatch = false;   // Rect: diagonal hatching over the fill, so it reads in greyscale
        Shape shape = Shape::Circle;
        // Text: at is the anchor point on the baseline.
        QString text;
        QPointF at;
        double size = 8; // the text's size in points
        bool bold = false;
        Anchor anchor = Anchor::Start;
        bool vertical = false; // turned a quarter anticlockwise about `at`
    };
    QSizeF size;
    double unitsPerPoint = 1;
    QList<Item> items;

    void rect(const QRectF& r, const QColor& fill, const QColor& stroke = Qt::transparent, double width = 0,
              bool hatch = false);
    void line(const QPolygonF& points, const QColor& stroke, double width, const QList<double>& dashes = {});
    void marker(const QPointF& centre, double diameter, Shape shape, const QColor& fill, const QColor& stroke,
                double width);
    void text(const QString& text, const QPointF& at, double points, bool bold = false, Anchor anchor = Anchor::Start,
              const QColor& colour = Qt::black, bool vertical = false);
    // The outline of a marker shape in a box, for painters and SVG alike (a circle is drawn as one).
    static QPolygonF outline(Shape shape, const QRectF& box);
};

} // namespace wres::ui::report
