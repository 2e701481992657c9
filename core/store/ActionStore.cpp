#include "ActionStore.h"

#include "Database.h"
#include "LinkRows.h"
#include "PlanWriter.h"
#include "ServerRules.h"
#include "SqlQuery.h"
#include "StoreError.h"
#include "StoredValues.h"
#include "TextInput.h"
#include "domain/ActionReference.h"
#include "domain/Clock.h"
#include "domain/LeadName.h"
#include "framework/Framework.h"
#include "timescale/TimescaleParser.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <numeric>
#include <vector>

namespace wres::core {
namespace {

const QString kClosed = QStringLiteral("(a.status = 'complete' OR a.rag = 'B')");

} // namespace

QList<ActionRow> ActionStore::list(const ActionQuery& query) const
{
    const auto& db = m_database.connection();
    QStringList where;
    if (query.planId)
        where << QStringLiteral("t.plan_id = :plan");
    if (query.themeId)
        where << QStringLiteral("t.id = :theme");
    if (!query.lead.isEmpty())
        where << QStringLiteral("EXISTS (SELECT 1 FROM action_leads x JOIN leads l ON l.id = x.lead_id "
                                "WHERE x.action_id = a.id AND l.name_key = :lead)");
    if (query.status)
        where << QStringLiteral("a.status = :status");
    if (query.rag)
        where << QStringLiteral("a.rag = :rag");
    // The indicator asked for, with the headings above it and the measures under it (a link to WDES 4a
    // is found by asking for 4a(i), and the other way round).
    const Framework* linkFramework = &Framework::wres();
    QList<int> family;
    if (query.indicator) {
        if (!query.indicatorFramework.isEmpty())
            linkFramework = Framework::find(query.indicatorFramework);
        if (!linkFramework)
            throw InvalidRequest(QCoreApplication::translate("wres", "There is no framework called '%1'.")
                                     .arg(query.indicatorFramework));
        family = linkFramework->ancestors(*query.indicator) + linkFramework->descendants(*query.indicator);
        family.prepend(*query.indicator);
        QStringList in;
        for (qsizetype i = 0; i < family.size(); ++i)
            in << QStringLiteral(":n%1").arg(i);
        const QString numbers = QStringLiteral("i.number IN (") + in.join(QStringLiteral(", ")) + QLatin1Char(')');
        const QString inFramework = QStringLiteral("i.framework_id IN (SELECT g.id FROM frameworks g WHERE g.code = "
                                                   ":framework)");
        // "All" means every indicator of the plan's own framework (WRES), not another's.
        const bool own = linkFramework == &Framework::wres();
        // An action that lists no indicators of this framework is read against its theme's, as
        // published plans often give them per theme only.
        where << QStringLiteral("(") + (own ? QStringLiteral("a.indicator_scope = 'all' OR ") : QString()) +
                     QStringLiteral("EXISTS (SELECT 1 FROM action_indicators x JOIN indicators i ON i.id = "
                                    "x.indicator_id WHERE x.action_id = a.id AND ") +
                     inFramework + QStringLiteral(" AND ") + numbers +
                     QStringLiteral(") OR (a.indicator_scope = 'listed' AND NOT EXISTS (SELECT 1 FROM "
                                    "action_indicators x JOIN indicators i ON i.id = x.indicator_id WHERE x.action_id "
                                    "= a.id AND ") +
                     inFramework + QStringLiteral(") AND (") +
                     (own ? QStringLiteral("t.indicator_scope = 'all' OR ") : QString()) +
                     QStringLiteral("EXISTS (SELECT 1 FROM theme_indicators x JOIN indicators i ON i.id = "
                                    "x.indicator_id WHERE x.theme_id = t.id AND ") +
                     inFramework + QStringLiteral(" AND ") + numbers + QStringLiteral("))))");
    }
    if (query.overdueOnly)
        where << QStringLiteral("a.due_date < :today AND NOT ") + kClosed;
    if (query.dueWithinDays)
        where << QStringLiteral("a.due_date >= :today AND a.due_date <= :until AND NOT ") + kClosed;
    if (query.noUpdateForDays)
        where << QStringLiteral("(a.last_update_at IS NULL OR a.last_update_at < :since)");
    QString sql =
        QStringLiteral("SELECT a.id, t.plan_id, t.id, o.id, a.number, a.text, a.timescale, a.timescale_kind, "
                       "a.due_date, a.status, a.rag, a.indicator_scope, a.revision, a.last_update_at, a.created_at, "
                       "a.progress, a.milestones "
                       "FROM actions a JOIN objectives o ON o.id = a.objective_id "
                       "JOIN themes t ON t.id = o.theme_id");
    if (query.actionId)
        where << QStringLiteral("a.id = :action");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    // Read in index order (no sort of whole rows in SQL); plan order is restored below from the
    // small (plan, theme position, objective position) key.
    sql += QStringLiteral(" ORDER BY a.objective_id, a.position, a.id");

    SqlQuery q(db, sql);
    if (query.planId)
        q.bind(QStringLiteral(":plan"), *query.planId);
    if (query.themeId)
        q.bind(QStringLiteral(":theme"), *query.themeId);
    if (query.actionId)
        q.bind(QStringLiteral(":action"), *query.actionId);
    if (!query.lead.isEmpty())
        q.bindText(QStringLiteral(":lead"), StoredValues::leadKey(query.lead));
    if (query.status)
        q.bindText(QStringLiteral(":status"), statusCode(*query.status));
    if (query.rag)
        q.bindText(QStringLiteral(":rag"), ragLetter(*query.rag));
    if (query.indicator) {
        q.bindText(QStringLiteral(":framework"), linkFramework->code);
        for (qsizetype i = 0; i < family.size(); ++i)
            q.bind(QStringLiteral(":n%1").arg(i), family[i]);
    }
    if (query.overdueOnly || query.dueWithinDays)
        q.bindText(QStringLiteral(":today"), StoredValues::fromDate(query.today));
    if (query.dueWithinDays)
        q.bindText(QStringLiteral(":until"), StoredValues::fromDate(query.today.addDays(*query.dueWithinDays)));
    if (query.noUpdateForDays)
        q.bindText(QStringLiteral(":since"), StoredValues::fromDateTime(QDateTime(
                                                 query.today.addDays(-*query.noUpdateForDays), QTime(0, 0), Qt::UTC)));
    q.exec();

    QList<ActionRow> rows;
    while (q.next()) {
        ActionRow row;
        row.id = q.id(0);
        row.planId = q.id(1);
        row.themeId = q.id(2);
        row.objectiveId = q.id(3);
        row.number = q.text(4);
        row.text = q.text(5);
        row.timescale = StoredValues::toTimescale(q.text(6), q.text(7), q.text(8));
        row.status = StoredValues::toStatus(q.text(9));
        row.rag = StoredValues::toRag(q.text(10));
        row.indicators.scope = IndicatorLinks::scopeFromCode(q.text(11));
        row.revision = q.value(12).toInt();
        if (const QString last = q.text(13); !last.isEmpty())
            row.lastUpdate = StoredValues::toDateTime(last);
        row.createdAt = StoredValues::toDateTime(q.text(14));
        row.progress = q.text(15);
        row.milestones = q.text(16);
        rows.append(std::move(row));
    }
    q.finish();
    if (rows.isEmpty())
        return rows;
    // Where each objective sits, and the names rows show: a few hundred rows, read once.
    struct Place
    {
        qint64 plan = 0;
        int theme = 0;
        int objective = 0;
        auto operator<=>(const Place&) const = default;
    };
    struct Objective
    {
        Place place;
        QString theme;
        QString number;
        QString text;
    };
    QHash<qint64, Objective> objectives;
    SqlQuery names(db, QStringLiteral("SELECT o.id, t.plan_id, t.position, o.position, t.name, o.number, o.text "
                                      "FROM objectives o JOIN themes t ON t.id = o.theme_id"));
    names.exec();
    while (names.next())
        objectives.insert(names.id(0), Objective{{names.id(1), names.value(2).toInt(), names.value(3).toInt()},
                                                 names.text(4),
                                                 names.text(5),
                                                 names.text(6)});
    std::vector<Place> places;
    places.reserve(std::size_t(rows.size()));
    // Each theme's indicator links, for actions that list none of their own.
    QHash<qint64, IndicatorLinks> themeLinks;
    SqlQuery scopes(db, QStringLiteral("SELECT id, indicator_scope FROM themes"));
    scopes.exec();
    while (scopes.next())
        themeLinks[scopes.id(0)].scope = IndicatorLinks::scopeFromCode(scopes.text(1));
    SqlQuery themeNumbers(db, QStringLiteral("SELECT x.theme_id, i.number, f.code FROM theme_indicators x") +
                                  LinkRows::join() + QStringLiteral("ORDER BY x.theme_id, f.id, i.number"));
    themeNumbers.exec();
    while (themeNumbers.next())
        LinkRows::add(themeLinks[themeNumbers.id(0)], themeNumbers.text(2), themeNumbers.value(1).toInt());
    for (ActionRow& row : rows) {
        row.themeIndicators = themeLinks.value(row.themeId);
        const Objective& objective = objectives[row.objectiveId];
        row.theme = objective.theme;
        row.objectiveNumber = objective.number;
        row.objective = objective.text;
        places.push_back(objective.place);
    }
    std::vector<qsizetype> order(std::size_t(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return places[std::size_t(a)] < places[std::size_t(b)]; });
    QList<ActionRow> sorted;
    sorted.reserve(rows.size());
    QHash<qint64, qsizetype> index;
    index.reserve(rows.size());
    for (qsizetype i : order) {
        index.insert(rows[i].id, sorted.size());
        sorted.append(std::move(rows[i]));
    }
    rows = std::move(sorted);

    // Leads and indicator numbers in one pass each, whatever the number of rows (only the action's
    // own when one is asked for, so re-reading a changed row stays quick on a large plan).
    const QString oneAction = query.actionId ? QStringLiteral(" WHERE x.action_id = :action") : QString();
    SqlQuery leads(db,
                   QStringLiteral("SELECT x.action_id, l.name FROM action_leads x JOIN leads l ON l.id = x.lead_id") +
                       oneAction + QStringLiteral(" ORDER BY x.action_id, x.position"));
    if (query.actionId)
        leads.bind(QStringLiteral(":action"), *query.actionId);
    leads.exec();
    while (leads.next())
        if (const auto it = index.constFind(leads.id(0)); it != index.constEnd())
            rows[*it].leads << leads.text(1);
    SqlQuery indicators(db, QStringLiteral("SELECT x.action_id, i.number, f.code FROM action_indicators x") +
                                LinkRows::join() + oneAction + QStringLiteral(" ORDER BY x.action_id"));
    if (query.actionId)
        indicators.bind(QStringLiteral(":action"), *query.actionId);
    indicators.exec();
    while (indicators.next())
        if (const auto it = index.constFind(indicators.id(0)); it != index.constEnd())
            LinkRows::add(rows[*it].indicators, indicators.text(2), indicators.value(1).toInt());
    for (ActionRow& row : rows)
        if (row.indicators.numbers.size() + row.indicators.others.size() > 1)
            LinkRows::sort(row.indicators);

    if (!query.references)
        return rows;
    // References are decided over each whole plan, whatever the filter left: read every action's
    // numbers (small columns) in plan order.
    QHash<qint64, QList<ActionReference::Numbered>> numbered;
    {
        struct Entry
        {
            Place place;
            ActionReference::Numbered action;
        };
        std::vector<Entry> all;
        SqlQuery numbers(db, QStringLiteral("SELECT a.id, a.objective_id, a.number FROM actions a "
                                            "ORDER BY a.objective_id, a.position, a.id"));
        numbers.exec();
        while (numbers.next()) {
            const Objective& objective = objectives[numbers.id(1)];
            all.push_back({objective.place, {numbers.id(0), 0, 0, objective.number, numbers.text(2)}});
        }
        std::stable_sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) { return a.place < b.place; });
        // Places as counted in the plan (stored positions may have gaps after deletions).
        Place last{-1, -1, -1};
        int theme = 0, objective = 0;
        for (Entry& e : all) {
            if (e.place.plan != last.plan)
                theme = 0;
            if (e.place.plan != last.plan || e.place.theme != last.theme) {
                ++theme;
                objective = 0;
            }
            if (!(e.place == last))
                ++objective;
            last = e.place;
            e.action.theme = theme;
            e.action.objective = objective;
            numbered[e.place.plan] << e.action;
        }
    }
    QHash<qint64, QHash<qint64, QString>> references;
    for (ActionRow& row : rows) {
        auto it = references.find(row.planId);
        if (it == references.end())
            it = references.insert(row.planId, ActionReference::forPlan(numbered.value(row.planId)));
        row.reference = it->value(row.id);
    }
    return rows;
}

