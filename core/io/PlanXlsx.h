#pragma once

#include "io/PlanCsv.h"
#include "io/PlanJson.h"

#include <QByteArray>
#include <QString>

namespace wres::core::PlanXlsx {

// The plan as an Excel workbook (libxlsxwriter): a Plan sheet in the columns of the plan CSV
// (status and RAG cells coloured and worded, text wrapped, header frozen with a filter, widths set,
// printed A4 landscape with the header row on every page), a Leads sheet (each lead's actions), a
// Metrics sheet (the counts in the metrics CSV's columns) and a History sheet (every status
// update). Text is always written as text, never as a formula. Throws std::runtime_error when the
// workbook cannot be made.
QByteArray write(const PlanJson::Document& document);

// Reads the plan from the first sheet of a workbook, with the plan CSV's rules; problems name the
// file, sheet and cell: "plan.xlsx:Plan!I7: 'Done' is not a status ...".
PlanCsv::ReadResult read(const QByteArray& bytes, const QString& fileName, int maxIndicator);

} // namespace wres::core::PlanXlsx
