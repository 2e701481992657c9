#include "RequestStore.h"

#include "Database.h"
#include "SqlQuery.h"
#include "StoredValues.h"

namespace wres::core {
namespace {

const QString kColumns = QStringLiteral("uid, round_uid, plan_id, lead, issued_at, action_count, returned_at, "
                                        "returned_file, applied_count");

IssuedRequest readRequest(const SqlQuery& q)
{
    IssuedRequest r;
    r.uid = q.text(0);
    r.roundUid = q.text(1);
    r.planId = q.id(2);
    r.lead = q.text(3);
    r.issuedAt = StoredValues::toDateTime(q.text(4));
    r.actionCount = q.value(5).toInt();
    if (!q.value(6).isNull())
        r.returnedAt = StoredValues::toDateTime(q.text(6));
    r.returnedFile = q.text(7);
    r.appliedCount = q.value(8).toInt();
    return r;
}

void insert(const Database& database, const IssuedRequest& r)
{
    SqlQuery q(database.connection(),
               QStringLiteral("INSERT INTO update_requests (uid, round_uid, plan_id, lead, issued_at, action_count) "
                              "VALUES (:uid, :round, :plan, :lead, :at, :count)"));
    q.bindText(QStringLiteral(":uid"), r.uid)
        .bindText(QStringLiteral(":round"), r.roundUid)
        .bind(QStringLiteral(":plan"), r.planId)
        .bindText(QStringLiteral(":lead"), r.lead)
        .bindText(QStringLiteral(":at"), StoredValues::fromDateTime(r.issuedAt))
        .bind(QStringLiteral(":count"), r.actionCount)
        .exec();
}

} // namespace

void RequestStore::recordIssued(const QList<IssuedRequest>& requests)
{
    WriteTransaction transaction(m_database);
    for (const IssuedRequest& r : requests)
        insert(m_database, r);
    transaction.commit();
}

std::optional<IssuedRequest> RequestStore::find(const QString& uid) const
{
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT %1 FROM update_requests WHERE uid = :uid").arg(kColumns));
    q.bindText(QStringLiteral(":uid"), uid).exec();
    if (!q.next())
        return std::nullopt;
    return readRequest(q);
}

void RequestStore::recordReturned(const IssuedRequest& request, const QString& file, int applied, const QDateTime& at)
{
    WriteTransaction transaction(m_database);
    if (!find(request.uid))
        insert(m_database, request);
    SqlQuery q(m_database.connection(),
               QStringLiteral("UPDATE update_requests SET returned_at = :at, returned_file = :file, "
                              "applied_count = :applied WHERE uid = :uid"));
    q.bindText(QStringLiteral(":at"), StoredValues::fromDateTime(at))
        .bindText(QStringLiteral(":file"), file)
        .bind(QStringLiteral(":applied"), applied)
        .bindText(QStringLiteral(":uid"), request.uid)
        .exec();
    transaction.commit();
}

QList<IssuedRequest> RequestStore::latestRound(qint64 planId) const
{
    // The round issued last, by issue time (a request recorded only on its return keeps the time
    // its workbook says it was issued).
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT %1 FROM update_requests WHERE round_uid = (SELECT round_uid FROM "
                              "update_requests WHERE plan_id = :plan ORDER BY issued_at DESC, id DESC "
                              "LIMIT 1) ORDER BY lead, id")
                   .arg(kColumns));
    q.bind(QStringLiteral(":plan"), planId).exec();
    QList<IssuedRequest> list;
    while (q.next())
        list << readRequest(q);
    return list;
}

} // namespace wres::core
