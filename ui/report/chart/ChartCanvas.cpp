#include "ChartCanvas.h"

#include "ChartStyle.h"
#include "report/text/TextFlow.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace wres::ui::report {
namespace {

quint8 styleOf(bool bold)
{
    return bold ? Span::Bold : Span::Plain;
}

} // namespace

ChartCanvas::ChartCanvas(FontBook& fonts, double width) : m_fonts(fonts), m_width(width), m_unit(fonts.unitsPerPoint())
{
    m_scene.unitsPerPoint = m_unit;
}

double ChartCanvas::textWidth(const QString& text, double points, bool bold)
{
    return m_fonts.width(m_fonts.font(points, styleOf(bold)), text);
}

double ChartCanvas::lineHeight(double points, bool bold)
{
    return m_fonts.lineHeight(m_fonts.font(points, styleOf(bold)));
}

double ChartCanvas::ascent(double points, bool bold)
{
    return m_fonts.ascent(m_fonts.font(points, styleOf(bold)));
}

QStringList ChartCanvas::wrap(const QString& text, double points, double width, bool bold)
{
    const LaidText laid = TextFlow::lay(m_fonts, {Span{text, styleOf(bold)}}, points, width);
    QStringList lines;
    for (const LaidText::Line& line : laid.lines) {
        QString s;
        for (int r = line.firstRun; r < line.firstRun + line.runCount; ++r)
            s += laid.text.mid(laid.runs[std::size_t(r)].from, laid.runs[std::size_t(r)].length);
        lines << s;
    }
    return lines;
}

double ChartCanvas::lines(const QStringList& lines, double x, double top, double points, bool bold,
                          ChartScene::Anchor anchor, const QColor& colour)
{
    const double h = lineHeight(points, bold);
    const double a = ascent(points, bold);
    double y = top;
    for (const QString& line : lines) {
        m_scene.text(line, QPointF(x, y + a), points, bold, anchor, colour);
        y += h;
    }
    return y - top;
}

double ChartCanvas::title(const QString& title)
{
    if (title.isEmpty())
        return 0;
    const QStringList titleLines = wrap(title, ChartStyle::kTitlePoints, m_width, true);
    return lines(titleLines, 0, 0, ChartStyle::kTitlePoints, true, ChartScene::Anchor::Start) + pt(6);
}

double ChartCanvas::legend(const QList<LegendEntry>& entries, double top)
{
    if (entries.isEmpty())
        return top;
    const double points = 8;
    const double sample = pt(26);
    const double gap = pt(5);
    const double spacing = pt(14);
    const double h = lineHeight(points);
    double x = 0;
    double y = top;
    for (const LegendEntry& e : entries) {
        const double labelRoom = m_width - sample - gap;
        QStringList label = wrap(e.label, points, labelRoom);
        double labelWidth = 0;
        for (const QString& l : label)
            labelWidth = std::max(labelWidth, textWidth(l, points));
        const double entryWidth = sample + gap + labelWidth;
        if (x > 0 && x + entryWidth > m_width) {
            x = 0;
            y += h * 1.25;
        }
        const double mid = y + h / 2;
        switch (e.kind) {
        case LegendEntry::Kind::Line: {
            m_scene.line(QPolygonF({QPointF(x, mid), QPointF(x + sample, mid)}), e.colour, pt(e.lineWidth), e.dashes);
            if (e.marker)
                m_scene.marker(QPointF(x + sample / 2, mid), pt(7.5), e.shape, e.colour, Qt::white, pt(0.6));
            break;
        }
        case LegendEntry::Kind::Swatch:
        case LegendEntry::Kind::Band: {
            const QRectF box(x + sample / 2 - h * 0.75, y + h * 0.05, h * 1.5, h * 0.9);
            m_scene.rect(box, e.fill, e.colour, pt(0.6), e.hatch);
            if (!e.symbol.isEmpty())
                m_scene.text(e.symbol, QPointF(box.center().x(), y + ascent(points, true)), points, true,
                             ChartScene::Anchor::Middle, e.symbolInk);
            break;
        }
        }
        const double used = lines(label, x + sample + gap, y, points, false, ChartScene::Anchor::Start);
        if (label.size() > 1) {
            x = 0;
            y += used + h * 0.25;
        } else {
            x += entryWidth + spacing;
        }
    }
    return x > 0 ? y + h * 1.25 : y;
}

ChartScene ChartCanvas::take(double height)
{
    m_scene.size = QSizeF(m_width, height);
    return std::move(m_scene);
}

QList<double> AxisTicks::values() const
{
    QList<double> list;
    const int count = int(std::lround((high - low) / step));
    for (int i = 0; i <= count; ++i)
        list << low + i * step;
    return list;
}

QString AxisTicks::label(double value) const
{
    if (std::abs(value) < step * 1e-6)
        value = 0;
    return QLocale::c().toString(value, 'f', decimals);
}

AxisTicks AxisTicks::nice(double low, double high, int most, bool integers)
{
    if (!(high > low)) {
        high = low + 1;
    }
    const double raw = (high - low) / std::max(1, most);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw - 1e-12) {
            step = m * magnitude;
            break;
        }
    if (integers)
        step = std::max(1.0, std::ceil(step));
    AxisTicks ticks;
    ticks.step = step;
    ticks.low = std::floor(low / step + 1e-9) * step;
    ticks.high = std::ceil(high / step - 1e-9) * step;
    if (ticks.high <= ticks.low)
        ticks.high = ticks.low + step;
    for (int d = 0; d <= 4; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6) {
            ticks.decimals = d;
            break;
        }
    }
    return ticks;
}

} // namespace wres::ui::report
