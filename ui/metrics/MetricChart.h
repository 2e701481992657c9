#pragma once

#include "metrics/MetricCount.h"
#include "metrics/MetricFigure.h"
#include "metrics/MetricTarget.h"

#include <QString>

#include <optional>

class QChart;

namespace wres::ui::MetricChart {

// The chart of one indicator, built from figures that are already redacted when publication is on:
//   1   % BME by band for one period, with the overall share as a line   (kind ByBand)
//   1   the overall share and band 8a and above by period, with targets (kind Trend)
//   2-4 the relative likelihood by period, a line at 1.00 and the 0.80-1.25 band shaded
//   5-8 White, BME (and subgroups when recorded) by period
//   9   the three board differences by period, with a zero line
// A redacted or unavailable figure has no bar or point. Every series differs in dash pattern and
// marker shape as well as colour, so the chart reads when printed in greyscale.
enum class Kind
{
    Main,
    ByBand,
    Trend,
};

struct Input
{
    int indicator = 0;
    core::MetricFigures figures; // all indicators, redaction applied when asked
    core::MetricCounts counts;   // for indicator 1's band 8a-and-above trend
    core::MetricTargets targets;
    QString period;                    // for ByBand; the latest when empty
    std::optional<qint64> redactBelow; // the threshold in force, for figures built from summed counts
};

// A new chart; the caller (usually a QChartView) owns it.
QChart* build(const Input& input, Kind kind);
// The bands counted as "8a and above" (8a-8d, 9, VSM, and consultants are not included).
bool isSeniorBand(const QString& category);

} // namespace wres::ui::MetricChart
