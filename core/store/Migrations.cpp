#include "Migrations.h"

#include "Database.h"
#include "SqlQuery.h"
#include "framework/Framework.h"

#include <QRegularExpression>
#include <QStringList>

namespace wres::core::Migrations {
namespace {

// Version 1: the plan, its structure, leads, indicators, tags, status history and audit log.
// Portable SQL (standard types, one statement each); SQLite-only settings live in Database.
const QStringList kVersion1 = {
    QStringLiteral("CREATE TABLE frameworks (id INTEGER PRIMARY KEY, code VARCHAR(32) NOT NULL UNIQUE, "
                   "name TEXT NOT NULL, comparison_group VARCHAR(32) NOT NULL)"),
    QStringLiteral("CREATE TABLE indicators (id INTEGER PRIMARY KEY, "
                   "framework_id INTEGER NOT NULL REFERENCES frameworks(id), number INTEGER NOT NULL, "
                   "short_title TEXT NOT NULL, definition TEXT NOT NULL, kind VARCHAR(32) NOT NULL, "
                   "numerator_group VARCHAR(32) NOT NULL, better VARCHAR(32) NOT NULL, "
                   "UNIQUE (framework_id, number))"),
    QStringLiteral("CREATE TABLE plans (id INTEGER PRIMARY KEY, uid VARCHAR(64) NOT NULL UNIQUE, "
                   "framework_id INTEGER NOT NULL REFERENCES frameworks(id), organisation TEXT NOT NULL, "
                   "title TEXT NOT NULL, period TEXT NOT NULL, created_at VARCHAR(32) NOT NULL)"),
    QStringLiteral("CREATE TABLE themes (id INTEGER PRIMARY KEY, "
                   "plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE, position INTEGER NOT NULL, "
                   "name TEXT NOT NULL, indicator_scope VARCHAR(16) NOT NULL)"),
    QStringLiteral("CREATE INDEX themes_plan ON themes (plan_id, position)"),
    QStringLiteral("CREATE TABLE theme_indicators (theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE, "
                   "indicator_id INTEGER NOT NULL REFERENCES indicators(id), PRIMARY KEY (theme_id, indicator_id))"),
    QStringLiteral("CREATE TABLE objectives (id INTEGER PRIMARY KEY, "
                   "theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE, position INTEGER NOT NULL, "
                   "number VARCHAR(32) NOT NULL, text TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX objectives_theme ON objectives (theme_id, position)"),
    QStringLiteral("CREATE TABLE actions (id INTEGER PRIMARY KEY, "
                   "objective_id INTEGER NOT NULL REFERENCES objectives(id) ON DELETE CASCADE, "
                   "position INTEGER NOT NULL, number VARCHAR(32) NOT NULL, text TEXT NOT NULL, "
                   "timescale TEXT NOT NULL, timescale_kind VARCHAR(16) NOT NULL, due_date VARCHAR(10), "
                   "status VARCHAR(16) NOT NULL, rag VARCHAR(1) NOT NULL, milestones TEXT NOT NULL, "
                   "progress TEXT NOT NULL, indicator_scope VARCHAR(16) NOT NULL, "
                   "revision INTEGER NOT NULL DEFAULT 1, created_at VARCHAR(32) NOT NULL, "
                   "updated_at VARCHAR(32) NOT NULL, last_update_at VARCHAR(32))"),
    QStringLiteral("CREATE INDEX actions_objective ON actions (objective_id, position)"),
    QStringLiteral("CREATE INDEX actions_due ON actions (due_date)"),
    QStringLiteral("CREATE TABLE leads (id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE)"),
    QStringLiteral("CREATE TABLE action_leads (action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE, "
                   "lead_id INTEGER NOT NULL REFERENCES leads(id), position INTEGER NOT NULL, "
                   "PRIMARY KEY (action_id, position), UNIQUE (action_id, lead_id))"),
    QStringLiteral("CREATE INDEX action_leads_lead ON action_leads (lead_id)"),
    QStringLiteral("CREATE TABLE action_indicators (action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE "
                   "CASCADE, indicator_id INTEGER NOT NULL REFERENCES indicators(id), "
                   "PRIMARY KEY (action_id, indicator_id))"),
    QStringLiteral("CREATE INDEX action_indicators_indicator ON action_indicators (indicator_id)"),
    QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, "
                   "UNIQUE (kind, name))"),
    QStringLiteral("CREATE TABLE theme_tags (theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE, "
                   "tag_id INTEGER NOT NULL REFERENCES tags(id), position INTEGER NOT NULL, "
                   "PRIMARY KEY (theme_id, position), UNIQUE (theme_id, tag_id))"),
    QStringLiteral("CREATE TABLE action_tags (action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE, "
                   "tag_id INTEGER NOT NULL REFERENCES tags(id), position INTEGER NOT NULL, "
                   "PRIMARY KEY (action_id, position), UNIQUE (action_id, tag_id))"),
    QStringLiteral("CREATE TABLE status_updates (id INTEGER PRIMARY KEY, "
                   "action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE, "
                   "recorded_at VARCHAR(32) NOT NULL, author TEXT NOT NULL, status VARCHAR(16) NOT NULL, "
                   "rag VARCHAR(1) NOT NULL, note TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX status_updates_action ON status_updates (action_id, recorded_at)"),
    QStringLiteral("CREATE TABLE audit_entries (id INTEGER PRIMARY KEY, recorded_at VARCHAR(32) NOT NULL, "
                   "author TEXT NOT NULL, entity VARCHAR(32) NOT NULL, entity_id INTEGER NOT NULL, "
                   "field VARCHAR(64) NOT NULL, old_value TEXT, new_value TEXT, source TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX audit_entries_entity ON audit_entries (entity, entity_id)"),
};

// Version 2: WRES metrics (counts per indicator, period, category and group, or the published value),
// targets drawn on charts, and file-wide settings such as the redaction threshold.
const QStringList kVersion2 = {
    QStringLiteral("CREATE TABLE metric_counts (id INTEGER PRIMARY KEY, "
                   "indicator_id INTEGER NOT NULL REFERENCES indicators(id), period VARCHAR(64) NOT NULL, "
                   "period_year INTEGER NOT NULL, category VARCHAR(128) NOT NULL, ethnic_group VARCHAR(16) NOT NULL, "
                   "count_value INTEGER, total_value INTEGER, published_value DOUBLE PRECISION, "
                   "UNIQUE (indicator_id, period, category, ethnic_group))"),
    QStringLiteral("CREATE TABLE metric_targets (id INTEGER PRIMARY KEY, "
                   "indicator_id INTEGER NOT NULL REFERENCES indicators(id), category VARCHAR(128) NOT NULL, "
                   "measure VARCHAR(32) NOT NULL, target_value DOUBLE PRECISION NOT NULL, label TEXT NOT NULL, "
                   "by_period VARCHAR(64) NOT NULL)"),
    QStringLiteral("CREATE TABLE settings (name VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)"),
};

// Version 3: recorded board packs, so the next pack can say what changed since.
const QStringList kVersion3 = {
    QStringLiteral("CREATE TABLE pack_snapshots (id INTEGER PRIMARY KEY, "
                   "plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE, recorded_at VARCHAR(32) NOT NULL, "
                   "label TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE pack_snapshot_actions (snapshot_id INTEGER NOT NULL REFERENCES pack_snapshots(id) "
                   "ON DELETE CASCADE, action_id INTEGER NOT NULL, number VARCHAR(32) NOT NULL, text TEXT NOT NULL, "
                   "status VARCHAR(16) NOT NULL, rag VARCHAR(1) NOT NULL, PRIMARY KEY (snapshot_id, action_id))"),
};

// Version 4: the audit trail is append-only, enforced by the database itself.
const QStringList kVersion4 = {
    QStringLiteral("CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries BEGIN "
                   "SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"),
    QStringLiteral("CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries BEGIN "
                   "SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"),
};

// Version 5: each audit line names its plan, so the trail of a plan can be shown whole (themes,
// objectives and deleted actions included) and exported with it. Lines written before are
// attributed through the row they name, or to the file's only plan; the triggers are set aside
// for this one change and put back.
const QStringList kVersion5 = {
    QStringLiteral("DROP TRIGGER audit_entries_no_update"),
    QStringLiteral("ALTER TABLE audit_entries ADD COLUMN plan_id INTEGER"),
    QStringLiteral("UPDATE audit_entries SET plan_id = (SELECT t.plan_id FROM actions a JOIN objectives o ON o.id = "
                   "a.objective_id JOIN themes t ON t.id = o.theme_id WHERE a.id = audit_entries.entity_id) "
                   "WHERE entity = 'action'"),
    QStringLiteral("UPDATE audit_entries SET plan_id = (SELECT t.plan_id FROM objectives o JOIN themes t ON t.id = "
                   "o.theme_id WHERE o.id = audit_entries.entity_id) WHERE entity = 'objective'"),
    QStringLiteral("UPDATE audit_entries SET plan_id = (SELECT t.plan_id FROM themes t WHERE t.id = "
                   "audit_entries.entity_id) WHERE entity = 'theme'"),
    QStringLiteral("UPDATE audit_entries SET plan_id = (SELECT MIN(id) FROM plans) WHERE plan_id IS NULL AND "
                   "entity IN ('action', 'objective', 'theme') AND (SELECT COUNT(*) FROM plans) = 1"),
    QStringLiteral("CREATE INDEX audit_entries_plan ON audit_entries (plan_id, id)"),
    QStringLiteral("CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries BEGIN "
                   "SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"),
};

// Version 6: the update requests sent to leads (one workbook each, issued together in a round) and
// whether each came back, so that a return is matched to its request, not imported twice, and the
// leads still to answer can be named.
const QStringList kVersion6 = {
    QStringLiteral("CREATE TABLE update_requests (id INTEGER PRIMARY KEY, uid VARCHAR(64) NOT NULL UNIQUE, "
                   "round_uid VARCHAR(64) NOT NULL, plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE, "
                   "lead TEXT NOT NULL, issued_at VARCHAR(32) NOT NULL, action_count INTEGER NOT NULL, "
                   "returned_at VARCHAR(32), returned_file TEXT, applied_count INTEGER)"),
    QStringLiteral("CREATE INDEX update_requests_plan ON update_requests (plan_id, issued_at)"),
};

// Version 7: what each request asked (its actions, in order, at their revision then), so that a
// returned workbook is matched against the plan's own record and not the workbook's say; and the
// file's key that signs the requests it issues (one row, made on first use). Requests issued
// before keep no actions: their workbooks are refused, and a new round is asked for.
const QStringList kVersion7 = {
    QStringLiteral("CREATE TABLE update_request_actions (request_id INTEGER NOT NULL REFERENCES update_requests(id) "
                   "ON DELETE CASCADE, position INTEGER NOT NULL, action_id INTEGER NOT NULL, "
                   "revision INTEGER NOT NULL, PRIMARY KEY (request_id, position))"),
    QStringLiteral("CREATE TABLE request_keys (name VARCHAR(32) PRIMARY KEY, secret VARCHAR(128) NOT NULL, "
                   "created_at VARCHAR(32) NOT NULL)"),
};

void seedFramework(const Database& database, const Framework& framework)
{
    const auto& db = database.connection();
    SqlQuery insertFramework(db,
                             QStringLiteral("INSERT INTO frameworks (code, name, comparison_group) "
                                            "VALUES (:code, :name, :group)"),
                             SqlQuery::Returning::Id);
    insertFramework.bindText(QStringLiteral(":code"), framework.code)
        .bindText(QStringLiteral(":name"), framework.name)
        .bindText(QStringLiteral(":group"), framework.comparisonGroup)
        .exec();
    const qint64 frameworkId = insertFramework.lastInsertId();
    SqlQuery insertIndicator(db,
                             QStringLiteral("INSERT INTO indicators (framework_id, number, short_title, definition, "
                                            "kind, numerator_group, better) VALUES (:framework, :number, :title, "
                                            ":definition, :kind, :group, :better)"));
    for (const Indicator& indicator : framework.indicators) {
        insertIndicator.bind(QStringLiteral(":framework"), frameworkId)
            .bind(QStringLiteral(":number"), indicator.number)
            .bindText(QStringLiteral(":title"), indicator.shortTitle)
            .bindText(QStringLiteral(":definition"), indicator.definition)
            .bindText(QStringLiteral(":kind"), indicatorKindCode(indicator.kind))
            .bindText(QStringLiteral(":group"), indicator.numeratorGroup)
            .bindText(QStringLiteral(":better"), betterCode(indicator.better))
            .exec();
    }
}

// The statements above are written for SQLite; on a PostgreSQL server three things differ: an
// integer key is an identity column, a trigger calls a function, and dropping a trigger names its
// table. Everything else is the same SQL.
QString forBackend(const Database& database, const QString& statement)
{
    if (!database.isServer())
        return statement;
    QString s = statement;
    s.replace(QStringLiteral("INTEGER PRIMARY KEY"),
              QStringLiteral("INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    static const QRegularExpression trigger(
        QStringLiteral("^CREATE TRIGGER (\\w+) BEFORE (UPDATE|DELETE) ON (\\w+) BEGIN .* END$"));
    if (const QRegularExpressionMatch m = trigger.match(s); m.hasMatch())
        return QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION wres_append_only()")
            .arg(m.captured(1), m.captured(2), m.captured(3));
    static const QRegularExpression dropTrigger(QStringLiteral("^DROP TRIGGER (audit_entries_\\w+)$"));
    if (const QRegularExpressionMatch m = dropTrigger.match(s); m.hasMatch())
        return QStringLiteral("DROP TRIGGER %1 ON audit_entries").arg(m.captured(1));
    return s;
}

void run(const Database& database, const QStringList& statements)
{
    for (const QString& statement : statements)
        execStatement(database.connection(), forBackend(database, statement));
}

void toVersion1(const Database& database)
{
    run(database, kVersion1);
    seedFramework(database, Framework::wres());
}

void toVersion2(const Database& database)
{
    run(database, kVersion2);
}

void toVersion3(const Database& database)
{
    run(database, kVersion3);
}

void toVersion4(const Database& database)
{
    if (database.isServer())
        execStatement(database.connection(),
                      QStringLiteral("CREATE OR REPLACE FUNCTION wres_append_only() RETURNS trigger LANGUAGE plpgsql "
                                     "AS $$ BEGIN RAISE EXCEPTION 'the audit trail cannot be changed'; END $$"));
    run(database, kVersion4);
}

void toVersion5(const Database& database)
{
    run(database, kVersion5);
}

void toVersion6(const Database& database)
{
    run(database, kVersion6);
}

void toVersion7(const Database& database)
{
    run(database, kVersion7);
}

} // namespace

int currentVersion()
{
    return 7;
}

int applicationId()
{
    return 0x57524553; // "WRES"
}

void apply(const Database& database, int fromVersion)
{
    using Step = void (*)(const Database&);
    static const Step steps[] = {&toVersion1, &toVersion2, &toVersion3, &toVersion4,
                                 &toVersion5, &toVersion6, &toVersion7};
    WriteTransaction transaction(database);
    for (int version = fromVersion + 1; version <= currentVersion(); ++version)
        steps[version - 1](database);
    if (database.isServer()) {
        // A server has no file header: the schema version and who made it live in a table.
        if (fromVersion == 0)
            execStatement(database.connection(), QStringLiteral("CREATE TABLE wres_schema (application VARCHAR(16) "
                                                                "NOT NULL, version INTEGER NOT NULL)"));
        execStatement(database.connection(), QStringLiteral("DELETE FROM wres_schema"));
        execStatement(
            database.connection(),
            QStringLiteral("INSERT INTO wres_schema (application, version) VALUES ('WRES', %1)").arg(currentVersion()));
    } else {
        execStatement(database.connection(), QStringLiteral("PRAGMA application_id = %1").arg(applicationId()));
        execStatement(database.connection(), QStringLiteral("PRAGMA user_version = %1").arg(currentVersion()));
    }
    transaction.commit();
}

} // namespace wres::core::Migrations
