#include "PlanWriter.h"

#include "Database.h"
#include "SqlQuery.h"
#include "StoreError.h"
#include "StoredValues.h"
#include "domain/LeadName.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QUuid>

namespace wres::core {

PlanWriter::PlanWriter(const Database& database)
    : m_database(database), m_now(StoredValues::fromDateTime(QDateTime::currentDateTimeUtc()))
{}

void PlanWriter::loadFramework(const QString& code)
{
    if (code == m_frameworkCode)
        return;
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT f.id, i.number, i.id FROM frameworks f JOIN indicators i "
                              "ON i.framework_id = f.id WHERE f.code = :code"));
    q.bindText(QStringLiteral(":code"), code).exec();
    m_indicatorIds.clear();
    m_frameworkId = 0;
    while (q.next()) {
        m_frameworkId = q.id(0);
        m_indicatorIds.insert(q.value(1).toInt(), q.id(2));
    }
    if (m_frameworkId == 0)
        throw InvalidRequest(
            QCoreApplication::translate("wres", "The indicator framework '%1' is not known in this file.").arg(code));
    m_frameworkCode = code;
}

qint64 PlanWriter::indicatorId(int number)
{
    if (m_frameworkId == 0)
        loadFramework(QStringLiteral("WRES")); // writing part of a plan: the built-in framework
    const auto it = m_indicatorIds.constFind(number);
    if (it == m_indicatorIds.constEnd())
        throw InvalidRequest(
            QCoreApplication::translate("wres", "%1 has no indicator %2.").arg(m_frameworkCode).arg(number));
    return *it;
}

qint64 PlanWriter::indicatorId(const IndicatorRef& ref)
{
    const QString key = ref.framework + QLatin1Char('|') + QString::number(ref.number);
    if (const auto it = m_otherIndicatorIds.constFind(key); it != m_otherIndicatorIds.constEnd())
        return *it;
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT i.id FROM frameworks f JOIN indicators i ON i.framework_id = f.id WHERE f.code = "
                              ":code AND i.number = :number"));
    q.bindText(QStringLiteral(":code"), ref.framework).bind(QStringLiteral(":number"), ref.number).exec();
    if (!q.next())
        throw InvalidRequest(
            QCoreApplication::translate("wres", "%1 has no measure numbered %2.").arg(ref.framework).arg(ref.number));
    const qint64 id = q.id(0);
    m_otherIndicatorIds.insert(key, id);
    return id;
}

qint64 PlanWriter::leadId(const QString& name)
{
    const QString key = StoredValues::leadKey(name);
    if (const auto it = m_leadIds.constFind(key); it != m_leadIds.constEnd())
        return *it;
    const auto& db = m_database.connection();
    SqlQuery find(db, QStringLiteral("SELECT id FROM leads WHERE name_key = :key"));
    find.bindText(QStringLiteral(":key"), key).exec();
    qint64 id = 0;
    if (find.next()) {
        id = find.id(0);
    } else {
        SqlQuery insert(db, QStringLiteral("INSERT INTO leads (name, name_key) VALUES (:name, :key)"),
                        SqlQuery::Returning::Id);
        insert.bindText(QStringLiteral(":name"), LeadName::normalised(name))
            .bindText(QStringLiteral(":key"), key)
            .exec();
        id = insert.lastInsertId();
    }
    m_leadIds.insert(key, id);
    return id;
}

qint64 PlanWriter::tagId(const Tag& tag)
{
    const QString key = tag.kind + QChar(0x1f) + tag.name;
    if (const auto it = m_tagIds.constFind(key); it != m_tagIds.constEnd())
        return *it;
    const auto& db = m_database.connection();
    SqlQuery find(db, QStringLiteral("SELECT id FROM tags WHERE kind = :kind AND name = :name"));
    find.bindText(QStringLiteral(":kind"), tag.kind).bindText(QStringLiteral(":name"), tag.name).exec();
    qint64 id = 0;
    if (find.next()) {
        id = find.id(0);
    } else {
        SqlQuery insert(db, QStringLiteral("INSERT INTO tags (kind, name) VALUES (:kind, :name)"),
                        SqlQuery::Returning::Id);
        insert.bindText(QStringLiteral(":kind"), tag.kind).bindText(QStringLiteral(":name"), tag.name).exec();
        id = insert.lastInsertId();
    }
    m_tagIds.insert(key, id);
    return id;
}

