#pragma once

#include "domain/Rag.h"
#include "domain/Status.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace wres::core {

class Database;

// A recorded board pack: when, a label ("Trust Board, 27 September"), and each action as it stood.
struct PackSnapshot
{
    qint64 id = 0;
    qint64 planId = 0;
    QDateTime recordedAt;
    QString label;

    struct Action
    {
        qint64 id = 0;
        QString number;
        QString text;
        Status status = Status::None;
        Rag rag = Rag::None;
    };
    QList<Action> actions; // filled by load()
};

class SnapshotStore
{
public:
    explicit SnapshotStore(const Database& database) : m_database(database) {}

    // Records the plan's actions as they stand now; returns the snapshot id.
    qint64 record(qint64 planId, const QString& label, const QDateTime& at = QDateTime::currentDateTimeUtc());
    // Newest first, without their actions.
    QList<PackSnapshot> list(qint64 planId) const;
    // Throws InvalidRequest when there is no such snapshot.
    PackSnapshot load(qint64 snapshotId) const;

private:
    const Database& m_database;
};

} // namespace wres::core
