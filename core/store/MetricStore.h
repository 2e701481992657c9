#pragma once

#include "domain/UserName.h"
#include "metrics/MetricCount.h"
#include "metrics/MetricTarget.h"
#include "metrics/SuppressionRule.h"

#include <QList>
#include <QString>

#include <optional>

namespace wres::core {

class Database;

// The file's WRES metrics (they belong to the Trust, not to one plan), their targets, and settings.
// Every change is written to the audit trail under the author and source given.
class MetricStore
{
public:
    explicit MetricStore(const Database& database, QString author = systemUserName(),
                         QString source = QStringLiteral("command line"))
        : m_database(database), m_author(std::move(author)), m_source(std::move(source))
    {}
    // A store whose changes write no audit lines: for filling a new file (the demo, or a plan document
    // that brings its own audit trail), where the changes are the file's creation, not edits.
    static MetricStore unaudited(const Database& database);

    // Adds the counts in one transaction; a row for the same indicator, period, category and group
    // replaces the one stored. Returns how many were replaced.
    int importCounts(const MetricCounts& counts);
    // Removes the row with this indicator, period, category and group (to undo adding it).
    void removeCount(const MetricCount& key);
    // All counts, by indicator, then period in order, then category and group as imported.
    MetricCounts counts(std::optional<int> indicator = std::nullopt) const;
    void replaceTargets(const QList<MetricTarget>& targets);
    QList<MetricTarget> targets() const;

    // How the public version hides small numbers (settings redaction_preset, redaction_threshold,
    // redaction_exempt); SuppressionRule::defaults() when the file chose nothing. A file that set
    // only a threshold other than 10 (before presets existed) reads as Custom with it. Throws
    // InvalidRequest naming the setting when a stored value is not one this program knows.
    SuppressionRule suppressionRule() const;
    // Checks the rule (SuppressionRule::check), then stores it in one transaction, audited.
    void setSuppressionRule(const SuppressionRule& rule);
    // The threshold in force (10 by default); setting one chooses the Custom rule with it.
    qint64 redactionThreshold() const;
    void setRedactionThreshold(qint64 threshold);

private:
    QString setting(const QString& name) const;
    void setSetting(const QString& name, const QString& value);
    void audit(int indicator, const QString& field, const QString& from, const QString& to);

    const Database& m_database;
    QString m_author;
    QString m_source;
    bool m_audited = true;
};

} // namespace wres::core
