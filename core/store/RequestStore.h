#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace wres::core {

class Database;

// An update request as issued to a lead (one workbook), and its return once imported.
struct IssuedRequest
{
    QString uid;
    QString roundUid; // the requests issued together share it
    qint64 planId = 0;
    QString lead;
    QDateTime issuedAt;
    int actionCount = 0;
    QDateTime returnedAt; // null until its answers are imported
    QString returnedFile;
    int appliedCount = 0;

    bool isReturned() const { return returnedAt.isValid(); }
};

// The record of update requests: which were issued, which came back.
class RequestStore
{
public:
    explicit RequestStore(const Database& database) : m_database(database) {}

    // Records a round of requests in one transaction.
    void recordIssued(const QList<IssuedRequest>& requests);
    std::optional<IssuedRequest> find(const QString& uid) const;
    // Marks a request as answered (within the caller's transaction, if any); a request not recorded
    // here (issued from a copy of the file) is recorded now, as its own round.
    void recordReturned(const IssuedRequest& request, const QString& file, int applied, const QDateTime& at);
    // The requests of the plan's latest round, by lead; empty when none was ever issued.
    QList<IssuedRequest> latestRound(qint64 planId) const;

private:
    const Database& m_database;
};

} // namespace wres::core
