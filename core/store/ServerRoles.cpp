#include "ServerRoles.h"

#include "Database.h"
#include "ScramSecret.h"
#include "ServerRules.h"
#include "SqlQuery.h"
#include "StoreError.h"
#include "StoredValues.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace wres::core::ServerRoles {
namespace {

void requireServer(const Database& database)
{
    if (!database.isServer())
        throw InvalidRequest(QCoreApplication::translate(
            "wres", "Roles belong to team mode: give a server address (postgresql://…), not a plan file."));
}

// The tables with row-level security (everyone reads them; an admin writes them; a lead changes
// them only through ServerRules' function, which runs as its owner).
const QStringList kPolicyTables = {QStringLiteral("actions"), QStringLiteral("status_updates"),
                                   QStringLiteral("audit_entries")};

// A login (m in pg_roles) that leads or views and is not an admin or superuser.
const QString kLeadOrViewerLogin =
    QStringLiteral("m.rolcanlogin AND NOT m.rolsuper AND (pg_has_role(m.oid, 'wres_lead', 'MEMBER') OR "
                   "pg_has_role(m.oid, 'wres_viewer', 'MEMBER')) AND NOT pg_has_role(m.oid, 'wres_admin', 'MEMBER')");

QStringList setUpStatements()
{
    QStringList s;
    // Group roles (no login of their own); roles belong to the whole server.
    for (const char* role : {"wres_admin", "wres_lead", "wres_viewer"})
        s << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                            "CREATE ROLE %1 NOLOGIN; END IF; "
                            // Roles belong to the whole server: two databases set up at once may both
                            // find it missing; the second to create it keeps the first's.
                            "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
                 .arg(QLatin1String(role));
    // Nobody but an admin makes objects here: no temporary table, function or type of a lead's or
    // a viewer's can stand in for one of ours (TEMP is PUBLIC's by default; CREATE on the schema
    // was before PostgreSQL 15). Taken from their logins too, had anyone given it to one.
    s << QStringLiteral(
             "DO $$ DECLARE r RECORD; BEGIN EXECUTE format('REVOKE CREATE, TEMPORARY ON DATABASE %I FROM PUBLIC, "
             "wres_lead, wres_viewer', current_database()); FOR r IN SELECT m.rolname FROM pg_roles m WHERE %1 LOOP "
             "EXECUTE format('REVOKE CREATE, TEMPORARY ON DATABASE %I FROM %I', current_database(), r.rolname); "
             "END LOOP; EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO wres_admin', current_database()); END $$")
             .arg(kLeadOrViewerLogin);
    s << QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC, wres_lead, wres_viewer");
    // Which login is which lead, per database.
    s << QStringLiteral("CREATE TABLE IF NOT EXISTS lead_logins (login VARCHAR(63) PRIMARY KEY, "
                        "lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE)");
    s << ServerRules::functionStatements();
    s << QStringLiteral("GRANT USAGE ON SCHEMA public TO wres_admin, wres_lead, wres_viewer");
    // Leads and viewers read; only admins write any table (run after an upgrade, this also takes
    // back the column updates on actions and the inserts that earlier rules gave a lead).
    s << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM wres_lead, wres_viewer");
    s << QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM wres_lead, wres_viewer");
    s << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO wres_admin, wres_lead, wres_viewer");
    // The key that signs update requests is the EDI team's: with it, anyone could forge one.
    s << QStringLiteral("REVOKE ALL ON request_keys FROM wres_lead, wres_viewer");
    s << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO wres_admin");
    s << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO wres_admin");
    for (const QString& table : kPolicyTables) {
        s << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table);
        for (const char* policy : {"wres_read", "wres_admin_all", "wres_lead_update", "wres_lead_insert"})
            s << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(QLatin1String(policy), table);
        s << QStringLiteral("CREATE POLICY wres_read ON %1 FOR SELECT USING (true)").arg(table);
        s << QStringLiteral("CREATE POLICY wres_admin_all ON %1 TO wres_admin USING (true) WITH CHECK (true)")
                 .arg(table);
    }
    return s;
}

// What initialise must leave true; a REVOKE by a login that may not only warns, so it is checked.
void requireClosed(const Database& database)
{
    SqlQuery q(database.connection(),
               QStringLiteral("SELECT COUNT(*) FROM pg_roles m WHERE (m.rolname IN ('wres_lead', 'wres_viewer') "
                              "OR (%1)) AND (has_database_privilege(m.oid, current_database(), 'TEMPORARY') OR "
                              "has_database_privilege(m.oid, current_database(), 'CREATE') OR "
                              "has_schema_privilege(m.oid, 'public', 'CREATE'))")
                   .arg(kLeadOrViewerLogin));
    q.exec();
    if (q.next() && q.id(0) > 0)
        throw StoreError(StoreError::Kind::NotPermitted,
                         QCoreApplication::translate("wres", "server-init could not take from leads and viewers the "
                                                             "right to create tables in this database; run it as a "
                                                             "superuser or as the database's owner."));
}

