#include "UpdateRequests.h"

#include "domain/ActionQuery.h"
#include "domain/LeadName.h"
#include "io/RequestWorkbook.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/RequestStore.h"
#include "store/ServerRoles.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QUuid>

namespace wres::core::UpdateRequests {
namespace {

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool wanted(const ActionRow& row, const Options& options)
{
    if (row.isClosed())
        return false;
    if (!options.dueWithinDays)
        return true;
    return row.timescale.kind == Timescale::Kind::Dated &&
           row.timescale.due <= options.today.addDays(*options.dueWithinDays);
}

} // namespace

QList<LeadRequest> gather(const Database& database, qint64 planId, const Options& options)
{
    const PlanInfo plan = PlanStore(database).plan(planId);
    ActionQuery query;
    query.planId = planId;
    query.today = options.today;
    const QList<ActionRow> rows = ActionStore(database).list(query);

    const QString onlyLead = options.lead.simplified();
    bool leadKnown = onlyLead.isEmpty();
    // By lead, in alphabetical order regardless of case; a lead's actions in plan order.
    QMap<QString, LeadRequest> byLead;
    for (const ActionRow& row : rows) {
        for (const QString& lead : row.leads) {
            if (!onlyLead.isEmpty() && !LeadName::same(lead, onlyLead))
                continue;
            leadKnown = true;
            if (!wanted(row, options))
                continue;
            LeadRequest& request = byLead[LeadName::key(lead) + QChar(0) + lead];
            request.lead = lead;
            RequestedAction action;
            action.id = row.id;
            action.number = row.reference;
            action.theme = row.theme;
            action.objective = row.objective;
            action.text = row.text;
            action.timescale = row.timescale.text;
            if (row.timescale.kind == Timescale::Kind::Dated)
                action.due = row.timescale.due;
            action.status = row.status;
            action.rag = row.rag;
            action.progress = row.progress;
            action.revision = row.revision;
            request.actions << action;
        }
    }
    if (!leadKnown)
        throw InvalidRequest(
            QCoreApplication::translate("wres", "No action of this plan is led by '%1'.").arg(onlyLead));

    const QString round = newUid();
    const QByteArray key = byLead.isEmpty() ? QByteArray() : RequestStore(database).keyForNewRound();
    QList<LeadRequest> requests;
    for (LeadRequest& request : byLead) {
        request.uid = newUid();
        request.roundUid = round;
        request.planUid = plan.uid;
        request.planTitle = plan.title;
        request.organisation = plan.organisation;
        request.issuedAt = options.now.toUTC();
        request.signingKey = key;
        requests << request;
    }
    return requests;
}

IssuedRequest issued(const LeadRequest& request, qint64 planId)
{
    IssuedRequest i;
    i.uid = request.uid;
    i.roundUid = request.roundUid;
    i.planId = planId;
    i.lead = request.lead;
    i.issuedAt = request.issuedAt;
    i.actionCount = int(request.actions.size());
    for (const RequestedAction& a : request.actions)
        i.actions << IssuedAction{a.id, a.revision};
    return i;
}

int actionCount(const QList<LeadRequest>& requests)
{
    int count = 0;
    for (const LeadRequest& r : requests)
        count += int(r.actions.size());
    return count;
}

void recordIssued(const Database& database, qint64 planId, const QList<LeadRequest>& requests)
{
    QList<IssuedRequest> all;
    for (const LeadRequest& r : requests)
        all << issued(r, planId);
    RequestStore(database).recordIssued(all, requests.isEmpty() ? QByteArray() : requests.front().signingKey);
}

void ensureMayIssue(const Database& database)
{
    if (database.isReadOnly())
        throw StoreError(StoreError::Kind::ReadOnly,
                         QCoreApplication::translate("wres", "%1 is read-only: requests are recorded in the plan file, "
                                                             "so none was written.")
                             .arg(QDir::toNativeSeparators(database.path())));
    if (ServerRoles::currentRole(database) != ServerRoles::Role::Admin)
        throw StoreError(StoreError::Kind::NotPermitted,
                         QCoreApplication::translate("wres", "Only an administrator of %1 may send update requests "
                                                             "(they are recorded in the plan); none was written.")
                             .arg(database.path()));
}

QString pendingAnswers(const Database& database, const QString& existingFile)
{
    if (!existingFile.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return {};
    const QString name = QFileInfo(existingFile).fileName();
    QFile file(existingFile);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("wres", "it cannot be read, so it is left as it is");
    const RequestWorkbook::Returned returned = RequestWorkbook::read(file.readAll(), name);
    if (returned.request.uid.isEmpty())
        return QCoreApplication::translate("wres", "it is not an update request written by WRES Tracker, so it is "
                                                   "left as it is; move it, or write the requests to another folder");
    const std::optional<IssuedRequest> issued = RequestStore(database).find(returned.request.uid);
    if (issued && issued->isReturned())
        return {}; // its answers are in the plan already
    if (returned.answers.isEmpty() && returned.problems.isEmpty())
        return {}; // still the request as sent
    return QCoreApplication::translate("wres", "it holds answers from %1 that have not been imported yet; import "
                                               "them (Plan > Import Updates, or import-updates --apply) or move the "
                                               "file, then write the requests again")
        .arg(returned.request.lead.isEmpty() ? QCoreApplication::translate("wres", "a lead") : returned.request.lead);
}

} // namespace wres::core::UpdateRequests
