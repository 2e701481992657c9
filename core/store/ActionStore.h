#pragma once

#include "domain/ActionQuery.h"
#include "domain/ActionRow.h"
#include "domain/PlanData.h"

#include <QList>

#include <optional>

namespace wres::core {

class Database;

// What a status update changes. Unset fields keep the action's current value.
struct UpdateRequest
{
    std::optional<Status> status;
    std::optional<Rag> rag;
    std::optional<QString> progress; // becomes the action's progress and the update's note
    // What the history says instead, when it is not the progress: an undo's step back says what it
    // took back while the progress returns to the earlier note.
    std::optional<QString> note;
    QString author;
    QString source = QStringLiteral("command line"); // where the change came from, for the audit log
    QDateTime at = QDateTime::currentDateTimeUtc();
    // When set, the update is refused (StoreError Conflict) unless the action is still at this
    // revision: the caller decided on what it saw then.
    std::optional<int> expectedRevision;
};

// Actions as rows: listing with filters, status updates and their history. Recording a status update
// has one rule for every front end (the window, the command line, returned workbooks): recordUpdate.
class ActionStore
{
public:
    explicit ActionStore(const Database& database) : m_database(database) {}

    // Actions matching every set field of the query, in plan order (theme, objective, action).
    QList<ActionRow> list(const ActionQuery& query) const;
    // Throws InvalidRequest when there is no such action.
    ActionRow row(qint64 actionId) const;
    // Records a status update and applies it to the action in one transaction: a history row (always,
    // even when the note repeats the last one), the action's new status/RAG/progress with its revision
    // raised, and an audit entry per changed field. Throws InvalidRequest for an unknown action or an
    // empty request. On a server, a login that is not an admin records through the server
    // (ServerRules), which takes its own time and the login as the time and author of the history row
    // and audit lines, whatever the request says (and the note is the progress there).
    StatusUpdate recordUpdate(qint64 actionId, const UpdateRequest& request);
    // Oldest first.
    QList<StatusUpdate> history(qint64 actionId) const;
    // One action with its leads, indicator links, tags and revision (no history). Throws InvalidRequest.
    ActionData action(qint64 actionId) const;
    // Saves an edited action in one transaction: every changed field gets an audit line and the
    // revision rises. Status, RAG and progress are history: with an update given, it is recorded
    // through recordUpdate (and after's status, RAG and progress are not read); without one, a
    // changed status, RAG or progress in after is recorded so. Throws StoreError Conflict when the
    // action's revision is no longer expectedRevision (someone else saved it meanwhile),
    // InvalidRequest for an empty text; nothing is saved then. Returns the new revision.
    // On a server, a login that is not an admin may change only status, RAG and progress (through
    // ServerRules, as recordUpdate; NotPermitted otherwise).
    int edit(qint64 actionId, const ActionData& after, int expectedRevision, const QString& author,
             const QString& source, const std::optional<UpdateRequest>& update = std::nullopt);
    // The plan's status updates recorded after a moment, oldest first.
    QList<StatusUpdate> updatesSince(qint64 planId, const QDateTime& since) const;

private:
    const Database& m_database;
};

} // namespace wres::core
