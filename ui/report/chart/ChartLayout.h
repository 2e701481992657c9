#pragma once

#include "ChartScene.h"
#include "ChartSpec.h"

namespace wres::ui::report {

class FontBook;

namespace ChartLayout {

// Lays a chart out `width` wide, in the units of the fonts' device: the title, the plot with its
// axes, value labels on bars, and a legend in which every series shows its marker and dash (or
// its swatch, symbol and count). Text is never smaller than 8 pt. The height follows from the
// content: a plot about a third as tall as it is wide, bars of a readable thickness.
ChartScene lay(const ChartSpec& spec, FontBook& fonts, double width);

} // namespace ChartLayout
} // namespace wres::ui::report
