#pragma once

#include "Command.h"

namespace wres::app::MetricCommands {

// import-metrics (counts in) and metrics (figures out).
Command importMetrics();
Command metrics();

} // namespace wres::app::MetricCommands
