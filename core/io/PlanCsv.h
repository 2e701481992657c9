#pragma once

#include "domain/PlanData.h"
#include "domain/Problem.h"
#include "io/CsvTable.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wres::core {

// The plan CSV of ARCHITECTURE.md: one row per action, header by name, column order free.
// Beyond the contract's thirteen columns, two optional ones carry tags: theme_tags and tags
// ("People Promise: We are a team; Regional strategy: Action Point 2").
// A row with an empty action and action_no declares a theme or objective without actions.
namespace PlanCsv {

// The columns export writes, in order.
QStringList columns();
// A header as compared with the column names: any case, spaces for underscores ("Action No").
QString headerKey(const QString& name);

struct ReadResult
{
    PlanData plan;     // themes, objectives and actions; plan info is left for the caller
    Problems problems; // when not empty, plan must not be used
};

// Parses the whole file; every problem is reported as FILE:LINE: column: message.
// maxIndicator is the highest indicator number of the plan's framework (9 for WRES).
ReadResult read(const QByteArray& bytes, const QString& fileName, int maxIndicator);

// The same rules on a table read from elsewhere (a workbook's first sheet): each record's line is
// its row number; text is taken as it is (no formula guard to remove).
ReadResult readTable(const CsvTable& table, const QString& fileName, int maxIndicator);

// Writes the plan; read(write(p)) gives p back and write(read(write(p))) is byte-identical.
QByteArray write(const PlanData& plan);
// The plan as rows of columns() (text as it is, unguarded): what write() and the workbook hold.
QList<QStringList> rows(const PlanData& plan);

} // namespace PlanCsv
} // namespace wres::core
