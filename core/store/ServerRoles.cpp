#include "ServerRoles.h"

#include "Database.h"
#include "SqlQuery.h"
#include "StoreError.h"
#include "StoredValues.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace wres::core::ServerRoles {
namespace {

void requireServer(const Database& database)
{
    if (!database.isServer())
        throw InvalidRequest(QCoreApplication::translate(
            "wres", "Roles belong to team mode: give a server address (postgresql://…), not a plan file."));
}

// The tables everyone reads and only an admin changes, beside the ones with policies below.
const QStringList kPolicyTables = {QStringLiteral("actions"), QStringLiteral("status_updates"),
                                   QStringLiteral("audit_entries")};

QStringList setUpStatements()
{
    QStringList s;
    // Group roles (no login of their own); roles belong to the whole server.
    for (const char* role : {"wres_admin", "wres_lead", "wres_viewer"})
        s << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                            "CREATE ROLE %1 NOLOGIN; END IF; END $$")
                 .arg(QLatin1String(role));
    // Which login is which lead, per database.
    s << QStringLiteral("CREATE TABLE IF NOT EXISTS lead_logins (login VARCHAR(63) PRIMARY KEY, "
                        "lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE)");
    // Whether the connected login leads an action. SECURITY DEFINER so that it reads the links
    // whatever the caller may read; session_user so that SET ROLE cannot borrow another's actions.
    s << QStringLiteral("CREATE OR REPLACE FUNCTION wres_leads_action(action INTEGER) RETURNS BOOLEAN "
                        "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ SELECT EXISTS "
                        "(SELECT 1 FROM action_leads x JOIN lead_logins l ON l.lead_id = x.lead_id "
                        "WHERE x.action_id = action AND l.login = session_user) $$");
    s << QStringLiteral("REVOKE ALL ON FUNCTION wres_leads_action(INTEGER) FROM PUBLIC");
    s << QStringLiteral("GRANT EXECUTE ON FUNCTION wres_leads_action(INTEGER) TO wres_admin, wres_lead, wres_viewer");
    s << QStringLiteral("GRANT USAGE ON SCHEMA public TO wres_admin, wres_lead, wres_viewer");
    s << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM wres_lead, wres_viewer");
    s << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO wres_admin, wres_lead, wres_viewer");
    // The key that signs update requests is the EDI team's: with it, anyone could forge one.
    s << QStringLiteral("REVOKE ALL ON request_keys FROM wres_lead, wres_viewer");
    s << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO wres_admin");
    s << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO wres_admin, wres_lead");
    // A lead records updates: these columns of actions, new history rows and new audit lines.
    s << QStringLiteral("GRANT UPDATE (status, rag, progress, revision, updated_at, last_update_at) ON actions "
                        "TO wres_lead");
    s << QStringLiteral("GRANT INSERT ON status_updates, audit_entries TO wres_lead");
    for (const QString& table : kPolicyTables) {
        s << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table);
        for (const char* policy : {"wres_read", "wres_admin_all", "wres_lead_update", "wres_lead_insert"})
            s << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(QLatin1String(policy), table);
        s << QStringLiteral("CREATE POLICY wres_read ON %1 FOR SELECT USING (true)").arg(table);
        s << QStringLiteral("CREATE POLICY wres_admin_all ON %1 TO wres_admin USING (true) WITH CHECK (true)")
                 .arg(table);
    }
    s << QStringLiteral("CREATE POLICY wres_lead_update ON actions FOR UPDATE TO wres_lead "
                        "USING (wres_leads_action(id)) WITH CHECK (wres_leads_action(id))");
    s << QStringLiteral("CREATE POLICY wres_lead_insert ON status_updates FOR INSERT TO wres_lead "
                        "WITH CHECK (wres_leads_action(action_id))");
    s << QStringLiteral("CREATE POLICY wres_lead_insert ON audit_entries FOR INSERT TO wres_lead "
                        "WITH CHECK (entity = 'action' AND wres_leads_action(CAST(entity_id AS INTEGER)))");
    return s;
}

QString quotedLiteral(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

bool member(const Database& database, const char* role)
{
    SqlQuery q(database.connection(), QStringLiteral("SELECT pg_has_role(session_user, :role, 'MEMBER')"));
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
    // Role names cannot be bound as parameters: the name is checked above to be a plain identifier,
    // and the password goes as a quoted literal.
    execStatement(db,
                  QStringLiteral("%1 ROLE %2 LOGIN%3")
                      .arg(known ? QStringLiteral("ALTER") : QStringLiteral("CREATE"), login,
                           password.isEmpty() ? QString() : QStringLiteral(" PASSWORD ") + quotedLiteral(password)));
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
