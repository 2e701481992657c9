#pragma once

#include "domain/Problem.h"
#include "domain/Rag.h"
#include "domain/Status.h"
#include "io/RequestWorkbook.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wres::core {

class Database;

// Taking the leads' answers back: a returned request workbook is reviewed against the plan as it
// is now (what would change, what conflicts, what is wrong), then its accepted answers are applied
// as status updates by the lead, one transaction per workbook.
namespace UpdateReturns {

// One answered row: the action as it was sent, as it is now, and the lead's answer.
struct Change
{
    qint64 actionId = 0;
    QString number; // as shown, "2.3"
    QString action; // the first line of its text
    int row = 0;    // in the workbook

    Status sentStatus = Status::None; // when the request was issued
    Rag sentRag = Rag::None;
    QString sentProgress;
    int sentRevision = 0;

    Status planStatus = Status::None; // in the plan now
    Rag planRag = Rag::None;
    QString planProgress;
    int planRevision = 0;
    QStringList changesSince; // what changed in the plan after the request: "Status: A → B (who, when)"

    std::optional<Status> status; // the answer; unset when left blank
    std::optional<Rag> rag;
    QString note;

    // The action changed in the plan after the request was issued: shown side by side, applied
    // only when someone accepts it knowingly.
    bool conflict = false;
    bool accepted = true; // what will be applied; conflicts start unaccepted

    Status newStatus() const { return status.value_or(planStatus); }
    Rag newRag() const { return rag.value_or(planRag); }
};

struct FileReview
{
    QString shownName; // the file as named in messages and the audit trail
    QString lead;
    qint64 planId = 0;
    RequestWorkbook::Returned returned;
    QList<Change> changes;
    Problems problems; // with any, nothing from this file may be applied
    int blankRows = 0;

    bool canApply() const { return problems.isEmpty(); }
    int acceptedCount() const;
    int conflictCount() const;
};

// Reads a returned workbook and compares it with the plan. The workbook must be one this file
// issued, unchanged: its hidden record signed with this file's key, its request on record here
// with the same lead and exactly the same actions, and not imported before; anything else is one
// problem ("this file was not issued by this plan, or its request was edited") and nothing of
// its answers is looked at. With planId set, a request of another plan is a problem; otherwise the
// plan is the one the request was issued for. Further problems (each naming the file, and the
// sheet and cell where there is one): everything RequestWorkbook::read finds (an answer on an
// action not in the request among them), an action no longer in the plan.
FileReview review(const Database& database, const QByteArray& bytes, const QString& shownName,
                  std::optional<qint64> planId = std::nullopt);

// The same for a workbook on disk; one that cannot be read is a problem naming it.
FileReview reviewFile(const Database& database, const QString& path, const QString& shownName,
                      std::optional<qint64> planId = std::nullopt);

// Records each accepted change as a status update by the lead, with "update returned in FILE" in
// the audit trail, and marks the request answered, all in one transaction. Refuses (nothing
// recorded) a file with problems, a change on an action the request did not ask about, a request
// answered already (InvalidRequest), and any action that changed after the review (StoreError
// Conflict).
// Returns the number of updates recorded.
int apply(const Database& database, const FileReview& review, const QDateTime& at = QDateTime::currentDateTimeUtc());

// "2.3 Deliver reverse mentoring: status In progress → Complete, RAG A → B, note "Done in May""
QString describe(const Change& change);
// The file's problems, a line each, then "2 problems in FILE; nothing from it was imported."
QString describeProblems(const FileReview& review);
// The side-by-side account of a conflict, a line each: sent, now, the changes since, the answer.
QString describeConflict(const Change& change);

// After an import: who answered (and how many updates were recorded from them) and which leads of
// the latest round of requests are still to answer.
struct Summary
{
    QList<std::pair<QString, int>> answered;
    QStringList outstanding;
    QString text() const;
};
Summary summarise(const Database& database, qint64 planId, const QList<std::pair<QString, int>>& answered);

} // namespace UpdateReturns
} // namespace wres::core
