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

// On a server, row-level security hides from an UPDATE the actions a lead does not lead: no row
// changes and no error. Told apart from a real conflict by the revision still being the one seen.
void refuseIfNotPermitted(const Database& database, qint64 actionId, int seenRevision)
{
    if (!database.isServer())
        return;
    SqlQuery q(database.connection(), QStringLiteral("SELECT revision FROM actions WHERE id = :id"));
    q.bind(QStringLiteral(":id"), actionId).exec();
    if (q.next() && q.value(0).toInt() == seenRevision)
        throw StoreError(StoreError::Kind::NotPermitted,
                         QCoreApplication::translate("wres", "The server did not permit a change to action %1: a "
                                                             "lead may record updates only on the actions they lead.")
                             .arg(actionId));
}

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
        refuseIfNotPermitted(m_database, actionId, revision);
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

namespace wres::core {

ActionData ActionStore::action(qint64 actionId) const
{
    const auto& db = m_database.connection();
    SqlQuery q(db, QStringLiteral("SELECT number, text, timescale, timescale_kind, due_date, status, rag, milestones, "
                                  "progress, indicator_scope, revision FROM actions WHERE id = :id"));
    q.bind(QStringLiteral(":id"), actionId).exec();
    if (!q.next())
        throw InvalidRequest(
            QCoreApplication::translate("wres", "There is no action with id %1 in this file.").arg(actionId));
    ActionData a;
    a.id = actionId;
    a.number = q.text(0);
    a.text = q.text(1);
    a.timescale = StoredValues::toTimescale(q.text(2), q.text(3), q.text(4));
    a.status = StoredValues::toStatus(q.text(5));
    a.rag = StoredValues::toRag(q.text(6));
    a.milestones = q.text(7);
    a.progress = q.text(8);
    a.indicators.scope = IndicatorLinks::scopeFromCode(q.text(9));
    a.revision = q.value(10).toInt();
    q.finish();
    SqlQuery leads(db, QStringLiteral("SELECT l.name FROM action_leads x JOIN leads l ON l.id = x.lead_id WHERE "
                                      "x.action_id = :id ORDER BY x.position"));
    leads.bind(QStringLiteral(":id"), actionId).exec();
    while (leads.next())
        a.leads << leads.text(0);
    SqlQuery indicators(db, QStringLiteral("SELECT i.number, f.code FROM action_indicators x") + LinkRows::join() +
                                QStringLiteral("WHERE x.action_id = :id"));
    indicators.bind(QStringLiteral(":id"), actionId).exec();
    while (indicators.next())
        LinkRows::add(a.indicators, indicators.text(1), indicators.value(0).toInt());
    LinkRows::sort(a.indicators);
    SqlQuery tags(db, QStringLiteral("SELECT g.kind, g.name FROM action_tags x JOIN tags g ON g.id = x.tag_id WHERE "
                                     "x.action_id = :id ORDER BY x.position"));
    tags.bind(QStringLiteral(":id"), actionId).exec();
    while (tags.next())
        a.tags << Tag{tags.text(0), tags.text(1)};
    return a;
}

int ActionStore::edit(qint64 actionId, const ActionData& edited, int expectedRevision, const QString& author,
                      const QString& source, const std::optional<UpdateRequest>& update)
{
    ActionData after = edited;
    after.leads = LeadName::normalisedList(after.leads); // "Café" in either Unicode form is one lead
    if (after.text.trimmed().isEmpty())
        throw InvalidRequest(
            QCoreApplication::translate("wres", "An action needs a description; the action text is empty."));
    const auto& db = m_database.connection();
    WriteTransaction transaction(m_database);
    const ActionData before = action(actionId);
    if (before.revision != expectedRevision)
        throw StoreError(StoreError::Kind::Conflict,
                         QCoreApplication::translate(
                             "wres", "Someone else changed this action since you opened it (revision %1, now %2); "
                                     "nothing was saved.")
                             .arg(expectedRevision)
                             .arg(before.revision));
    // What changed must fit a spreadsheet cell; a text kept from before that rule may stay as it is.
    const auto named = [&](const char* field) {
        return [this, actionId, field] {
            return QCoreApplication::translate("wres", "Action %1, %2")
                .arg(row(actionId).reference, QString::fromLatin1(field));
        };
    };
    if (after.number != before.number)
        TextInput::require(after.number, named("number"));
    if (after.text != before.text)
        TextInput::require(after.text, named("text"));
    if (after.timescale.text != before.timescale.text)
        TextInput::require(after.timescale.text, named("timescale"));
    if (after.milestones != before.milestones)
        TextInput::require(after.milestones, named("milestones"));
    if (after.progress != before.progress)
        TextInput::require(after.progress, named("progress"));
    if (after.leads != before.leads)
        TextInput::require(after.leads, named("leads"));
    if (after.tags != before.tags)
        for (const Tag& tag : after.tags)
            TextInput::require({tag.kind, tag.name}, named("tags"));
    if (update)
        TextInput::require(update->progress.value_or(QString()), named("progress"));
    if (!ServerRules::writesDirectly(m_database)) { // a lead on a server: status, RAG and progress, by the server
        int revision = 0;
        if (update) {
            // Any other field changed is refused as edit refuses it; then the update by the one rule.
            if (after.number != before.number || after.text != before.text ||
                after.timescale.text != before.timescale.text || after.milestones != before.milestones ||
                after.leads != before.leads || after.indicators != before.indicators || after.tags != before.tags) {
                ActionData fields = after;
                fields.status = before.status;
                fields.rag = before.rag;
                fields.progress = before.progress;
                ServerRules::edit(m_database, before, fields, expectedRevision, source); // refuses it
            }
            UpdateRequest request = *update;
            request.author = author;
            request.source = source;
            request.expectedRevision = expectedRevision;
            ServerRules::recordUpdate(m_database, actionId, request);
            revision = action(actionId).revision;
        } else {
            revision = ServerRules::edit(m_database, before, after, expectedRevision, source);
        }
        transaction.commit();
        return revision;
    }
    const QDateTime now = Clock::now();
    PlanWriter writer(m_database);
    auto audit = [&](const QString& field, const QString& from, const QString& to) {
        if (from != to)
            writer.insertAudit({now, author, QStringLiteral("action"), actionId, field, from, to, source});
    };
    const Timescale timescale = after.timescale.text == before.timescale.text
                                    ? before.timescale
                                    : TimescaleParser::parse(after.timescale.text.trimmed());
    // Only the columns that changed are written: on a server a lead may write status, RAG and
    // progress, and nothing else (column privileges).
    const bool numberChanged = after.number != before.number, textChanged = after.text != before.text,
               timescaleChanged = timescale != before.timescale,
               milestonesChanged = after.milestones != before.milestones,
               scopeChanged = after.indicators.scopeCode() != before.indicators.scopeCode(),
               leadsChanged = before.leads != after.leads, indicatorsChanged = before.indicators != after.indicators,
               tagsChanged = before.tags != after.tags;
    // Status, RAG and progress are history, recorded by the one rule every front end uses
    // (recordUpdate, below); it raises the revision, so the fields' write then leaves it be and a
    // save is one revision, whatever it changed.
    UpdateRequest request;
    if (update) {
        request = *update;
    } else {
        if (after.status != before.status)
            request.status = after.status;
        if (after.rag != before.rag)
            request.rag = after.rag;
        if (after.progress != before.progress)
            request.progress = after.progress;
    }
    const bool recording = request.status || request.rag || request.progress;
    int revision = expectedRevision;
    if (numberChanged || textChanged || timescaleChanged || milestonesChanged || scopeChanged || leadsChanged ||
        indicatorsChanged || tagsChanged) {
        QStringList sets;
        if (numberChanged)
            sets << QStringLiteral("number = :number");
        if (textChanged)
            sets << QStringLiteral("text = :text");
        if (timescaleChanged)
            sets << QStringLiteral("timescale = :timescale, timescale_kind = :kind, due_date = :due");
        if (milestonesChanged)
            sets << QStringLiteral("milestones = :milestones");
        if (scopeChanged)
            sets << QStringLiteral("indicator_scope = :scope");
        if (!recording)
            sets << QStringLiteral("revision = revision + 1");
        sets << QStringLiteral("updated_at = :now");
        SqlQuery change(db, QStringLiteral("UPDATE actions SET %1 WHERE id = :id AND revision = :seen")
                                .arg(sets.join(QStringLiteral(", "))));
        if (numberChanged)
            change.bindText(QStringLiteral(":number"), after.number);
        if (textChanged)
            change.bindText(QStringLiteral(":text"), after.text);
        if (timescaleChanged)
            change.bindText(QStringLiteral(":timescale"), timescale.text)
                .bindText(QStringLiteral(":kind"), timescaleKindCode(timescale.kind))
                .bindOptionalText(QStringLiteral(":due"), StoredValues::fromDate(timescale.due));
        if (milestonesChanged)
            change.bindText(QStringLiteral(":milestones"), after.milestones);
        if (scopeChanged)
            change.bindText(QStringLiteral(":scope"), after.indicators.scopeCode());
        change.bindText(QStringLiteral(":now"), StoredValues::fromDateTime(now))
            .bind(QStringLiteral(":id"), actionId)
            .bind(QStringLiteral(":seen"), expectedRevision)
            .exec();
        if (change.rowsAffected() != 1) {
            refuseIfNotPermitted(m_database, actionId, expectedRevision);
            throw StoreError(StoreError::Kind::Conflict,
                             QCoreApplication::translate("wres", "The action changed while it was being saved; "
                                                                 "nothing was saved."));
        }
        if (!recording)
            ++revision;
        if (leadsChanged) {
            SqlQuery remove(db, QStringLiteral("DELETE FROM action_leads WHERE action_id = :id"));
            remove.bind(QStringLiteral(":id"), actionId).exec();
            SqlQuery add(db,
                         QStringLiteral("INSERT INTO action_leads (action_id, lead_id, position) VALUES (:a, :l, :p)"));
            int position = 0;
            for (const QString& lead : after.leads)
                add.bind(QStringLiteral(":a"), actionId)
                    .bind(QStringLiteral(":l"), writer.leadId(lead))
                    .bind(QStringLiteral(":p"), ++position)
                    .exec();
        }
        if (indicatorsChanged) {
            SqlQuery remove(db, QStringLiteral("DELETE FROM action_indicators WHERE action_id = :id"));
            remove.bind(QStringLiteral(":id"), actionId).exec();
            SqlQuery add(db, QStringLiteral("INSERT INTO action_indicators (action_id, indicator_id) SELECT :a, i.id "
                                            "FROM indicators i JOIN frameworks f ON f.id = i.framework_id WHERE "
                                            "f.code = :f AND i.number = :n"));
            for (int number : after.indicators.numbers)
                add.bind(QStringLiteral(":a"), actionId)
                    .bindText(QStringLiteral(":f"), Framework::wres().code)
                    .bind(QStringLiteral(":n"), number)
                    .exec();
            for (const IndicatorRef& ref : after.indicators.others) {
                if (!Framework::lookup(ref.framework, ref.number))
                    throw InvalidRequest(QCoreApplication::translate("wres", "%1 has no measure numbered %2.")
                                             .arg(ref.framework)
                                             .arg(ref.number));
                add.bind(QStringLiteral(":a"), actionId)
                    .bindText(QStringLiteral(":f"), ref.framework)
                    .bind(QStringLiteral(":n"), ref.number)
                    .exec();
            }
        }
        if (tagsChanged) {
            SqlQuery remove(db, QStringLiteral("DELETE FROM action_tags WHERE action_id = :id"));
            remove.bind(QStringLiteral(":id"), actionId).exec();
            SqlQuery add(db,
                         QStringLiteral("INSERT INTO action_tags (action_id, tag_id, position) VALUES (:a, :t, :p)"));
            int position = 0;
            for (const Tag& tag : after.tags)
                add.bind(QStringLiteral(":a"), actionId)
                    .bind(QStringLiteral(":t"), writer.tagId(tag))
                    .bind(QStringLiteral(":p"), ++position)
                    .exec();
        }
        audit(QStringLiteral("number"), before.number, after.number);
        audit(QStringLiteral("text"), before.text, after.text);
        audit(QStringLiteral("leads"), before.leads.join(QStringLiteral("; ")), after.leads.join(QStringLiteral("; ")));
        audit(QStringLiteral("timescale"), before.timescale.text, timescale.text);
        audit(QStringLiteral("milestones"), before.milestones, after.milestones);
        audit(QStringLiteral("indicators"), before.indicators.toText(), after.indicators.toText());
        audit(QStringLiteral("tags"), tagsToText(before.tags), tagsToText(after.tags));
    }
    if (recording) {
        request.author = author;
        request.source = source;
        request.at = now;
        request.expectedRevision = revision;
        recordUpdate(actionId, request);
        ++revision;
    }
    transaction.commit();
    return revision;
}

} // namespace wres::core
