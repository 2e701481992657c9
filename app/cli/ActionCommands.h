#pragma once

#include "Command.h"

namespace wres::app::ActionCommands {

// actions (list with filters), update (record a status update) and audit (the audit trail).
Command actions();
Command update();
Command audit();
Command calendar(); // the due dates as .ics

} // namespace wres::app::ActionCommands
