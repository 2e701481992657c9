#pragma once

#include "ActionStore.h"

#include <QStringList>

namespace wres::core {

class Database;

// Team mode: the one way a login that is not an admin changes an action. The server holds a
// function, wres_record_update, that does what ActionStore::recordUpdate and edit do for status,
// RAG and progress: it checks that the login leads the action and the revision the client saw,
// raises the revision by one, and writes the history row and audit lines itself, with the
// server's time and session_user as author. Such a login has no write privilege on any table, so
// whatever it sends by SQL, this is the only change it can make.
namespace ServerRules {

// The statements that install the function (and wres_leads_action, which it asks); every one is
// SECURITY DEFINER with search_path pinned to pg_catalog, public, pg_temp and names every table
// by its schema, so no object a session makes can stand in for one of ours.
QStringList functionStatements();
// The search_path every SECURITY DEFINER function of ours carries (tests check the server's).
QString pinnedSearchPath();

// Whether this connection writes to actions itself: always on a file; on a server only a login
// with UPDATE on actions (an admin or superuser). Everyone else goes through the function (and a
// viewer is refused there).
bool writesDirectly(const Database& database);

// ActionStore::recordUpdate through the server; the update returned is the row the server wrote.
// Throws StoreError NotPermitted (not the login's action), Conflict (revision moved on).
StatusUpdate recordUpdate(const Database& database, qint64 actionId, const UpdateRequest& request);
// ActionStore::edit of status, RAG and progress through the server (any other change is refused
// with NotPermitted before anything is sent). Returns the action's revision afterwards: unchanged
// when nothing changed, as nothing is written then.
// On a server, row-level security hides from an UPDATE the actions a lead does not lead: no row
// changes and no error. Told apart from a real conflict by the revision still being the one seen:
// throws StoreError NotPermitted then; does nothing for a file.
void refuseIfNotPermitted(const Database& database, qint64 actionId, int seenRevision);
int edit(const Database& database, const ActionData& before, const ActionData& after, int expectedRevision,
         const QString& source);

} // namespace ServerRules
} // namespace wres::core
