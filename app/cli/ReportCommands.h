#pragma once

#include "Command.h"

namespace wres::app::ReportCommands {

// board-pack: the board pack, its public version, or a lead's brief, as a PDF without a window.
Command boardPack();

} // namespace wres::app::ReportCommands