qint64 PlanWriter::insertPlan(const PlanData& plan)
{
    loadFramework(plan.info.framework.isEmpty() ? QStringLiteral("WRES") : plan.info.framework);
    SqlQuery q(m_database.connection(),
               QStringLiteral("INSERT INTO plans (uid, framework_id, organisation, title, "
                              "period, created_at) VALUES (:uid, :framework, :organisation, "
                              ":title, :period, :created)"),
               SqlQuery::Returning::Id);
    // The identity travels with an exported plan; a second copy in the same file gets its own.
    QString uid = isPlainUid(plan.info.uid) ? plan.info.uid : QString();
    if (!uid.isEmpty()) {
        SqlQuery taken(m_database.connection(), QStringLiteral("SELECT COUNT(*) FROM plans WHERE uid = :uid"));
        taken.bindText(QStringLiteral(":uid"), uid).exec();
        if (taken.next() && taken.id(0) > 0)
            uid.clear();
    }
    if (uid.isEmpty())
        uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime created = plan.info.createdAt.isValid() ? plan.info.createdAt : QDateTime::currentDateTimeUtc();
    q.bindText(QStringLiteral(":uid"), uid)
        .bind(QStringLiteral(":framework"), m_frameworkId)
        .bindText(QStringLiteral(":organisation"), plan.info.organisation)
        .bindText(QStringLiteral(":title"), plan.info.title)
        .bindText(QStringLiteral(":period"), plan.info.period)
        .bindText(QStringLiteral(":created"), StoredValues::fromDateTime(created))
        .exec();
    const qint64 planId = q.lastInsertId();
    QList<Inserted> inserted;
    m_inserted = &inserted;
    {
        const auto stopCollecting = qScopeGuard([this] { m_inserted = nullptr; });
        int position = 0;
        for (const ThemeData& theme : plan.themes)
            insertTheme(planId, ++position, theme);
    }
    // Which history rows the document's trail speaks for: its "status_update" lines, by action,
    // time and author (a count, for two updates in one millisecond).
    const auto historyKey = [](qint64 action, const QDateTime& at, const QString& author) {
        return QStringLiteral("%1|%2|%3").arg(action).arg(StoredValues::fromDateTime(at), author);
    };
    QHash<QString, int> documented;
    for (const AuditEntry& entry : plan.audit)
        if (entry.entity == u"action" && entry.field == u"status_update")
            ++documented[historyKey(entry.entityId, entry.recordedAt, entry.author)];
    const auto marked = [this](const QString& source) {
        if (m_importedFrom.isEmpty() || source.startsWith(u"imported from "))
            return source;
        const QString mark = QStringLiteral("imported from %1").arg(m_importedFrom);
        return source.isEmpty() ? mark : QStringLiteral("%1: %2").arg(mark, source);
    };
    for (AuditEntry entry : plan.audit) {
        entry.source = marked(entry.source);
        // The whole trail comes along. A line about an action follows the action to its new id; a line
        // about a theme, an objective or a deleted action keeps its words but not its id (0), rather than
        // point at the wrong row. The file's metric lines stay the file's.
        // A WDES metric's lines ("metric:WDES") are the file's too.
        const bool metric = entry.entity == u"metric" || entry.entity.startsWith(QStringLiteral("metric:"));
        if (entry.entity == u"action" && m_actionIds.contains(entry.entityId))
            entry.entityId = m_actionIds.value(entry.entityId);
        else if (!metric && entry.entity != u"plan")
            entry.entityId = 0;
        else if (entry.entity == u"plan")
            entry.entityId = planId;
        entry.planId = metric ? 0 : planId;
        insertAudit(entry);
    }
    for (const Inserted& row : std::as_const(inserted)) {
        int& lines = documented[historyKey(row.sourceActionId, row.update.recordedAt, row.update.author)];
        if (row.sourceActionId != 0 && lines > 0) {
            --lines;
            continue;
        }
        insertAudit({row.update.recordedAt,
                     row.update.author,
                     QStringLiteral("action"),
                     row.actionId,
                     QStringLiteral("status_update"),
                     {},
                     QString::number(row.update.id),
                     marked(QStringLiteral("plan added")),
                     planId});
    }
    if (!m_importedFrom.isEmpty())
        insertAudit({QDateTime::currentDateTimeUtc(),
                     m_importer,
                     QStringLiteral("plan"),
                     planId,
                     QStringLiteral("imported"),
                     {},
                     m_importedFrom,
                     QStringLiteral("import"),
                     planId});
    return planId;
}

