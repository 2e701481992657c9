#pragma once

#include "Command.h"

namespace wres::app::UpdateCommands {

// update-requests (a workbook per lead asking for progress) and import-updates (their answers).
Command updateRequests();
Command importUpdates();

} // namespace wres::app::UpdateCommands
