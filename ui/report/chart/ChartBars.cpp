#include "ChartCanvas.h"
#include "ChartStyle.h"
#include "metrics/MetricFormat.h"
#include "report/model/ReportPalette.h"

#include <algorithm>

namespace wres::ui::report::ChartBars {
namespace {

using Anchor = ChartScene::Anchor;
using Legend = ChartCanvas::LegendEntry;

constexpr double kLabel = ChartStyle::kLabelPoints;

// The rows of a bar chart: each category's label wrapped in the label column, a row as tall as
// its label or its bar, whichever is taller.
struct Rows
{
    QList<QStringList> labels;
    QList<double> tops;
    QList<double> heights;
    double labelWidth = 0;
    double end = 0;
};

Rows rows(const QStringList& categories, ChartCanvas& c, double top, double bar)
{
    Rows r;
    double widest = 0;
    for (const QString& category : categories)
        widest = std::max(widest, c.textWidth(category, kLabel));
    r.labelWidth = std::min(widest, c.width() * 0.36);
    const double h = c.lineHeight(kLabel);
    double y = top;
    for (const QString& category : categories) {
        const QStringList label = c.wrap(category, kLabel, r.labelWidth);
        const double height = std::max(bar + c.pt(5), label.size() * h + c.pt(3));
        r.labels << label;
        r.tops << y;
        r.heights << height;
        y += height;
    }
    r.end = y;
    return r;
}

// The value axis under the bars: ticks, labels and its title; returns the y below it.
double valueAxis(ChartCanvas& c, const AxisTicks& ticks, double left, double right, double top, double bottom,
                 const QString& title, const std::function<double(double)>& xOf)
{
    ChartScene& scene = c.scene();
    for (double v : ticks.values()) {
        const double x = xOf(v);
        scene.line(QPolygonF({QPointF(x, top), QPointF(x, bottom)}), ChartStyle::gridColour(), c.pt(0.5));
        scene.text(ticks.label(v), QPointF(x, bottom + c.pt(3) + c.ascent(kLabel)), kLabel, false, Anchor::Middle);
    }
    scene.line(QPolygonF({QPointF(left, top), QPointF(left, bottom), QPointF(right, bottom)}), ChartStyle::axisColour(),
               c.pt(0.8));
    double y = bottom + c.pt(3) + c.lineHeight(kLabel);
    if (!title.isEmpty()) {
        scene.text(title, QPointF((left + right) / 2, y + c.ascent(kLabel)), kLabel, false, Anchor::Middle);
        y += c.lineHeight(kLabel);
    }
    return y;
}

QString valueText(const ChartSpec& spec, double v)
{
    return core::MetricFormat::number(v, spec.axisDecimals) + spec.unit;
}

} // namespace

// Categories down the side, one bar each with its value written at its end; a hidden figure has
// no bar and says so.
ChartScene bands(const ChartSpec& spec, ChartCanvas& c)
{
    ChartScene& scene = c.scene();
    const double top = c.title(spec.title);
    const double bar = c.pt(10);
    const Rows r = rows(spec.categories, c, top, bar);
    double high = spec.axisMax;
    double widestValue = c.textWidth(spec.hiddenLabel, kLabel);
    const ChartSpec::Series* series = spec.series.isEmpty() ? nullptr : &spec.series.front();
    if (series)
        for (const auto& v : series->values)
            if (v) {
                high = std::max(high, *v);
                widestValue = std::max(widestValue, c.textWidth(valueText(spec, *v), kLabel));
            }
    for (const ChartSpec::Line& l : spec.lines)
        high = std::max(high, l.value);
    const AxisTicks ticks = AxisTicks::nice(std::min(0.0, spec.axisMin), high, 6);
    const double left = r.labelWidth + c.pt(6);
    const double right = c.width() - widestValue - c.pt(6);
    const auto xOf = [&](double v) { return left + (v - ticks.low) / (ticks.high - ticks.low) * (right - left); };
    const double below = valueAxis(c, ticks, left, right, top, r.end, spec.axisTitle, xOf);
    QList<Legend> legend;
    if (series) {
        Legend e;
        e.kind = Legend::Kind::Swatch;
        e.label = series->name;
        e.fill = ChartStyle::series(0).colour;
        e.colour = ChartStyle::series(0).colour;
        legend << e;
    }
    for (const ChartSpec::Line& l : spec.lines) {
        const bool target = l.kind == ChartSpec::Line::Kind::Target;
        const QColor colour = target ? ChartStyle::targetColour() : ChartStyle::series(1).colour;
        const QList<double> dashes = target ? ChartStyle::targetDashes() : ChartStyle::referenceDashes();
        scene.line(QPolygonF({QPointF(xOf(l.value), top), QPointF(xOf(l.value), r.end)}), colour, c.pt(1.4), dashes);
        Legend e;
        e.label = l.name;
        e.colour = colour;
        e.dashes = dashes;
        e.lineWidth = 1.4;
        legend << e;
    }
    const QColor fill = ChartStyle::series(0).colour;
    for (int i = 0; i < spec.categories.size(); ++i) {
        const double rowTop = r.tops[i];
        const double mid = rowTop + r.heights[i] / 2;
        c.lines(r.labels[i], r.labelWidth, mid - r.labels[i].size() * c.lineHeight(kLabel) / 2, kLabel, false,
                Anchor::End);
        const bool shown = series && i < series->values.size() && series->values[i].has_value();
        const double v = shown ? series->values[i].value() : 0.0;
        const double baseline = mid + c.ascent(kLabel) / 2 - c.pt(1.5);
        if (shown) {
            const QRectF box(QPointF(xOf(0), mid - bar / 2), QPointF(xOf(v), mid + bar / 2));
            scene.rect(box.normalized(), fill, Qt::transparent);
            // The value on a white plate, so a reference line behind it never runs through it.
            const QString text = valueText(spec, v);
            const double x = std::max(xOf(v), xOf(0)) + c.pt(2);
            scene.rect(
                QRectF(x, mid - c.lineHeight(kLabel) / 2, c.textWidth(text, kLabel) + c.pt(2), c.lineHeight(kLabel)),
                Qt::white);
            scene.text(text, QPointF(x + c.pt(1), baseline), kLabel);
        } else {
            scene.text(spec.hidden.value(i) ? spec.hiddenLabel : QStringLiteral("-"),
                       QPointF(xOf(0) + c.pt(3), baseline), kLabel, true);
        }
    }
    return c.take(c.legend(legend, below + c.pt(6)) + c.pt(2));
}

// Categories down the side, each bar the sum of its series (statuses) in order, each segment with
// its colour, symbol and count where there is room, the total at the end of the bar; the legend
// gives every series its swatch, symbol and total, so a segment too thin to label is still counted.
ChartScene stacked(const ChartSpec& spec, ChartCanvas& c)
{
    ChartScene& scene = c.scene();
    const double top = c.title(spec.title);
    const double bar = c.pt(12);
    const Rows r = rows(spec.categories, c, top, bar);
    double high = 1;
    double widestTotal = 0;
    QList<double> totals;
    for (int i = 0; i < spec.categories.size(); ++i) {
        double total = 0;
        for (const ChartSpec::Series& s : spec.series)
            total += s.values.value(i).value_or(0);
        totals << total;
        high = std::max(high, total);
        widestTotal = std::max(widestTotal, c.textWidth(core::MetricFormat::number(total, 0), kLabel, true));
    }
    const AxisTicks ticks = AxisTicks::nice(0, high, 6, true);
    const double left = r.labelWidth + c.pt(6);
    const double right = c.width() - widestTotal - c.pt(6);
    const auto xOf = [&](double v) { return left + (v - ticks.low) / (ticks.high - ticks.low) * (right - left); };
    const double below = valueAxis(c, ticks, left, right, top, r.end, spec.axisTitle, xOf);
    for (int i = 0; i < spec.categories.size(); ++i) {
        const double mid = r.tops[i] + r.heights[i] / 2;
        c.lines(r.labels[i], r.labelWidth, mid - r.labels[i].size() * c.lineHeight(kLabel) / 2, kLabel, false,
                Anchor::End);
        double at = 0;
        const double baseline = mid + c.ascent(kLabel, true) / 2 - c.pt(1.5);
        for (const ChartSpec::Series& s : spec.series) {
            const double v = s.values.value(i).value_or(0);
            if (v <= 0)
                continue;
            const QRectF box(QPointF(xOf(at), mid - bar / 2), QPointF(xOf(at + v), mid + bar / 2));
            scene.rect(box, ReportPalette::fill(s.tone), ReportPalette::rule(), c.pt(0.5), s.tone == Tone::Delayed);
            // The symbol and count where they fit, else the count; on a plate of the segment's own
            // colour, so hatching never runs through the figures.
            QString label = s.symbol + QLatin1Char(' ') + core::MetricFormat::number(v, 0);
            if (c.textWidth(label, kLabel, true) + c.pt(4) > box.width())
                label = core::MetricFormat::number(v, 0);
            const double labelWidth = c.textWidth(label, kLabel, true);
            if (labelWidth + c.pt(4) <= box.width()) {
                if (s.tone == Tone::Delayed)
                    scene.rect(QRectF(box.center().x() - labelWidth / 2 - c.pt(1), mid - c.lineHeight(kLabel) / 2,
                                      labelWidth + c.pt(2), c.lineHeight(kLabel)),
                               ReportPalette::fill(s.tone));
                scene.text(label, QPointF(box.center().x(), baseline), kLabel, true, Anchor::Middle,
                           ReportPalette::ink(s.tone));
            }
            at += v;
        }
        scene.text(core::MetricFormat::number(totals[i], 0), QPointF(xOf(totals[i]) + c.pt(3), baseline), kLabel, true);
    }
    QList<Legend> legend;
    for (const ChartSpec::Series& s : spec.series) {
        double total = 0;
        for (const auto& v : s.values)
            total += v.value_or(0);
        Legend e;
        e.kind = Legend::Kind::Swatch;
        e.label = QStringLiteral("%1: %2").arg(s.name, core::MetricFormat::number(total, 0));
        e.fill = ReportPalette::fill(s.tone);
        e.colour = ReportPalette::rule();
        e.hatch = s.tone == Tone::Delayed;
        e.symbol = s.symbol;
        e.symbolInk = ReportPalette::ink(s.tone);
        legend << e;
    }
    return c.take(c.legend(legend, below + c.pt(6)) + c.pt(2));
}

} // namespace wres::ui::report::ChartBars
