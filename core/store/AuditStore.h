#pragma once

#include "domain/PlanData.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace wres::core {

class Database;

// Which audit lines to show. Unset fields do not filter.
struct AuditQuery
{
    qint64 planId = 0;   // required; the file's metric lines (which belong to no one plan) are included
    QString entity;      // "plan", "theme", "objective", "action", "metric"
    qint64 entityId = 0; // with entity: one row's lines
    QString author;      // exactly this author
    QString text;        // in the field name, the old or the new value (case-insensitive for ASCII)
    QDateTime since;     // strictly after
    QDateTime until;     // at or before
};

// One stored audit line and what it is about, as a reader would name it.
struct AuditRecord
{
    qint64 id = 0;
    AuditEntry entry;
    QString subject; // "Action 1.2", "Objective 3", "Theme Leadership", "Indicator 2", "Plan"; "(deleted)" if gone
};

// Reads the audit trail. Lines are written by the stores that make the changes (PlanWriter::insertAudit);
// the database refuses to change or delete them.
class AuditStore
{
public:
    explicit AuditStore(const Database& database) : m_database(database) {}

    // Oldest first.
    QList<AuditRecord> list(const AuditQuery& query) const;
    // Everyone who has changed the plan, in alphabetical order.
    QStringList authors(qint64 planId) const;

private:
    const Database& m_database;
};

} // namespace wres::core
