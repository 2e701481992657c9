#pragma once

#include <QString>

namespace wres::core::TerminalText {

// Text made safe to print on a terminal: a control character in a plan (an escape sequence pasted
// into a note, a lead or a title) is shown, never obeyed. C0 controls and DEL become their Unicode
// control pictures (ESC as ␛, CR as ␍, TAB as ␉), C1 controls (U+0080-U+009F) "\x9b", and the
// characters that reorder text on screen (bidirectional embeddings, overrides and isolates)
// "\u202e". A newline stays a newline when keepNewlines is set (formats that keep line breaks),
// else it shows as ␊. Applying it twice changes nothing more. CSV and JSON outputs are data and
// never pass through it.
QString visible(const QString& text, bool keepNewlines = true);

} // namespace wres::core::TerminalText
