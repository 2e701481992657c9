#include "UpdateReturns.h"

#include "domain/Counted.h"
#include "store/ActionStore.h"
#include "store/AuditStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/RequestStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

namespace wres::core::UpdateReturns {
namespace {

QString when(const QDateTime& at)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(at.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
}

QString shownStatus(Status s)
{
    return s == Status::None ? QCoreApplication::translate("wres", "(none)") : statusLabel(s);
}

QString shownRag(Rag r)
{
    return r == Rag::None ? QCoreApplication::translate("wres", "(none)") : ragLetter(r);
}

QString quoted(const QString& text)
{
    QString t = text.simplified();
    if (t.size() > 200)
        t = t.left(199) + QChar(0x2026);
    return QStringLiteral("\u201c%1\u201d").arg(t);
}

// What changed in the plan after the request: the action's audit lines since, a line each.
QStringList changesSince(const Database& database, qint64 planId, qint64 actionId, const QDateTime& since)
{
    AuditQuery query;
    query.planId = planId;
    query.entity = QStringLiteral("action");
    query.entityId = actionId;
    query.since = since;
    QStringList lines;
    for (const AuditRecord& r : AuditStore(database).list(query)) {
        if (r.entry.field == u"status_update")
            continue; // the fields it changed have their own lines
        const auto value = [](const QString& text) {
            const QString shown = text.simplified();
            return shown.isEmpty()     ? QCoreApplication::translate("wres", "(none)")
                   : shown.size() > 80 ? shown.left(79) + QChar(0x2026)
                                       : shown;
        };
        const QString field =
            r.entry.field == u"rag" ? QStringLiteral("RAG") : r.entry.field.left(1).toUpper() + r.entry.field.mid(1);
        lines << QCoreApplication::translate("wres", "%1: %2 → %3 (%4, %5)")
                     .arg(field, value(r.entry.oldValue), value(r.entry.newValue), r.entry.author,
                          when(r.entry.recordedAt));
    }
    return lines;
}

} // namespace

int FileReview::acceptedCount() const
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [](const Change& c) { return c.accepted; }));
}

int FileReview::conflictCount() const
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [](const Change& c) { return c.conflict; }));
}

