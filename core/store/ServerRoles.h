#pragma once

#include <QString>

namespace wres::core {

class Database;

// Team mode: who may do what on a PostgreSQL server, enforced by the server itself (roles,
// column privileges and row-level security), not by the program's good manners.
namespace ServerRoles {

enum class Role
{
    None,   // a login that is none of the three: it can read nothing
    Viewer, // wres_viewer: reads everything
    Lead,   // wres_lead: reads everything; records status updates (status, RAG, progress) on the
            // actions they lead, through the server's function only, and nothing else
    Admin,  // wres_admin (or a superuser): everything
};

QString roleName(Role role); // "admin", "lead", "viewer", "" for None
// From "admin", "lead" or "viewer" (any case); None for anything else.
Role roleFromName(const QString& name);

// Makes the schema (if missing) and the three roles with their privileges, row-level security
// policies and the server's own write path for leads (ServerRules); takes from leads and viewers
// the right to create anything in the database (temporary tables included). Run again after an
// upgrade, it brings them up to date. Needs a superuser (or the database's owner, allowed to
// create roles). Throws StoreError (NotPermitted when the login may not).
void initialise(const Database& database);

// Creates or updates a login with one of the three roles (and, for a lead, ties it to that lead
// of the plan: the actions that lead leads are the ones the login may update). A password, when
// given, is set: sent as the SCRAM-SHA-256 secret made here (ScramSecret), never as itself, so it
// cannot land in a server log; never stored by WRES Tracker.
// Throws InvalidRequest for a login name that is not a plain lower-case identifier, a lead role
// without a lead, or a lead the plans do not have; StoreError NotPermitted when the caller may not.
void grant(const Database& database, const QString& login, Role role, const QString& lead, const QString& password);

// The role of the connected login (a superuser is an admin). On an SQLite file: Admin.
Role currentRole(const Database& database);
// For a lead login, the lead it is tied to ("" otherwise).
QString currentLead(const Database& database);

} // namespace ServerRoles
} // namespace wres::core
