#pragma once

#include "report/BoardPack.h"

#include <QList>
#include <QString>

class QChart;

namespace wres::ui::StatusByThemeChart {

// The dashboard's chart: each theme's actions as a bar split by status, with "No status" as a part
// of its own (colour, pattern and legend swatch), the count written on every part, and a count axis
// in whole numbers.
QChart* build(const QList<core::BoardPack::StatusCount>& counts);
// The same figures in words, for screen readers (the chart view's accessible description).
QString describe(const QList<core::BoardPack::StatusCount>& counts);

} // namespace wres::ui::StatusByThemeChart
