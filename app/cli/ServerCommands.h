#pragma once

#include "Command.h"

namespace wres::app::ServerCommands {

// Team mode: migrate (a plan between a file and a server, either way), server-init (schema and
// roles) and grant (a login with a role).
Command migrate();
Command serverInit();
Command grant();

} // namespace wres::app::ServerCommands
