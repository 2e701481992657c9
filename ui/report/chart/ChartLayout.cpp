#include "ChartLayout.h"

#include "ChartCanvas.h"
#include "ChartStyle.h"

#include <algorithm>
#include <cmath>

namespace wres::ui::report::ChartLayout {
namespace {

using Anchor = ChartScene::Anchor;
using Legend = ChartCanvas::LegendEntry;

constexpr double kLabel = ChartStyle::kLabelPoints;

// Periods along the bottom, values up the side: series as lines with markers (a gap where a
// figure is hidden or missing), the shaded band, reference and target lines.
ChartScene lines(const ChartSpec& spec, ChartCanvas& c)
{
    ChartScene& scene = c.scene();
    const double w = c.width();
    double top = c.title(spec.title);

    double low = spec.axisMin;
    double high = spec.axisMax;
    for (const ChartSpec::Series& s : spec.series)
        for (const auto& v : s.values)
            if (v) {
                low = std::min(low, *v);
                high = std::max(high, *v);
            }
    for (const ChartSpec::Line& l : spec.lines) {
        low = std::min(low, l.value);
        high = std::max(high, l.value);
    }
    const AxisTicks ticks = AxisTicks::nice(low, high, 6);
    double labelWidth = 0;
    for (double v : ticks.values())
        labelWidth = std::max(labelWidth, c.textWidth(ticks.label(v), kLabel));
    const double h = c.lineHeight(kLabel);
    const double axisTitleRoom = spec.axisTitle.isEmpty() ? 0 : h + c.pt(3);
    const double left = axisTitleRoom + labelWidth + c.pt(5);
    const double right = w - c.pt(6);
    const double plotTop = top + h / 2;
    const double plotHeight = std::max(c.pt(130), w * 0.42);
    const double bottom = plotTop + plotHeight;
    const auto yOf = [&](double v) { return bottom - (v - ticks.low) / (ticks.high - ticks.low) * plotHeight; };
    const int n = std::max<int>(1, int(spec.categories.size()));
    const double slot = (right - left) / n;
    const auto xOf = [&](int i) { return left + slot * (i + 0.5); };

    // Grid and value labels.
    for (double v : ticks.values()) {
        const double y = yOf(v);
        scene.line(QPolygonF({QPointF(left, y), QPointF(right, y)}), ChartStyle::gridColour(), c.pt(0.5));
        scene.text(ticks.label(v), QPointF(left - c.pt(4), y + c.ascent(kLabel) / 2 - c.pt(1.5)), kLabel, false,
                   Anchor::End);
    }
    if (!spec.axisTitle.isEmpty())
        scene.text(spec.axisTitle, QPointF(c.ascent(kLabel), (plotTop + bottom) / 2), kLabel, false, Anchor::Middle,
                   Qt::black, true);

    QList<Legend> legend;
    if (spec.shaded) {
        const double y1 = yOf(std::max(spec.shaded->first, ticks.low));
        const double y2 = yOf(std::min(spec.shaded->second, ticks.high));
        scene.rect(QRectF(QPointF(left, y2), QPointF(right, y1)), ChartStyle::bandFill(), ChartStyle::bandStroke(),
                   c.pt(0.5));
        Legend e;
        e.kind = Legend::Kind::Band;
        e.label = spec.shadedName;
        e.fill = ChartStyle::bandFill();
        e.colour = ChartStyle::bandStroke();
        legend << e;
    }
    for (const ChartSpec::Line& l : spec.lines) {
        const bool target = l.kind == ChartSpec::Line::Kind::Target;
        const QColor colour = target ? ChartStyle::targetColour() : ChartStyle::referenceColour();
        const QList<double> dashes = target ? ChartStyle::targetDashes() : ChartStyle::referenceDashes();
        const double y = yOf(l.value);
        scene.line(QPolygonF({QPointF(left, y), QPointF(right, y)}), colour, c.pt(1.2), dashes);
        Legend e;
        e.label = l.name;
        e.colour = colour;
        e.dashes = dashes;
        e.lineWidth = 1.2;
        legend << e;
    }
    for (int s = 0; s < spec.series.size(); ++s) {
        const ChartStyle::Series style = ChartStyle::series(s);
        const ChartSpec::Series& series = spec.series[s];
        QPolygonF segment;
        const auto flush = [&] {
            if (segment.size() > 1)
                scene.line(segment, style.colour, c.pt(1.6), style.dashes);
            segment.clear();
        };
        for (int i = 0; i < series.values.size(); ++i) {
            if (!series.values[i]) {
                flush();
                continue;
            }
            segment << QPointF(xOf(i), yOf(*series.values[i]));
        }
        flush();
        for (int i = 0; i < series.values.size(); ++i)
            if (series.values[i])
                scene.marker(QPointF(xOf(i), yOf(*series.values[i])), c.pt(7.5), style.marker, style.colour, Qt::white,
                             c.pt(0.6));
        Legend e;
        e.label = series.name;
        e.colour = style.colour;
        e.dashes = style.dashes;
        e.marker = true;
        e.shape = style.marker;
        legend << e;
    }
    // Axes over the grid.
    scene.line(QPolygonF({QPointF(left, plotTop), QPointF(left, bottom), QPointF(right, bottom)}),
               ChartStyle::axisColour(), c.pt(0.8));
    double labelsBottom = bottom;
    for (int i = 0; i < spec.categories.size(); ++i) {
        const QStringList label = c.wrap(spec.categories[i], kLabel, slot - c.pt(2));
        labelsBottom = std::max(
            labelsBottom, bottom + c.pt(3) + c.lines(label, xOf(i), bottom + c.pt(3), kLabel, false, Anchor::Middle));
    }
    const double end = c.legend(legend, labelsBottom + c.pt(8));
    return c.take(end + c.pt(2));
}

} // namespace

ChartScene lay(const ChartSpec& spec, FontBook& fonts, double width)
{
    ChartCanvas canvas(fonts, width);
    switch (spec.kind) {
    case ChartSpec::Kind::Lines:
        return lines(spec, canvas);
    case ChartSpec::Kind::BandBars:
        return ChartBars::bands(spec, canvas);
    case ChartSpec::Kind::StackedBars:
        return ChartBars::stacked(spec, canvas);
    }
    return canvas.take(0);
}

} // namespace wres::ui::report::ChartLayout
