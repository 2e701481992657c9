// ActionStore: one action read whole, and an edited action saved (its own file: the listing and
// the status updates are ActionStore.cpp).
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
            ServerRules::refuseIfNotPermitted(m_database, actionId, expectedRevision);
            throw StoreError(StoreError::Kind::Conflict,
                             QCoreApplication::translate("wres", "The action changed while it was being saved; "
                                                                 "nothing was saved."));
        }
        if (!recording)
            ++revision;
        if (leadsChanged)
            writer.writeLeads(actionId, after.leads, true);
        if (indicatorsChanged)
            writer.writeLinks(actionId, after.indicators, true);
        if (tagsChanged)
            writer.writeTags(actionId, after.tags, true);
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
