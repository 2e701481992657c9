#pragma once

#include "metrics/MetricCount.h"
#include "metrics/MetricTarget.h"

#include <QList>
#include <QString>

#include <optional>

namespace wres::core {

class Database;

// The file's WRES metrics (they belong to the Trust, not to one plan), their targets, and settings.
class MetricStore
{
public:
    explicit MetricStore(const Database& database) : m_database(database) {}

    // Adds the counts in one transaction; a row for the same indicator, period, category and group
    // replaces the one stored. Returns how many were replaced.
    int importCounts(const MetricCounts& counts);
    // Removes the row with this indicator, period, category and group (to undo adding it).
    void removeCount(const MetricCount& key);
    // All counts, by indicator, then period in order, then category and group as imported.
    MetricCounts counts(std::optional<int> indicator = std::nullopt) const;
    void replaceTargets(const QList<MetricTarget>& targets);
    QList<MetricTarget> targets() const;

    // The redaction threshold (default 10): figures resting on a count below it are shown as R.
    qint64 redactionThreshold() const;
    void setRedactionThreshold(qint64 threshold);

private:
    QString setting(const QString& name) const;
    void setSetting(const QString& name, const QString& value);

    const Database& m_database;
};

} // namespace wres::core
