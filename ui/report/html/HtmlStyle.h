#pragma once

#include <QString>

namespace wres::ui::report::HtmlStyle {

// The report's style sheet: the palette of ReportPalette (AA contrast), print-friendly, and the
// narrow-screen rules that keep text from scrolling sideways.
QString sheet();
// The class of a tone ("tone-complete"), "" for none.
QString toneClass(int tone);

} // namespace wres::ui::report::HtmlStyle
