#pragma once

namespace wres::core {

class Database;

// The numbered schema migrations. The schema version lives in PRAGMA user_version; migration N
// turns a version N-1 file into version N. All pending migrations run in one write transaction.
namespace Migrations {

int currentVersion();
// PRAGMA application_id of every WRES Tracker file ("WRES" in ASCII).
int applicationId();
// Brings a file at fromVersion up to currentVersion(); throws StoreError and changes nothing on failure.
void apply(const Database& database, int fromVersion);

} // namespace Migrations
} // namespace wres::core
