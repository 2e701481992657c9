#pragma once

#include "Command.h"

namespace wres::app::ActionCommands {

// actions (list with filters) and update (record a status update).
Command actions();
Command update();

} // namespace wres::app::ActionCommands
