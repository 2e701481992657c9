#pragma once

#include "io/PlanCsv.h"
#include "io/PlanJson.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wres::core::PlanXlsx {

// The plan as an Excel workbook (libxlsxwriter): a Plan sheet in the columns of the plan CSV
// (status and RAG cells coloured and worded, text wrapped, header frozen with a filter, widths set,
// printed A4 landscape with the header row on every page), a Leads sheet (each lead's actions), a
// Metrics sheet (the counts in the metrics CSV's columns) and a History sheet (every status
// update). Text is always written as text, never as a formula, with control characters escaped so
// that they read back as they were. A text longer than a cell holds (kept from before texts were
// checked at input) is written cut with a note in the cell, and named in warnings ("Plan!M7:
// action 1.1, progress: …"). Throws std::runtime_error when the workbook cannot be made.
QByteArray write(const PlanJson::Document& document, QStringList* warnings = nullptr);

// Reads the plan from the first sheet of a workbook, with the plan CSV's rules; problems name the
// file, sheet and cell: "plan.xlsx:Plan!I7: 'Done' is not a status ...".
PlanCsv::ReadResult read(const QByteArray& bytes, const QString& fileName, int maxIndicator);

} // namespace wres::core::PlanXlsx
