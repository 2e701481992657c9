#pragma once

#include <QStringList>

namespace wres::core {

class Database;

// What `check` verifies beyond SQLite's own integrity check: that the file's schema objects are
// exactly the ones WRES Tracker's migrations make (every table, index, trigger and view, with the
// same definition, and nothing else), and that the audit trail is whole (every status update has its
// "status_update" audit line; no audit line was deleted from the middle of the trail).
namespace SchemaCheck {

// One sentence per problem, empty for a sound file. A plan on a server: the audit trail only (the
// server's schema is checked by the server's own tools).
QStringList problems(const Database& database);

} // namespace SchemaCheck
} // namespace wres::core
