#pragma once

#include "MetricFigure.h"

#include <QByteArray>

namespace wres::core::MetricsOutput {

// `metrics --format csv`: indicator,period,category,measure,value, one row per figure, periods in
// order; values rounded for display (1 dp, 2 dp for ratios, signed for differences), "R" when
// redacted, "-" when a figure cannot be computed.
QByteArray toCsv(const MetricFigures& figures);
// The same rows with the full-precision value, the counts, the change and the reason for a dash;
// redacted rows carry "R" and no counts or previous value.
QByteArray toJson(const MetricFigures& figures);

} // namespace wres::core::MetricsOutput
