#include "SnapshotStore.h"

#include "ActionStore.h"
#include "Database.h"
#include "SqlQuery.h"
#include "StoreError.h"
#include "StoredValues.h"

#include <QCoreApplication>

namespace wres::core {

qint64 SnapshotStore::record(qint64 planId, const QString& label, const QDateTime& at)
{
    const auto& db = m_database.connection();
    WriteTransaction transaction(m_database);
    SqlQuery insert(db,
                    QStringLiteral("INSERT INTO pack_snapshots (plan_id, recorded_at, label) VALUES (:plan, :at, "
                                   ":label)"),
                    SqlQuery::Returning::Id);
    insert.bind(QStringLiteral(":plan"), planId)
        .bindText(QStringLiteral(":at"), StoredValues::fromDateTime(at))
        .bindText(QStringLiteral(":label"), label)
        .exec();
    const qint64 id = insert.lastInsertId();
    ActionQuery query;
    query.planId = planId;
    SqlQuery action(db,
                    QStringLiteral("INSERT INTO pack_snapshot_actions (snapshot_id, action_id, number, text, status, "
                                   "rag) VALUES (:snapshot, :action, :number, :text, :status, :rag)"));
    for (const ActionRow& row : ActionStore(m_database).list(query))
        action.bind(QStringLiteral(":snapshot"), id)
            .bind(QStringLiteral(":action"), row.id)
            .bindText(QStringLiteral(":number"), row.reference)
            .bindText(QStringLiteral(":text"), row.text)
            .bindText(QStringLiteral(":status"), statusCode(row.status))
            .bindText(QStringLiteral(":rag"), ragLetter(row.rag))
            .exec();
    transaction.commit();
    return id;
}

QList<PackSnapshot> SnapshotStore::list(qint64 planId) const
{
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT id, plan_id, recorded_at, label FROM pack_snapshots WHERE "
                              "plan_id = :plan ORDER BY recorded_at DESC, id DESC"));
    q.bind(QStringLiteral(":plan"), planId).exec();
    QList<PackSnapshot> list;
    while (q.next())
        list << PackSnapshot{q.id(0), q.id(1), StoredValues::toDateTime(q.text(2)), q.text(3), {}};
    return list;
}

PackSnapshot SnapshotStore::load(qint64 snapshotId) const
{
    const auto& db = m_database.connection();
    SqlQuery q(db, QStringLiteral("SELECT id, plan_id, recorded_at, label FROM pack_snapshots WHERE id = :id"));
    q.bind(QStringLiteral(":id"), snapshotId).exec();
    if (!q.next())
        throw InvalidRequest(
            QCoreApplication::translate("wres", "There is no recorded pack %1 in this file.").arg(snapshotId));
    PackSnapshot snapshot{q.id(0), q.id(1), StoredValues::toDateTime(q.text(2)), q.text(3), {}};
    q.finish();
    SqlQuery actions(db, QStringLiteral("SELECT action_id, number, text, status, rag FROM pack_snapshot_actions WHERE "
                                        "snapshot_id = :id ORDER BY action_id"));
    actions.bind(QStringLiteral(":id"), snapshotId).exec();
    while (actions.next())
        snapshot.actions << PackSnapshot::Action{actions.id(0), actions.text(1), actions.text(2),
                                                 StoredValues::toStatus(actions.text(3)),
                                                 StoredValues::toRag(actions.text(4))};
    return snapshot;
}

} // namespace wres::core
