#pragma once

#include "report/model/Tone.h"

#include <QColor>
#include <QString>

namespace wres::ui::report::ReportPalette {

// The report's colours, shared by the page painter, the charts and the HTML's style sheet, so
// print and web agree. Every text colour on its background reaches WCAG 2.1 AA (4.5:1).

QColor fill(Tone tone);    // background of a cell or swatch; transparent for None
QColor ink(Tone tone);     // the text colour on that background: black or white, whichever contrasts more
QString symbol(Tone tone); // ○ ◐ ▲ ● for statuses, the RAG letter for RAG tones, "" otherwise
QString word(Tone tone);   // "Not started", "Red", ...
QColor heading();          // NHS blue, 6.7:1 on white
QColor headerFill();       // the table header row (white text on it)
QColor secondaryText();    // running headers, footers, captions: 7.6:1 on white
QColor rule();             // table rules: 3:1 against white, as non-text contrast asks
QColor noteFill();         // the background of a note box

// WCAG 2.1 relative luminance and contrast ratio (1-21).
double luminance(const QColor& colour);
double contrast(const QColor& a, const QColor& b);

} // namespace wres::ui::report::ReportPalette
