#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace wres::core {

class Database;

// An action as a request asked about it: which one, and its revision then.
struct IssuedAction
{
    qint64 actionId = 0;
    int revision = 0;
    bool operator==(const IssuedAction&) const = default;
};

// An update request as issued to a lead (one workbook), and its return once imported.
struct IssuedRequest
{
    QString uid;
    QString roundUid; // the requests issued together share it
    qint64 planId = 0;
    QString lead;
    QDateTime issuedAt;
    int actionCount = 0;
    QList<IssuedAction> actions; // in the workbook's order; empty for a request issued before file format 7
    QDateTime returnedAt;        // null until its answers are imported
    QString returnedFile;
    int appliedCount = 0;

    bool isReturned() const { return returnedAt.isValid(); }
};

// The record of update requests: which were issued (to whom, about which actions), which came
// back, and the file's key for signing them.
class RequestStore
{
public:
    explicit RequestStore(const Database& database) : m_database(database) {}

    // Records a round of requests, each with its actions, in one transaction, and keeps the key
    // that signed them when the file has none yet. Throws StoreError Conflict, recording nothing,
    // when the file has another key by then (another program issued its first requests meanwhile).
    void recordIssued(const QList<IssuedRequest>& requests, const QByteArray& signingKey);
    // The request with its actions, or nullopt when this file never issued it.
    std::optional<IssuedRequest> find(const QString& uid) const;
    // Marks a request as answered, within the caller's transaction if any. Throws InvalidRequest,
    // changing nothing, when this file never issued it or it was answered already (a second import
    // of the same answers, even one running at the same moment).
    void recordReturned(const QString& uid, const QString& file, int applied, const QDateTime& at);
    // The requests of the plan's latest round, by lead; empty when none was ever issued.
    QList<IssuedRequest> latestRound(qint64 planId) const;

    // The key that signs the requests this file issues (io/RequestSignature), or empty when it has
    // issued none. It never leaves the file: no export carries it, and `migrate` does not either.
    QByteArray signingKey() const;
    // The key to sign a new round with: the file's, or 32 new random bytes when it has none yet
    // (kept only when the round is recorded, so a round that is never written changes nothing).
    QByteArray keyForNewRound() const;

private:
    const Database& m_database;
};

} // namespace wres::core
