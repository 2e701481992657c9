#pragma once

#include "ChartData.h"
#include "MetricReport.h"

namespace wres::core {

// The charts of an indicator as data, from a MetricReport (so, in the public version, from shown
// figures only; a hidden or unavailable figure is a gap, and the axis spans shown values, targets
// and reference lines only):
//   1   % BME by band for one period, with the overall share as a line      (View ByBand)
//   1   the overall share and band 8a and above by period, with targets     (View Trend)
//   2-4 the relative likelihood by period, a line at 1.00, 0.80-1.25 shaded
//   5-8 White, BME (and subgroups when recorded) by period
//   9   the three board differences by period, with a zero line
namespace MetricCharts {

enum class View
{
    Main, // indicator 1: ByBand
    ByBand,
    Trend,
};

// period: for ByBand, the period shown (the latest when empty or unknown).
ChartData build(const MetricReport& report, int indicator, View view, const QString& period = {});
// The charts a report shows for an indicator: Main, and for indicator 1 the Trend as well.
QList<View> viewsOf(int indicator);

} // namespace MetricCharts
} // namespace wres::core
