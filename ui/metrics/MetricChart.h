#pragma once

#include "metrics/ChartData.h"
#include "metrics/MetricCharts.h"
#include "metrics/MetricReport.h"

#include <QString>

class QChart;

namespace wres::ui::MetricChart {

// Draws an indicator's chart (core::MetricCharts says what, from a core::MetricReport; in the
// public version from shown figures only). Every series differs in dash pattern and marker shape as
// well as colour, so the chart reads when printed in greyscale. A gap in a series (a hidden or
// unavailable figure) has no bar or point.
using View = core::MetricCharts::View;

// A new chart; the caller (usually a QChartView) owns it.
QChart* build(const core::MetricReport& report, int indicator, View view, const QString& period = {}); // WRES
QChart* build(const core::MetricReport& report, const core::Indicator& indicator, View view,
              const QString& period = {});
QChart* draw(const core::ChartData& data);

} // namespace wres::ui::MetricChart
