#include "RequestStore.h"

#include "Database.h"
#include "SqlQuery.h"
#include "StoreError.h"
#include "StoredValues.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace wres::core {
namespace {

const QString kColumns = QStringLiteral("id, uid, round_uid, plan_id, lead, issued_at, action_count, returned_at, "
                                        "returned_file, applied_count");
const QString kKeyName = QStringLiteral("update requests");

IssuedRequest readRequest(const SqlQuery& q)
{
    IssuedRequest r;
    r.uid = q.text(1);
    r.roundUid = q.text(2);
    r.planId = q.id(3);
    r.lead = q.text(4);
    r.issuedAt = StoredValues::toDateTime(q.text(5));
    r.actionCount = q.value(6).toInt();
    if (!q.value(7).isNull())
        r.returnedAt = StoredValues::toDateTime(q.text(7));
    r.returnedFile = q.text(8);
    r.appliedCount = q.value(9).toInt();
    return r;
}

QList<IssuedAction> actionsOf(const Database& database, qint64 requestId)
{
    SqlQuery q(database.connection(), QStringLiteral("SELECT action_id, revision FROM update_request_actions WHERE "
                                                     "request_id = :id ORDER BY position"));
    q.bind(QStringLiteral(":id"), requestId).exec();
    QList<IssuedAction> actions;
    while (q.next())
        actions << IssuedAction{q.id(0), q.value(1).toInt()};
    return actions;
}

} // namespace

void RequestStore::recordIssued(const QList<IssuedRequest>& requests, const QByteArray& signingKey)
{
    const auto& db = m_database.connection();
    WriteTransaction transaction(m_database);
    if (!signingKey.isEmpty() && this->signingKey() != signingKey) {
        // The file's first round: keep its key. Two programs issuing their first rounds at once: the
        // second finds the first's key and records nothing (its workbooks would not verify).
        SqlQuery key(db, QStringLiteral("INSERT INTO request_keys (name, secret, created_at) VALUES (:name, :secret, "
                                        ":at) ON CONFLICT (name) DO NOTHING"));
        key.bindText(QStringLiteral(":name"), kKeyName)
            .bindText(QStringLiteral(":secret"), QString::fromLatin1(signingKey.toHex()))
            .bindText(QStringLiteral(":at"), StoredValues::fromDateTime(QDateTime::currentDateTimeUtc()))
            .exec();
        key.finish();
        if (this->signingKey() != signingKey)
            throw StoreError(StoreError::Kind::Conflict,
                             QCoreApplication::translate("wres", "Another program issued update requests from this "
                                                                 "file at the same moment; nothing was recorded. "
                                                                 "Write the requests again."));
    }
    SqlQuery insert(db,
                    QStringLiteral("INSERT INTO update_requests (uid, round_uid, plan_id, lead, issued_at, "
                                   "action_count) VALUES (:uid, :round, :plan, :lead, :at, :count)"),
                    SqlQuery::Returning::Id);
    SqlQuery insertAction(db, QStringLiteral("INSERT INTO update_request_actions (request_id, position, action_id, "
                                             "revision) VALUES (:request, :position, :action, :revision)"));
    for (const IssuedRequest& r : requests) {
        insert.bindText(QStringLiteral(":uid"), r.uid)
            .bindText(QStringLiteral(":round"), r.roundUid)
            .bind(QStringLiteral(":plan"), r.planId)
            .bindText(QStringLiteral(":lead"), r.lead)
            .bindText(QStringLiteral(":at"), StoredValues::fromDateTime(r.issuedAt))
            .bind(QStringLiteral(":count"), int(r.actions.size()))
            .exec();
        const qint64 id = insert.lastInsertId();
        for (int i = 0; i < r.actions.size(); ++i)
            insertAction.bind(QStringLiteral(":request"), id)
                .bind(QStringLiteral(":position"), i)
                .bind(QStringLiteral(":action"), r.actions[i].actionId)
                .bind(QStringLiteral(":revision"), r.actions[i].revision)
                .exec();
    }
    transaction.commit();
}

std::optional<IssuedRequest> RequestStore::find(const QString& uid) const
{
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT %1 FROM update_requests WHERE uid = :uid").arg(kColumns));
    q.bindText(QStringLiteral(":uid"), uid).exec();
    if (!q.next())
        return std::nullopt;
    IssuedRequest r = readRequest(q);
    const qint64 id = q.id(0);
    q.finish();
    r.actions = actionsOf(m_database, id);
    return r;
}

void RequestStore::recordReturned(const QString& uid, const QString& file, int applied, const QDateTime& at)
{
    WriteTransaction transaction(m_database);
    // Only a request on record and not yet answered: of two imports at once, one changes the row.
    SqlQuery q(m_database.connection(),
               QStringLiteral("UPDATE update_requests SET returned_at = :at, returned_file = :file, "
                              "applied_count = :applied WHERE uid = :uid AND returned_at IS NULL"));
    q.bindText(QStringLiteral(":at"), StoredValues::fromDateTime(at))
        .bindText(QStringLiteral(":file"), file)
        .bind(QStringLiteral(":applied"), applied)
        .bindText(QStringLiteral(":uid"), uid)
        .exec();
    if (q.rowsAffected() != 1)
        throw InvalidRequest(QCoreApplication::translate("wres", "These answers were imported already, or their "
                                                                 "request was never issued by this file; nothing "
                                                                 "was recorded."));
    transaction.commit();
}

QList<IssuedRequest> RequestStore::latestRound(qint64 planId) const
{
    // The round issued last, by issue time.
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

QByteArray RequestStore::signingKey() const
{
    SqlQuery q(m_database.connection(), QStringLiteral("SELECT secret FROM request_keys WHERE name = :name"));
    q.bindText(QStringLiteral(":name"), kKeyName).exec();
    return q.next() ? QByteArray::fromHex(q.text(0).toLatin1()) : QByteArray();
}

QByteArray RequestStore::keyForNewRound() const
{
    if (const QByteArray key = signingKey(); !key.isEmpty())
        return key;
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char*>(words), sizeof words);
}

} // namespace wres::core