void PlanWriter::importFrom(const QString& shownFile, const QString& author)
{
    m_importedFrom = shownFile;
    m_importer = author;
}

qint64 PlanWriter::insertTheme(qint64 planId, int position, const ThemeData& theme)
{
    const auto& db = m_database.connection();
    SqlQuery q(db,
               QStringLiteral("INSERT INTO themes (plan_id, position, name, indicator_scope) "
                              "VALUES (:plan, :position, :name, :scope)"),
               SqlQuery::Returning::Id);
    q.bind(QStringLiteral(":plan"), planId)
        .bind(QStringLiteral(":position"), position)
        .bindText(QStringLiteral(":name"), theme.name)
        .bindText(QStringLiteral(":scope"), theme.indicators.scopeCode())
        .exec();
    const qint64 themeId = q.lastInsertId();
    SqlQuery link(db,
                  QStringLiteral("INSERT INTO theme_indicators (theme_id, indicator_id) VALUES (:theme, :indicator)"));
    for (int number : theme.indicators.numbers)
        link.bind(QStringLiteral(":theme"), themeId).bind(QStringLiteral(":indicator"), indicatorId(number)).exec();
    for (const IndicatorRef& ref : theme.indicators.others)
        link.bind(QStringLiteral(":theme"), themeId).bind(QStringLiteral(":indicator"), indicatorId(ref)).exec();
    SqlQuery tag(db, QStringLiteral("INSERT INTO theme_tags (theme_id, tag_id, position) VALUES (:theme, :tag, :pos)"));
    int tagPosition = 0;
    for (const Tag& t : theme.tags)
        tag.bind(QStringLiteral(":theme"), themeId)
            .bind(QStringLiteral(":tag"), tagId(t))
            .bind(QStringLiteral(":pos"), ++tagPosition)
            .exec();
    int objectivePosition = 0;
    for (const ObjectiveData& objective : theme.objectives)
        insertObjective(themeId, ++objectivePosition, objective);
    return themeId;
}

qint64 PlanWriter::insertObjective(qint64 themeId, int position, const ObjectiveData& objective)
{
    SqlQuery q(m_database.connection(),
               QStringLiteral("INSERT INTO objectives (theme_id, position, number, text) "
                              "VALUES (:theme, :position, :number, :text)"),
               SqlQuery::Returning::Id);
    q.bind(QStringLiteral(":theme"), themeId)
        .bind(QStringLiteral(":position"), position)
        .bindText(QStringLiteral(":number"), objective.number)
        .bindText(QStringLiteral(":text"), objective.text)
        .exec();
    const qint64 objectiveId = q.lastInsertId();
    int actionPosition = 0;
    for (const ActionData& action : objective.actions)
        insertAction(objectiveId, ++actionPosition, action);
    return objectiveId;
}

