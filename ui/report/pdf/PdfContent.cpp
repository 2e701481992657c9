#include "PdfContent.h"

#include "PdfSyntax.h"

#include <QGradient>

namespace wres::ui::pdf::PdfContent {

using PdfSyntax::appendReal;

namespace {

void appendPoint(QByteArray& out, const QPointF& p)
{
    appendReal(out, p.x(), 3);
    out += ' ';
    appendReal(out, p.y(), 3);
    out += ' ';
}

} // namespace

void appendPath(QByteArray& out, const QPainterPath& path, const QTransform* map)
{
    const int count = path.elementCount();
    const auto point = [&](int i) {
        const QPainterPath::Element& e = path.elementAt(i);
        return map ? map->map(QPointF(e.x, e.y)) : QPointF(e.x, e.y);
    };
    for (int start = 0; start < count;) {
        int end = start + 1;
        while (end < count && path.elementAt(end).type != QPainterPath::MoveToElement)
            ++end;
        const QPointF first = point(start);
        const QPointF last = point(end - 1);
        const bool closed = end - start > 1 && first == last;
        // An axis-aligned rectangle drawn the way `re` draws it.
        if (end - start == 5 && !map) {
            const QPointF p1 = point(start + 1), p2 = point(start + 2), p3 = point(start + 3);
            bool lines = true;
            for (int i = start + 1; i < end; ++i)
                lines = lines && path.elementAt(i).type == QPainterPath::LineToElement;
            if (lines && closed && p1.y() == first.y() && p2.x() == p1.x() && p3.y() == p2.y() && p3.x() == first.x()) {
                appendPoint(out, first);
                appendReal(out, p1.x() - first.x(), 3);
                out += ' ';
                appendReal(out, p3.y() - first.y(), 3);
                out += " re\n";
                start = end;
                continue;
            }
        }
        appendPoint(out, first);
        out += "m\n";
        const int stop = closed ? end - 1 : end;
        for (int i = start + 1; i < end; ++i) {
            const QPainterPath::Element& e = path.elementAt(i);
            if (e.type == QPainterPath::CurveToElement && i + 2 < end) {
                appendPoint(out, point(i));
                appendPoint(out, point(i + 1));
                appendPoint(out, point(i + 2));
                out += "c\n";
                i += 2;
            } else if (i < stop) {
                appendPoint(out, point(i));
                out += "l\n";
            }
        }
        if (closed)
            out += "h\n";
        start = end;
    }
}

void appendColour(QByteArray& out, const QColor& colour, bool stroke)
{
    const QColor rgb = colour.toRgb();
    if (rgb.red() == rgb.green() && rgb.green() == rgb.blue()) {
        appendReal(out, rgb.redF(), 3);
        out += stroke ? " G\n" : " g\n";
        return;
    }
    appendReal(out, rgb.redF(), 3);
    out += ' ';
    appendReal(out, rgb.greenF(), 3);
    out += ' ';
    appendReal(out, rgb.blueF(), 3);
    out += stroke ? " RG\n" : " rg\n";
}

QByteArray matrixOperator(const QTransform& t)
{
    QByteArray out;
    for (const double v : {t.m11(), t.m12(), t.m21(), t.m22()}) {
        appendReal(out, v, 6);
        out += ' ';
    }
    appendReal(out, t.dx(), 4);
    out += ' ';
    appendReal(out, t.dy(), 4);
    out += " cm\n";
    return out;
}

QColor averageColour(const QBrush& brush)
{
    const QGradient* gradient = brush.gradient();
    if (!gradient || gradient->stops().isEmpty())
        return brush.color();
    const QGradientStops stops = gradient->stops();
    double r = 0, g = 0, b = 0, a = 0;
    const auto add = [&](const QColor& c, double weight) {
        r += c.redF() * weight;
        g += c.greenF() * weight;
        b += c.blueF() * weight;
        a += c.alphaF() * weight;
    };
    add(stops.first().second, stops.first().first);
    for (qsizetype i = 1; i < stops.size(); ++i) {
        const double weight = stops[i].first - stops[i - 1].first;
        add(stops[i - 1].second, weight / 2);
        add(stops[i].second, weight / 2);
    }
    add(stops.last().second, 1 - stops.last().first);
    return QColor::fromRgbF(float(r), float(g), float(b), float(a));
}

} // namespace wres::ui::pdf::PdfContent
