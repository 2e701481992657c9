#include "PlanStore.h"

#include "AuditStore.h"
#include "Database.h"
#include "PlanWriter.h"
#include "SqlQuery.h"
#include "StoreError.h"
#include "StoredValues.h"

#include <QCoreApplication>
#include <QHash>

namespace wres::core {

namespace {

PlanInfo readPlanInfo(const SqlQuery& q)
{
    PlanInfo info;
    info.id = q.id(0);
    info.uid = q.text(1);
    info.organisation = q.text(2);
    info.title = q.text(3);
    info.period = q.text(4);
    info.framework = q.text(5);
    info.createdAt = StoredValues::toDateTime(q.text(6));
    return info;
}

const QString kPlanColumns = QStringLiteral("SELECT p.id, p.uid, p.organisation, p.title, p.period, f.code, "
                                            "p.created_at FROM plans p JOIN frameworks f ON f.id = p.framework_id ");

} // namespace

QList<PlanInfo> PlanStore::plans() const
{
    SqlQuery q(m_database.connection(), kPlanColumns + QStringLiteral("ORDER BY p.id"));
    q.exec();
    QList<PlanInfo> list;
    while (q.next())
        list << readPlanInfo(q);
    return list;
}

PlanInfo PlanStore::plan(qint64 planId) const
{
    SqlQuery q(m_database.connection(), kPlanColumns + QStringLiteral("WHERE p.id = :id"));
    q.bind(QStringLiteral(":id"), planId).exec();
    if (!q.next())
        throw InvalidRequest(QCoreApplication::translate("wres", "There is no plan %1 in this file.").arg(planId));
    return readPlanInfo(q);
}

PlanInfo PlanStore::choosePlan(std::optional<qint64> planId) const
{
    if (planId)
        return plan(*planId);
    const QList<PlanInfo> all = plans();
    if (all.isEmpty())
        throw InvalidRequest(QCoreApplication::translate("wres", "The file holds no plan yet; import one first."));
    if (all.size() > 1) {
        QStringList names;
        for (const PlanInfo& info : all)
            names << QStringLiteral("%1: %2").arg(info.id).arg(info.title);
        throw InvalidRequest(
            QCoreApplication::translate("wres", "The file holds %1 plans; choose one with --plan (%2).")
                .arg(all.size())
                .arg(names.join(QStringLiteral(", "))));
    }
    return all.front();
}

qint64 PlanStore::addPlan(const PlanData& plan)
{
    WriteTransaction transaction(m_database);
    const qint64 id = PlanWriter(m_database).insertPlan(plan);
    transaction.commit();
    return id;
}

qint64 PlanStore::importPlan(const PlanData& plan, const QString& shownFile, const QString& author)
{
    WriteTransaction transaction(m_database);
    PlanWriter writer(m_database);
    writer.importFrom(shownFile, author);
    const qint64 id = writer.insertPlan(plan);
    transaction.commit();
    return id;
}

PlanData PlanStore::outline(qint64 planId) const
{
    const auto& db = m_database.connection();
    PlanData data;
    data.info = plan(planId);
    QHash<qint64, qsizetype> themeIndex;
    SqlQuery themes(db, QStringLiteral("SELECT id, name, indicator_scope FROM themes WHERE plan_id = :plan "
                                       "ORDER BY position, id"));
    themes.bind(QStringLiteral(":plan"), planId).exec();
    while (themes.next()) {
        ThemeData theme;
        theme.id = themes.id(0);
        theme.name = themes.text(1);
        theme.indicators.scope = IndicatorLinks::scopeFromCode(themes.text(2));
        themeIndex.insert(theme.id, data.themes.size());
        data.themes << theme;
    }
    SqlQuery objectives(db, QStringLiteral("SELECT o.id, o.theme_id, o.number, o.text FROM objectives o JOIN themes t "
                                           "ON t.id = o.theme_id WHERE t.plan_id = :plan ORDER BY o.position, o.id"));
    objectives.bind(QStringLiteral(":plan"), planId).exec();
    while (objectives.next())
        data.themes[themeIndex.value(objectives.id(1))].objectives
            << ObjectiveData{objectives.id(0), objectives.text(2), objectives.text(3), {}};
    SqlQuery themeIndicators(db, QStringLiteral("SELECT x.theme_id, i.number FROM theme_indicators x JOIN indicators i "
                                                "ON i.id = x.indicator_id JOIN themes t ON t.id = x.theme_id "
                                                "WHERE t.plan_id = :plan ORDER BY x.theme_id, i.number"));
    themeIndicators.bind(QStringLiteral(":plan"), planId).exec();
    while (themeIndicators.next())
        data.themes[themeIndex.value(themeIndicators.id(0))].indicators.numbers << themeIndicators.value(1).toInt();
    SqlQuery themeTags(db, QStringLiteral("SELECT x.theme_id, g.kind, g.name FROM theme_tags x JOIN tags g ON g.id = "
                                          "x.tag_id JOIN themes t ON t.id = x.theme_id WHERE t.plan_id = :plan "
                                          "ORDER BY x.theme_id, x.position"));
    themeTags.bind(QStringLiteral(":plan"), planId).exec();
    while (themeTags.next())
        data.themes[themeIndex.value(themeTags.id(0))].tags << Tag{themeTags.text(1), themeTags.text(2)};
    return data;
}

PlanData PlanStore::load(qint64 planId, bool withHistory) const
{
    const auto& db = m_database.connection();
    PlanData data = outline(planId); // themes with their links and tags, and objectives
    QHash<qint64, std::pair<qsizetype, qsizetype>> objectiveIndex;
    QHash<qint64, ActionData*> actionById;
    for (qsizetype t = 0; t < data.themes.size(); ++t)
        for (qsizetype o = 0; o < data.themes[t].objectives.size(); ++o)
            objectiveIndex.insert(data.themes[t].objectives[o].id, {t, o});
    SqlQuery actions(db, QStringLiteral("SELECT a.id, a.objective_id, a.number, a.text, a.timescale, a.timescale_kind, "
                                        "a.due_date, a.status, a.rag, a.milestones, a.progress, a.indicator_scope, "
                                        "a.revision FROM actions a JOIN objectives o ON o.id = a.objective_id "
                                        "JOIN themes t ON t.id = o.theme_id WHERE t.plan_id = :plan "
                                        "ORDER BY a.position, a.id"));
    actions.bind(QStringLiteral(":plan"), planId).exec();
    while (actions.next()) {
        const auto [t, o] = objectiveIndex.value(actions.id(1));
        ActionData action;
        action.id = actions.id(0);
        action.number = actions.text(2);
        action.text = actions.text(3);
        action.timescale = StoredValues::toTimescale(actions.text(4), actions.text(5), actions.text(6));
        action.status = StoredValues::toStatus(actions.text(7));
        action.rag = StoredValues::toRag(actions.text(8));
        action.milestones = actions.text(9);
        action.progress = actions.text(10);
        action.indicators.scope = IndicatorLinks::scopeFromCode(actions.text(11));
        action.revision = actions.value(12).toInt();
        data.themes[t].objectives[o].actions << action;
    }
    // Pointers are taken once every list has its final size.
    for (ThemeData& theme : data.themes)
        for (ObjectiveData& objective : theme.objectives)
            for (ActionData& action : objective.actions)
                actionById.insert(action.id, &action);

    const QString planFilter =
        QStringLiteral(" JOIN actions a ON a.id = x.action_id JOIN objectives o ON o.id = "
                       "a.objective_id JOIN themes t ON t.id = o.theme_id WHERE t.plan_id = :plan ");
    SqlQuery leads(db,
                   QStringLiteral("SELECT x.action_id, l.name FROM action_leads x JOIN leads l ON l.id = x.lead_id") +
                       planFilter + QStringLiteral("ORDER BY x.action_id, x.position"));
    leads.bind(QStringLiteral(":plan"), planId).exec();
    while (leads.next())
        actionById.value(leads.id(0))->leads << leads.text(1);
    SqlQuery indicators(db, QStringLiteral("SELECT x.action_id, i.number FROM action_indicators x JOIN indicators i ON "
                                           "i.id = x.indicator_id") +
                                planFilter + QStringLiteral("ORDER BY x.action_id, i.number"));
    indicators.bind(QStringLiteral(":plan"), planId).exec();
    while (indicators.next())
        actionById.value(indicators.id(0))->indicators.numbers << indicators.value(1).toInt();
    SqlQuery tags(
        db, QStringLiteral("SELECT x.action_id, g.kind, g.name FROM action_tags x JOIN tags g ON g.id = x.tag_id") +
                planFilter + QStringLiteral("ORDER BY x.action_id, x.position"));
    tags.bind(QStringLiteral(":plan"), planId).exec();
    while (tags.next())
        actionById.value(tags.id(0))->tags << Tag{tags.text(1), tags.text(2)};

    if (withHistory) {
        SqlQuery updates(db,
                         QStringLiteral("SELECT x.id, x.action_id, x.recorded_at, x.author, x.status, x.rag, x.note "
                                        "FROM status_updates x") +
                             planFilter + QStringLiteral("ORDER BY x.recorded_at, x.id"));
        updates.bind(QStringLiteral(":plan"), planId).exec();
        while (updates.next())
            actionById.value(updates.id(1))->updates << StoredValues::readStatusUpdate(updates);
        AuditQuery everything;
        everything.planId = planId;
        for (const AuditRecord& record : AuditStore(m_database).list(everything))
            data.audit << record.entry;
    }
    return data;
}

Indicators PlanStore::indicators(const QString& framework) const
{
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT i.number, i.short_title, i.definition, i.kind, i.numerator_group, i.better "
                              "FROM indicators i JOIN frameworks f ON f.id = i.framework_id WHERE f.code = :code "
                              "ORDER BY i.number"));
    q.bindText(QStringLiteral(":code"), framework).exec();
    Indicators list;
    while (q.next()) {
        Indicator indicator;
        indicator.framework = framework;
        indicator.number = q.value(0).toInt();
        indicator.shortTitle = q.text(1);
        indicator.definition = q.text(2);
        indicator.kind = indicatorKindFromCode(q.text(3));
        indicator.numeratorGroup = q.text(4);
        indicator.better = betterFromCode(q.text(5));
        list << indicator;
    }
    return list;
}

QStringList PlanStore::leads(std::optional<qint64> planId) const
{
    QString sql = QStringLiteral("SELECT DISTINCT l.name, l.name_key FROM leads l");
    if (planId)
        sql += QStringLiteral(" JOIN action_leads x ON x.lead_id = l.id JOIN actions a ON a.id = x.action_id "
                              "JOIN objectives o ON o.id = a.objective_id JOIN themes t ON t.id = o.theme_id "
                              "WHERE t.plan_id = :plan");
    sql += QStringLiteral(" ORDER BY l.name_key");
    SqlQuery q(m_database.connection(), sql);
    if (planId)
        q.bind(QStringLiteral(":plan"), *planId);
    q.exec();
    QStringList names;
    while (q.next())
        names << q.text(0);
    return names;
}

} // namespace wres::core