FileReview review(const Database& database, const QByteArray& bytes, const QString& shownName,
                  std::optional<qint64> planId)
{
    FileReview result;
    result.shownName = shownName;
    result.returned = RequestWorkbook::read(bytes, shownName);
    const RequestWorkbook::Returned& returned = result.returned;
    result.lead = returned.request.lead;
    result.blankRows = returned.blankRows;
    if (!returned.problems.isEmpty() && returned.request.uid.isEmpty()) {
        result.problems = returned.problems; // not a request at all, or over a limit: nothing more to say
        return result;
    }
    // Nothing in a record that fails these checks can be trusted, its answers' problems included:
    // one problem, and nothing from the file.
    const auto refuse = [&](const QString& place, const QString& message) {
        result.problems = {Problem::at(shownName, place, message)};
        return result;
    };
    const QString notIssued = QCoreApplication::translate(
        "wres", "this file was not issued by this plan, or its request was edited; its answers cannot be trusted "
                "and nothing from it can be imported. Ask the lead to send back the file exactly as it was sent "
                "to them, or send them a new request");

    // Issued by this plan file, unchanged: the record carries the signature of this file's key.
    if (returned.format < 2)
        return refuse(returned.signaturePlace,
                      QCoreApplication::translate("wres", "this request was made by an older WRES Tracker, before "
                                                          "requests were signed, so its answers cannot be checked "
                                                          "against what the plan asked; send %1 a new request "
                                                          "(Plan ▸ Request Updates) and import that")
                          .arg(returned.request.lead.left(80)));
    const RequestStore requests(database);
    if (!returned.signedWith(requests.signingKey()))
        return refuse(returned.signaturePlace, notIssued);
    // And on record here, with the same lead and exactly the same actions.
    const std::optional<IssuedRequest> issued = requests.find(returned.request.uid);
    if (!issued)
        return refuse(returned.signaturePlace,
                      QCoreApplication::translate("wres", "this request is not on record in this plan file: it was "
                                                          "issued from a copy of the file, or before a backup was "
                                                          "restored; import it into the file that issued it, or "
                                                          "send %1 a new request")
                          .arg(returned.request.lead.left(80)));
    QList<IssuedAction> recorded;
    for (const UpdateRequests::RequestedAction& a : returned.request.actions)
        recorded << IssuedAction{a.id, a.revision};
    if (issued->lead != returned.request.lead || issued->actions != recorded)
        return refuse(returned.signaturePlace, notIssued);

    // The plan it was sent from.
    std::optional<PlanInfo> plan;
    for (const PlanInfo& p : PlanStore(database).plans())
        if (p.id == issued->planId && p.uid == returned.request.planUid)
            plan = p;
    if (!plan)
        return refuse(returned.planPlace, notIssued);
    if (planId && plan->id != *planId)
        return refuse(returned.planPlace,
                      QCoreApplication::translate("wres", "this request was sent from another plan (\"%1\"), not "
                                                          "from \"%2\"; import it into that plan")
                          .arg(plan->title, PlanStore(database).plan(*planId).title));
    result.planId = plan->id;
    if (issued->isReturned())
        return refuse({}, QCoreApplication::translate("wres", "these answers were imported already, on %1 from %2; "
                                                              "nothing is imported twice")
                              .arg(when(issued->returnedAt), issued->returnedFile));
    result.problems = returned.problems;

    QHash<qint64, const UpdateRequests::RequestedAction*> sent;
    for (const UpdateRequests::RequestedAction& a : returned.request.actions)
        sent.insert(a.id, &a);
    // The plan's actions as they are now, read once (not once per answer).
    QHash<qint64, ActionRow> current;
    if (!returned.answers.isEmpty()) {
        ActionQuery query;
        query.planId = plan->id;
        for (ActionRow& row : ActionStore(database).list(query))
            current.insert(row.id, std::move(row));
    }
    for (const RequestWorkbook::Answer& answer : returned.answers) {
        const auto found = current.constFind(answer.actionId);
        const ActionRow* row = found == current.cend() ? nullptr : &*found;
        if (!row) {
            result.problems << Problem::at(
                shownName, returned.place(returned.idColumn, answer.row),
                QCoreApplication::translate("wres", "action %1 is not in the plan (deleted since the request?)")
                    .arg(answer.actionId));
            continue;
        }
        const UpdateRequests::RequestedAction& was = *sent.value(answer.actionId);
        Change c;
        c.actionId = row->id;
        c.number = row->reference;
        c.action = row->text.section(QLatin1Char('\n'), 0, 0).simplified();
        c.row = answer.row;
        c.sentStatus = was.status;
        c.sentRag = was.rag;
        c.sentProgress = was.progress;
        c.sentRevision = was.revision;
        c.planStatus = row->status;
        c.planRag = row->rag;
        c.planProgress = row->progress;
        c.planRevision = row->revision;
        c.status = answer.status;
        c.rag = answer.rag;
        c.note = answer.note;
        c.conflict = row->revision != was.revision;
        c.accepted = !c.conflict;
        if (c.conflict)
            c.changesSince = changesSince(database, plan->id, row->id, returned.request.issuedAt);
        result.changes << c;
    }
    return result;
}

FileReview reviewFile(const Database& database, const QString& path, const QString& shownName,
                      std::optional<qint64> planId)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        return review(database, file.readAll(), shownName, planId);
    FileReview unreadable;
    unreadable.shownName = shownName;
    unreadable.problems << Problem::at(
        shownName, {},
        QCoreApplication::translate("wres", "cannot be read: %1")
            .arg(file.exists() ? file.errorString() : QCoreApplication::translate("wres", "there is no such file")));
    return unreadable;
}

int apply(const Database& database, const FileReview& review, const QDateTime& at)
{
    if (!review.canApply())
        throw InvalidRequest(
            QCoreApplication::translate("wres", "%1 has problems; nothing from it was applied.").arg(review.shownName));
    WriteTransaction transaction(database);
    // Only actions the plan asked this lead about, whatever the review holds.
    const std::optional<IssuedRequest> issued = RequestStore(database).find(review.returned.request.uid);
    const auto asked = [&](qint64 actionId) {
        return issued && std::any_of(issued->actions.cbegin(), issued->actions.cend(),
                                     [&](const IssuedAction& a) { return a.actionId == actionId; });
    };
    ActionStore actions(database);
    int applied = 0;
    for (const Change& c : review.changes) {
        if (!c.accepted)
            continue;
        if (!asked(c.actionId))
            throw InvalidRequest(QCoreApplication::translate("wres", "Action %1 was not in the request %2 answers; "
                                                                     "nothing from it was recorded.")
                                     .arg(c.actionId)
                                     .arg(review.shownName));
        UpdateRequest request;
        request.status = c.status;
        request.rag = c.rag;
        if (!c.note.isEmpty())
            request.progress = c.note;
        if (!request.status && !request.rag && !request.progress)
            continue;
        request.author = review.lead;
        request.source = QCoreApplication::translate("wres", "update returned in %1").arg(review.shownName);
        request.at = at;
        // A conflict accepted is applied over what the reviewer saw; anything else only over what
        // the lead saw.
        request.expectedRevision = c.conflict ? c.planRevision : c.sentRevision;
        actions.recordUpdate(c.actionId, request);
        ++applied;
    }
    RequestStore(database).recordReturned(review.returned.request.uid, review.shownName, applied, at);
    transaction.commit();
    return applied;
}