QString quotedLiteral(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

bool member(const Database& database, const char* role)
{
    // Through pg_roles: on a server not set up with server-init the WRES roles do not exist, and
    // pg_has_role would fail on the name rather than say "no".
    SqlQuery q(database.connection(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = "
                                                     ":role AND pg_has_role(session_user, r.oid, 'MEMBER'))"));
    q.bindText(QStringLiteral(":role"), QLatin1String(role)).exec();
    return q.next() && q.value(0).toBool();
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Lead:
        return QStringLiteral("lead");
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::None:
        break;
    }
    return {};
}

Role roleFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"admin")
        return Role::Admin;
    if (n == u"lead")
        return Role::Lead;
    if (n == u"viewer")
        return Role::Viewer;
    return Role::None;
}

void initialise(const Database& database)
{
    requireServer(database);
    WriteTransaction transaction(database);
    for (const QString& statement : setUpStatements())
        execStatement(database.connection(), statement);
    requireClosed(database);
    transaction.commit();
}

void grant(const Database& database, const QString& login, Role role, const QString& lead, const QString& password)
{
    requireServer(database);
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!plain.match(login).hasMatch())
        throw InvalidRequest(QCoreApplication::translate("wres", "'%1' is not a login name the server takes as it "
                                                                 "is: use lower-case letters, digits and _ (at most "
                                                                 "63), starting with a letter.")
                                 .arg(login));
    if (login.startsWith(u"wres_") || login == u"postgres")
        throw InvalidRequest(
            QCoreApplication::translate("wres", "'%1' is a name the server keeps for itself.").arg(login));
    if (role == Role::None)
        throw InvalidRequest(QCoreApplication::translate("wres", "Give the role: admin, lead or viewer."));
    if (role == Role::Lead && lead.trimmed().isEmpty())
        throw InvalidRequest(QCoreApplication::translate("wres", "A lead login needs --lead: the lead, as the plan "
                                                                 "names them, whose actions it may update."));
    const auto& db = database.connection();
    WriteTransaction transaction(database);
    qint64 leadId = 0;
    if (role == Role::Lead) {
        SqlQuery find(db, QStringLiteral("SELECT id FROM leads WHERE name_key = :key"));
        find.bindText(QStringLiteral(":key"), StoredValues::leadKey(lead)).exec();
        if (!find.next())
            throw InvalidRequest(
                QCoreApplication::translate("wres", "No action of the plans here is led by '%1'.").arg(lead));
        leadId = find.id(0);
    }
    SqlQuery exists(db, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = :name"));
    exists.bindText(QStringLiteral(":name"), login).exec();
    const bool known = exists.next() && exists.id(0) > 0;
    exists.finish();
    // Role names cannot be bound as parameters: the name is checked above to be a plain identifier.
    // The password goes as the SCRAM secret made here, never as itself: a statement may be logged.
    QSqlQuery setUp(db);
    if (!setUp.exec(QStringLiteral("%1 ROLE %2 LOGIN%3")
                        .arg(known ? QStringLiteral("ALTER") : QStringLiteral("CREATE"), login,
                             password.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" PASSWORD ") + quotedLiteral(ScramSecret::make(password)))))
        throwSqlError(setUp, QStringLiteral("Setting up the login %1").arg(login)); // the statement is not shown
    execStatement(db, QStringLiteral("REVOKE wres_admin, wres_lead, wres_viewer FROM %1").arg(login));
    execStatement(db, QStringLiteral("GRANT wres_%1 TO %2").arg(roleName(role), login));
    SqlQuery forget(db, QStringLiteral("DELETE FROM lead_logins WHERE login = :login"));
    forget.bindText(QStringLiteral(":login"), login).exec();
    if (role == Role::Lead) {
        SqlQuery tie(db, QStringLiteral("INSERT INTO lead_logins (login, lead_id) VALUES (:login, :lead)"));
        tie.bindText(QStringLiteral(":login"), login).bind(QStringLiteral(":lead"), leadId).exec();
    }
    transaction.commit();
}

Role currentRole(const Database& database)
{
    if (!database.isServer())
        return Role::Admin;
    SqlQuery super(database.connection(), QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = session_user"));
    super.exec();
    if (super.next() && super.value(0).toBool())
        return Role::Admin;
    super.finish();
    if (member(database, "wres_admin"))
        return Role::Admin;
    if (member(database, "wres_lead"))
        return Role::Lead;
    if (member(database, "wres_viewer"))
        return Role::Viewer;
    return Role::None;
}

QString currentLead(const Database& database)
{
    if (!database.isServer())
        return {};
    SqlQuery q(database.connection(), QStringLiteral("SELECT l.name FROM lead_logins x JOIN leads l ON l.id = "
                                                     "x.lead_id WHERE x.login = session_user"));
    try {
        q.exec();
    } catch (const StoreError&) {
        return {}; // no lead_logins table: the server was not set up with server-init
    }
    return q.next() ? q.text(0) : QString();
}

} // namespace wres::core::ServerRoles
