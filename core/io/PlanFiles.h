#pragma once

#include "domain/Problem.h"
#include "io/PlanJson.h"

#include <QByteArray>
#include <QString>

namespace wres::core {

class Database;

namespace PlanFiles {

// A plan file of any kind the program reads, by its suffix: .csv (or .txt), .xlsx (.xlsm, and an
// .xls is refused with advice), .json. Reads the whole file first; with problems the document
// must not be used. An unknown suffix is one problem.
struct ReadResult
{
    PlanJson::Document document;
    Problems problems;
};
ReadResult read(const QByteArray& bytes, const QString& shownName, const QString& suffix);

// The whole plan with its history and audit trail, the file's metrics and targets, and the
// framework's indicators and the plan's leads: what `export` writes as JSON and `migrate` moves.
PlanJson::Document load(const Database& database, qint64 planId);

// Adds the document's plan, metrics and targets to the file in one transaction; returns the new
// plan's id. The plan's audit lines are marked as imported from shownFile, and a line records the
// import (PlanStore::importPlan); with no shownFile (a migration: a move, not an import) the plan
// and its trail are stored as they are. Into a file without metrics, the document's come with their own
// audit trail; into one that has some, what they replace is audited under author and source.
qint64 store(const Database& database, const PlanJson::Document& document, const QString& author, const QString& source,
             const QString& shownFile);

// "3 problems found; nothing was imported." after the problems, one a line.
QString describe(const Problems& problems);

} // namespace PlanFiles
} // namespace wres::core
