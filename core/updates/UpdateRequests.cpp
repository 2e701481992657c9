#include "UpdateRequests.h"

#include "domain/ActionQuery.h"
#include "store/ActionStore.h"
#include "store/PlanStore.h"
#include "store/RequestStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
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
            if (!onlyLead.isEmpty() && lead.compare(onlyLead, Qt::CaseInsensitive) != 0)
                continue;
            leadKnown = true;
            if (!wanted(row, options))
                continue;
            LeadRequest& request = byLead[lead.toLower() + QChar(0) + lead];
            request.lead = lead;
            RequestedAction action;
            action.id = row.id;
            action.number = row.displayNumber();
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
    const QByteArray key = byLead.isEmpty() ? QByteArray() : RequestStore(database).makeSigningKey();
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
    RequestStore(database).recordIssued(all);
}

QStringList fileNames(const QList<LeadRequest>& requests, const QString& suffix)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QStringList names;
    QSet<QString> taken;
    for (const LeadRequest& r : requests) {
        QString base = QString(r.lead).replace(unsafe, QStringLiteral("-")).simplified();
        while (base.endsWith(QLatin1Char('.')))
            base.chop(1); // Windows drops trailing dots
        if (base.isEmpty() || base.startsWith(QLatin1Char('.')))
            base.prepend(QStringLiteral("Lead "));
        QString name = base + QLatin1Char('.') + suffix;
        for (int n = 2; taken.contains(name.toLower()); ++n)
            name = QStringLiteral("%1 (%2).%3").arg(base).arg(n).arg(suffix);
        taken.insert(name.toLower());
        names << name;
    }
    return names;
}

} // namespace wres::core::UpdateRequests
