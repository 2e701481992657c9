#pragma once

#include <QString>

namespace wres::core {

// The name of the person using the computer (USER, USERNAME or LOGNAME), "unknown" when none is
// set: the author of a change when no other name is given.
QString systemUserName();

} // namespace wres::core
