#pragma once

#include "domain/CoverDetails.h"
#include "domain/UserName.h"
#include "metrics/ChangeJudgement.h"

#include <QString>

namespace wres::core {

class Database;

// The board paper's choices kept in the file, so that the next pack starts from this one's: the
// cover of each plan (settings named "plan.<id>.<field>") and the file's change tolerances (settings
// change_tolerance_ratio and change_tolerance_points, beside the metrics they judge). Rows of the
// settings table, so no migration; every change writes an audit line under the author and source.
class BoardPaperStore
{
public:
    explicit BoardPaperStore(const Database& database, QString author = systemUserName(),
                             QString source = QStringLiteral("command line"))
        : m_database(database), m_author(std::move(author)), m_source(std::move(source))
    {}

    // The plan's cover as last kept; empty fields where nothing was.
    CoverDetails cover(qint64 planId) const;
    // Keeps the cover in one transaction; only the fields that differ are written and audited.
    // Throws StoreError (ReadOnly, NotPermitted, ...) with nothing changed.
    void setCover(qint64 planId, const CoverDetails& cover);

    // The file's tolerances; the defaults where none is kept or a kept one is not a number in range.
    ChangeTolerance tolerance() const;
    // Throws InvalidRequest naming the tolerance when out of range (ChangeTolerance::problem).
    void setTolerance(const ChangeTolerance& tolerance);

    // A store that writes no audit lines: for filling a plan from a document that brings its own
    // trail (PlanFiles::store).
    static BoardPaperStore unaudited(const Database& database);

    // Both in one transaction: the tolerance is checked before anything is written.
    void keep(qint64 planId, const CoverDetails& cover, const ChangeTolerance& tolerance);

private:
    QString value(const QString& name) const;
    void write(const QString& name, const QString& value);

    const Database& m_database;
    QString m_author;
    QString m_source;
    bool m_audited = true;
};

} // namespace wres::core