ActionRow ActionStore::row(qint64 actionId) const
{
    SqlQuery q(
        m_database.connection(),
        QStringLiteral("SELECT t.plan_id FROM actions a JOIN objectives o ON o.id = a.objective_id JOIN themes t "
                       "ON t.id = o.theme_id WHERE a.id = :id"));
    q.bind(QStringLiteral(":id"), actionId).exec();
    if (!q.next())
        throw InvalidRequest(
            QCoreApplication::translate("wres", "There is no action with id %1 in this file.").arg(actionId));
    ActionQuery query;
    query.planId = q.id(0);
    q.finish();
    for (const ActionRow& r : list(query))
        if (r.id == actionId)
            return r;
    throw InvalidRequest(
        QCoreApplication::translate("wres", "There is no action with id %1 in this file.").arg(actionId));
}

StatusUpdate ActionStore::recordUpdate(qint64 actionId, const UpdateRequest& request)
{
    if (!request.status && !request.rag && !request.progress)
        throw InvalidRequest(
            QCoreApplication::translate("wres", "Nothing to record: give a status, a RAG rating or a progress note."));
    const auto named = [&](const char* field) {
        return [this, actionId, field] {
            return QCoreApplication::translate("wres", "Action %1, %2")
                .arg(row(actionId).reference, QString::fromLatin1(field));
        };
    };
    TextInput::require(request.progress.value_or(QString()), named("progress"));
    TextInput::require(request.note.value_or(QString()), named("note"));
    TextInput::require(request.author, named("author"));
    const auto& db = m_database.connection();
    WriteTransaction transaction(m_database);
    SqlQuery current(db, QStringLiteral("SELECT status, rag, progress, revision FROM actions WHERE id = :id"));
    current.bind(QStringLiteral(":id"), actionId).exec();
    if (!current.next())
        throw InvalidRequest(
            QCoreApplication::translate("wres", "There is no action with id %1 in this file.").arg(actionId));
    const Status oldStatus = StoredValues::toStatus(current.text(0));
    const Rag oldRag = StoredValues::toRag(current.text(1));
    const QString oldProgress = current.text(2);
    const int revision = current.value(3).toInt();
    current.finish();
    if (request.expectedRevision && *request.expectedRevision != revision)
        throw StoreError(StoreError::Kind::Conflict,
                         QCoreApplication::translate("wres", "Action %1 has changed since it was read; nothing was "
                                                             "recorded. Look at it again.")
                             .arg(actionId));
    if (!ServerRules::writesDirectly(m_database)) { // a lead on a server: the server writes it all
        const StatusUpdate recorded = ServerRules::recordUpdate(m_database, actionId, request);
        transaction.commit();
        return recorded;
    }

    StatusUpdate update;
    update.actionId = actionId;
    update.recordedAt = request.at.toUTC();
    update.author = request.author;
    update.status = request.status.value_or(oldStatus);
    update.rag = request.rag.value_or(oldRag);
    update.note = request.note ? *request.note : request.progress.value_or(QString());
    const QString progress = request.progress.value_or(oldProgress);

    update.id = PlanWriter(m_database).insertStatusUpdate(actionId, update);

    SqlQuery change(
        db, QStringLiteral("UPDATE actions SET status = :status, rag = :rag, progress = :progress, "
                           "revision = revision + 1, updated_at = :at, last_update_at = CASE WHEN last_update_at IS "
                           "NULL OR last_update_at < :at THEN :at ELSE last_update_at END "
                           "WHERE id = :id AND revision = :seen"));
    change.bindText(QStringLiteral(":status"), statusCode(update.status))
        .bindText(QStringLiteral(":rag"), ragLetter(update.rag))
        .bindText(QStringLiteral(":progress"), progress)
        .bindText(QStringLiteral(":at"), StoredValues::fromDateTime(update.recordedAt))
        .bind(QStringLiteral(":id"), actionId)
        .bind(QStringLiteral(":seen"), revision)
        .exec();
    if (change.rowsAffected() != 1) {
        ServerRules::refuseIfNotPermitted(m_database, actionId, revision);
        throw StoreError(StoreError::Kind::Failed,
                         QCoreApplication::translate("wres", "The action changed while it was being updated; "
                                                             "nothing was recorded. Try again."));
    }
    PlanWriter writer(m_database);
    auto audit = [&](const QString& field, const QString& from, const QString& to) {
        writer.insertAudit(
            {request.at.toUTC(), request.author, QStringLiteral("action"), actionId, field, from, to, request.source});
    };
    if (update.status != oldStatus)
        audit(QStringLiteral("status"), statusLabel(oldStatus), statusLabel(update.status));
    if (update.rag != oldRag)
        audit(QStringLiteral("rag"), ragLetter(oldRag), ragLetter(update.rag));
    if (progress != oldProgress)
        audit(QStringLiteral("progress"), oldProgress, progress);
    audit(QStringLiteral("status_update"), {}, QString::number(update.id));
    transaction.commit();
    return update;
}

QList<StatusUpdate> ActionStore::updatesSince(qint64 planId, const QDateTime& since) const
{
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT x.id, x.action_id, x.recorded_at, x.author, x.status, x.rag, x.note FROM "
                              "status_updates x JOIN actions a ON a.id = x.action_id JOIN objectives o ON o.id = "
                              "a.objective_id JOIN themes t ON t.id = o.theme_id WHERE t.plan_id = :plan AND "
                              "x.recorded_at > :since ORDER BY x.recorded_at, x.id"));
    q.bind(QStringLiteral(":plan"), planId)
        .bindText(QStringLiteral(":since"), StoredValues::fromDateTime(since))
        .exec();
    QList<StatusUpdate> list;
    while (q.next())
        list << StoredValues::readStatusUpdate(q);
    return list;
}

QList<StatusUpdate> ActionStore::history(qint64 actionId) const
{
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT id, action_id, recorded_at, author, status, rag, note FROM "
                              "status_updates WHERE action_id = :id ORDER BY recorded_at, id"));
    q.bind(QStringLiteral(":id"), actionId).exec();
    QList<StatusUpdate> list;
    while (q.next())
        list << StoredValues::readStatusUpdate(q);
    return list;
}

} // namespace wres::core