QString describe(const Change& c)
{
    QStringList parts;
    if (c.status)
        parts << QCoreApplication::translate("wres", "status %1 → %2")
                     .arg(shownStatus(c.planStatus), shownStatus(*c.status));
    if (c.rag)
        parts << QCoreApplication::translate("wres", "RAG %1 → %2").arg(shownRag(c.planRag), shownRag(*c.rag));
    if (!c.note.isEmpty())
        parts << QCoreApplication::translate("wres", "note %1").arg(quoted(c.note));
    QString action = c.action.simplified();
    if (action.size() > 60)
        action = action.left(59).trimmed() + QChar(0x2026);
    return QStringLiteral("%1 %2: %3").arg(c.number, quoted(action), parts.join(QStringLiteral(", ")));
}

QString describeProblems(const FileReview& review)
{
    QString text;
    for (const Problem& p : review.problems)
        text += p.toString() + QLatin1Char('\n');
    return text + counted(review.problems.size(),
                          QCoreApplication::translate("wres", "%1 problem in %2; nothing from it was imported."),
                          QCoreApplication::translate("wres", "%1 problems in %2; nothing from it was imported."))
                      .arg(review.shownName);
}

QString describeConflict(const Change& c)
{
    QStringList lines;
    lines << QCoreApplication::translate("wres", "when the request was sent: %1, RAG %2, progress %3")
                 .arg(shownStatus(c.sentStatus), shownRag(c.sentRag), quoted(c.sentProgress));
    lines << QCoreApplication::translate("wres", "in the plan now:           %1, RAG %2, progress %3")
                 .arg(shownStatus(c.planStatus), shownRag(c.planRag), quoted(c.planProgress));
    for (const QString& change : c.changesSince)
        lines << QCoreApplication::translate("wres", "  changed since: %1").arg(change);
    lines << QCoreApplication::translate("wres", "the lead's answer:         %1, RAG %2, note %3")
                 .arg(c.status ? shownStatus(*c.status) : QCoreApplication::translate("wres", "(unchanged)"),
                      c.rag ? shownRag(*c.rag) : QCoreApplication::translate("wres", "(unchanged)"), quoted(c.note));
    return lines.join(QLatin1Char('\n'));
}

Summary summarise(const Database& database, qint64 planId, const QList<std::pair<QString, int>>& answered)
{
    Summary s;
    s.answered = answered;
    for (const IssuedRequest& r : RequestStore(database).latestRound(planId))
        if (!r.isReturned())
            s.outstanding << r.lead;
    return s;
}

QString Summary::text() const
{
    QStringList lines;
    int total = 0;
    QStringList who;
    for (const auto& [lead, count] : answered) {
        total += count;
        who << counted(count, QCoreApplication::translate("wres", "%2 (%1 update)"),
                       QCoreApplication::translate("wres", "%2 (%1 updates)"))
                   .arg(lead);
    }
    lines << (who.isEmpty() ? QCoreApplication::translate("wres", "No answers were imported.")
                            : QCoreApplication::translate("wres", "Answered: %1.").arg(who.join(QStringLiteral("; "))));
    lines << counted(total, QCoreApplication::translate("wres", "%1 update recorded."),
                     QCoreApplication::translate("wres", "%1 updates recorded."));
    lines << (outstanding.isEmpty()
                  ? QCoreApplication::translate("wres", "Every lead asked in the latest round has answered.")
                  : QCoreApplication::translate("wres", "Still to answer (%1): %2.")
                        .arg(outstanding.size())
                        .arg(outstanding.join(QStringLiteral(", "))));
    return lines.join(QLatin1Char('\n'));
}

} // namespace wres::core::UpdateReturns