qint64 PlanWriter::insertAction(qint64 objectiveId, int position, const ActionData& action)
{
    if (action.text.trimmed().isEmpty())
        throw InvalidRequest(
            QCoreApplication::translate("wres", "An action needs a description; the action text is empty."));
    const auto& db = m_database.connection();
    SqlQuery q(
        db,
        QStringLiteral("INSERT INTO actions (objective_id, position, number, text, timescale, timescale_kind, "
                       "due_date, status, rag, milestones, progress, indicator_scope, revision, created_at, "
                       "updated_at, last_update_at) VALUES (:objective, :position, :number, :text, :timescale, "
                       ":kind, :due, :status, :rag, :milestones, :progress, :scope, :revision, :now, :now, :last)"),
        SqlQuery::Returning::Id);
    QDateTime lastUpdate;
    for (const StatusUpdate& update : action.updates)
        if (!lastUpdate.isValid() || update.recordedAt > lastUpdate)
            lastUpdate = update.recordedAt;
    q.bind(QStringLiteral(":objective"), objectiveId)
        .bind(QStringLiteral(":position"), position)
        .bindText(QStringLiteral(":number"), action.number)
        .bindText(QStringLiteral(":text"), action.text)
        .bindText(QStringLiteral(":timescale"), action.timescale.text)
        .bindText(QStringLiteral(":kind"), timescaleKindCode(action.timescale.kind))
        .bindOptionalText(QStringLiteral(":due"), StoredValues::fromDate(action.timescale.due))
        .bindText(QStringLiteral(":status"), statusCode(action.status))
        .bindText(QStringLiteral(":rag"), ragLetter(action.rag))
        .bindText(QStringLiteral(":milestones"), action.milestones)
        .bindText(QStringLiteral(":progress"), action.progress)
        .bindText(QStringLiteral(":scope"), action.indicators.scopeCode())
        .bind(QStringLiteral(":revision"), std::max(1, action.revision))
        .bindText(QStringLiteral(":now"), m_now)
        .bindOptionalText(QStringLiteral(":last"),
                          lastUpdate.isValid() ? StoredValues::fromDateTime(lastUpdate) : QString())
        .exec();
    const qint64 actionId = q.lastInsertId();
    if (action.id != 0)
        m_actionIds.insert(action.id, actionId);
    writeLeads(actionId, action.leads, false);
    writeLinks(actionId, action.indicators, false);
    writeTags(actionId, action.tags, false);
    for (StatusUpdate update : action.updates) {
        update.id = insertStatusUpdate(actionId, update);
        if (m_inserted)
            *m_inserted << Inserted{action.id, actionId, update};
    }
    return actionId;
}

void PlanWriter::writeLeads(qint64 actionId, const QStringList& leads, bool replacing)
{
    const auto& db = m_database.connection();
    if (replacing) {
        SqlQuery remove(db, QStringLiteral("DELETE FROM action_leads WHERE action_id = :a"));
        remove.bind(QStringLiteral(":a"), actionId).exec();
    }
    SqlQuery lead(db, QStringLiteral("INSERT INTO action_leads (action_id, lead_id, position) VALUES (:a, :l, :p)"));
    int position = 0;
    // One lead once, however it was spelt ("Café" composed and decomposed, any case).
    for (const QString& name : LeadName::normalisedList(leads))
        lead.bind(QStringLiteral(":a"), actionId)
            .bind(QStringLiteral(":l"), leadId(name))
            .bind(QStringLiteral(":p"), ++position)
            .exec();
}

void PlanWriter::writeLinks(qint64 actionId, const IndicatorLinks& links, bool replacing)
{
    const auto& db = m_database.connection();
    if (replacing) {
        SqlQuery remove(db, QStringLiteral("DELETE FROM action_indicators WHERE action_id = :a"));
        remove.bind(QStringLiteral(":a"), actionId).exec();
    }
    SqlQuery link(db, QStringLiteral("INSERT INTO action_indicators (action_id, indicator_id) VALUES (:a, :i)"));
    for (int number : links.numbers)
        link.bind(QStringLiteral(":a"), actionId).bind(QStringLiteral(":i"), indicatorId(number)).exec();
    for (const IndicatorRef& ref : links.others)
        link.bind(QStringLiteral(":a"), actionId).bind(QStringLiteral(":i"), indicatorId(ref)).exec();
}

