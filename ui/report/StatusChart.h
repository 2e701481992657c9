#pragma once

#include "report/BoardPack.h"

class QChart;

namespace wres::ui::StatusChart {

// Actions by status per theme as a horizontal stacked bar, first theme at the top. Each status
// has its colour, its symbol in the legend and its own fill pattern, so it reads in greyscale.
// A new chart; the caller owns it.
QChart* build(const QList<core::BoardPack::StatusCount>& counts);

} // namespace wres::ui::StatusChart
