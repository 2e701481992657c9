#include "ChartSvg.h"

#include <QLocale>

#include <cmath>

namespace wres::ui::report::ChartSvg {
namespace {

QString num(double v)
{
    QString s = QLocale::c().toString(v, 'f', 2);
    while (s.contains(QLatin1Char('.')) && (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    return s;
}

QString colour(const QColor& c)
{
    return c.alpha() == 0 ? QStringLiteral("none") : c.name();
}

QString stroke(const ChartScene::Item& item)
{
    if (item.stroke.alpha() == 0 || item.strokeWidth <= 0)
        return QStringLiteral(" stroke=\"none\"");
    QString s = QStringLiteral(" stroke=\"%1\" stroke-width=\"%2\"").arg(item.stroke.name(), num(item.strokeWidth));
    if (!item.dashes.isEmpty()) {
        QStringList parts;
        for (double d : item.dashes)
            parts << num(d * item.strokeWidth);
        s += QStringLiteral(" stroke-dasharray=\"%1\"").arg(parts.join(QLatin1Char(' ')));
    }
    return s;
}

QString points(const QPolygonF& polygon)
{
    QStringList list;
    for (const QPointF& p : polygon)
        list << num(p.x()) + QLatin1Char(',') + num(p.y());
    return list.join(QLatin1Char(' '));
}

} // namespace

QString write(const ChartScene& scene, const QString& id, const QString& title, const QString& description,
              const QString& variant)
{
    QString svg;
    svg +=
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart%4\" role=\"img\" viewBox=\"0 0 %1 %2\" "
                       "aria-labelledby=\"%3-title %3-desc\" focusable=\"false\">\n")
            .arg(num(scene.size.width()), num(scene.size.height()), id,
                 variant.isEmpty() ? QString() : QLatin1Char(' ') + variant);
    svg += QStringLiteral("<title id=\"%1-title\">%2</title>\n").arg(id, title.toHtmlEscaped());
    svg += QStringLiteral("<desc id=\"%1-desc\">%2</desc>\n").arg(id, description.toHtmlEscaped());
    svg += QStringLiteral("<g font-family=\"'DejaVu Sans', Verdana, Arial, sans-serif\" aria-hidden=\"true\">\n");
    const double pxPerPoint = scene.unitsPerPoint;
    for (const ChartScene::Item& item : scene.items) {
        switch (item.kind) {
        case ChartScene::Item::Kind::Rect:
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"%6/>\n")
                       .arg(num(item.rect.x()), num(item.rect.y()), num(item.rect.width()), num(item.rect.height()),
                            colour(item.fill), stroke(item));
            break;
        case ChartScene::Item::Kind::Path:
            svg += QStringLiteral("<polyline points=\"%1\" fill=\"none\"%2/>\n").arg(points(item.points), stroke(item));
            break;
        case ChartScene::Item::Kind::Marker:
            if (item.shape == ChartScene::Shape::Circle)
                svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\"%5/>\n")
                           .arg(num(item.rect.center().x()), num(item.rect.center().y()), num(item.rect.width() / 2),
                                colour(item.fill), stroke(item));
            else
                svg += QStringLiteral("<polygon points=\"%1\" fill=\"%2\"%3/>\n")
                           .arg(points(ChartScene::outline(item.shape, item.rect)), colour(item.fill), stroke(item));
            break;
        case ChartScene::Item::Kind::Text: {
            const QString anchor = item.anchor == ChartScene::Anchor::End      ? QStringLiteral("end")
                                   : item.anchor == ChartScene::Anchor::Middle ? QStringLiteral("middle")
                                                                               : QStringLiteral("start");
            svg +=
                QStringLiteral(
                    "<text x=\"%1\" y=\"%2\" font-size=\"%3\"%4 text-anchor=\"%5\" fill=\"%6\"%7>%8</text>\n")
                    .arg(
                        num(item.at.x()), num(item.at.y()), num(std::ceil(item.size * pxPerPoint - 1e-6)),
                        item.bold ? QStringLiteral(" font-weight=\"bold\"") : QString(), anchor,
                        item.fill.alpha() == 0 ? QStringLiteral("#000000") : item.fill.name(),
                        item.vertical
                            ? QStringLiteral(" transform=\"rotate(-90 %1 %2)\"").arg(num(item.at.x()), num(item.at.y()))
                            : QString(),
                        item.text.toHtmlEscaped());
            break;
        }
        }
    }
    svg += QStringLiteral("</g>\n</svg>\n");
    return svg;
}

} // namespace wres::ui::report::ChartSvg
