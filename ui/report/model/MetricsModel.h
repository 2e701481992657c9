#pragma once

#include "ReportDocument.h"
#include "report/BoardPack.h"

namespace wres::ui::report::MetricsModel {

// The metrics section of the board pack: what R and - mean, the summary of every indicator, then
// one page per indicator with data: its definition, its sentence, its chart (with the words that
// state the chart's figures) and every figure by period with the counts behind it.
void add(ReportDocument& doc, const core::BoardPack& pack);

// The charts of one indicator (indicator 1: by band, then over time), from the pack's figures as
// shown: a hidden figure is a gap, never a value.
QList<ChartSpec> charts(const core::BoardPack& pack, int indicator); // WRES
// Any framework's indicator (WDES 1 as WRES 1; a yes or no has none).
QList<ChartSpec> charts(const core::BoardPack& pack, const core::Indicator& indicator);

} // namespace wres::ui::report::MetricsModel
