#pragma once

#include "Command.h"

namespace wres::app::PlanCommands {

// demo, import, export and check: whole plans in and out of a file, and the file's health.
Command demo();
Command import();
Command exportPlan();
Command check();

} // namespace wres::app::PlanCommands
