#pragma once

#include "ReportDocument.h"
#include "report/BoardPack.h"

namespace wres::ui::report::BoardPackModel {

// The board pack as a report, in the order of a board paper: cover with the contents, executive
// summary (status by theme as a chart and its table; delayed and overdue actions), WRES metrics
// (summary, then per indicator its definition, sentence, chart and figures), the action plan per
// theme with the status key, what has changed, and the indicators' definitions.
ReportDocument build(const core::BoardPack& pack);

// A lead's brief: their actions, overdue first, with due dates and progress, on as few pages as
// will hold them.
ReportDocument build(const core::LeadBrief& brief);

} // namespace wres::ui::report::BoardPackModel
