#pragma once

#include "ChartSpec.h"

#include <QString>

namespace wres::ui::report::ChartWords {

// The words that state what a chart shows, every figure in it: the alternative text of a PDF
// Figure and the <desc> of an SVG chart. "Not published" where a figure is hidden.
QString describe(const ChartSpec& spec);

} // namespace wres::ui::report::ChartWords
