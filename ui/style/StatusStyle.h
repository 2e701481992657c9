#pragma once

#include "domain/Rag.h"
#include "domain/Status.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace wres::ui::StatusStyle {

// Status and RAG are never shown by colour alone: each colour comes with a word and a symbol,
// and the symbols differ in shape so they read in greyscale.
QColor statusColour(core::Status status);
QString statusSymbol(core::Status status); // ○ not started, ◐ in progress, ▲ delayed, ● complete
QString statusText(core::Status status);   // symbol and word, "—" when none
QColor ragColour(core::Rag rag);
QString ragText(core::Rag rag); // "A Amber", "" when none
// A small swatch with the symbol drawn on it, for item decorations and the colour key.
QIcon statusIcon(core::Status status);
QIcon ragIcon(core::Rag rag);

} // namespace wres::ui::StatusStyle