void PlanWriter::writeTags(qint64 actionId, const QList<Tag>& tags, bool replacing)
{
    const auto& db = m_database.connection();
    if (replacing) {
        SqlQuery remove(db, QStringLiteral("DELETE FROM action_tags WHERE action_id = :a"));
        remove.bind(QStringLiteral(":a"), actionId).exec();
    }
    SqlQuery tag(db, QStringLiteral("INSERT INTO action_tags (action_id, tag_id, position) VALUES (:a, :t, :p)"));
    int position = 0;
    for (const Tag& t : tags)
        tag.bind(QStringLiteral(":a"), actionId)
            .bind(QStringLiteral(":t"), tagId(t))
            .bind(QStringLiteral(":p"), ++position)
            .exec();
}

qint64 PlanWriter::insertStatusUpdate(qint64 actionId, const StatusUpdate& update)
{
    SqlQuery q(m_database.connection(),
               QStringLiteral("INSERT INTO status_updates (action_id, recorded_at, author, "
                              "status, rag, note) VALUES (:action, :at, :author, :status, "
                              ":rag, :note)"),
               SqlQuery::Returning::Id);
    q.bind(QStringLiteral(":action"), actionId)
        .bindText(QStringLiteral(":at"), StoredValues::fromDateTime(update.recordedAt))
        .bindText(QStringLiteral(":author"), update.author)
        .bindText(QStringLiteral(":status"), statusCode(update.status))
        .bindText(QStringLiteral(":rag"), ragLetter(update.rag))
        .bindText(QStringLiteral(":note"), update.note)
        .exec();
    return q.lastInsertId();
}

} // namespace wres::core

namespace wres::core {

namespace {

// The plan a theme, objective or action belongs to; 0 when it is not (or no longer) in the file.
qint64 planOf(const QSqlDatabase& db, const QString& entity, qint64 id)
{
    QString sql;
    if (entity == u"plan")
        return id;
    if (entity == u"theme")
        sql = QStringLiteral("SELECT plan_id FROM themes WHERE id = :id");
    else if (entity == u"objective")
        sql = QStringLiteral("SELECT t.plan_id FROM objectives o JOIN themes t ON t.id = o.theme_id WHERE o.id = :id");
    else if (entity == u"action")
        sql = QStringLiteral("SELECT t.plan_id FROM actions a JOIN objectives o ON o.id = a.objective_id JOIN themes "
                             "t ON t.id = o.theme_id WHERE a.id = :id");
    else
        return 0;
    SqlQuery q(db, sql);
    q.bind(QStringLiteral(":id"), id).exec();
    return q.next() ? q.id(0) : 0;
}

} // namespace

void PlanWriter::insertAudit(const AuditEntry& entry)
{
    // One lookup per row written about: an edit writes up to ten lines about the same action.
    qint64 planId = entry.planId;
    if (!planId) {
        const QString key = entry.entity + QLatin1Char(':') + QString::number(entry.entityId);
        const auto known = m_auditPlans.constFind(key);
        planId =
            known != m_auditPlans.constEnd() ? *known : planOf(m_database.connection(), entry.entity, entry.entityId);
        m_auditPlans.insert(key, planId);
    }
    SqlQuery q(m_database.connection(),
               QStringLiteral("INSERT INTO audit_entries (recorded_at, author, entity, entity_id, "
                              "field, old_value, new_value, source, plan_id) VALUES (:at, :author, "
                              ":entity, :id, :field, :old, :new, :source, :plan)"));
    q.bindText(QStringLiteral(":at"), StoredValues::fromDateTime(entry.recordedAt))
        .bindText(QStringLiteral(":author"), entry.author)
        .bindText(QStringLiteral(":entity"), entry.entity)
        .bind(QStringLiteral(":id"), entry.entityId)
        .bindText(QStringLiteral(":field"), entry.field)
        .bindText(QStringLiteral(":old"), entry.oldValue)
        .bindText(QStringLiteral(":new"), entry.newValue)
        .bindText(QStringLiteral(":source"), entry.source)
        .bind(QStringLiteral(":plan"), planId ? QVariant(planId) : QVariant(QMetaType::fromType<qint64>()))
        .exec();
}

} // namespace wres::core
