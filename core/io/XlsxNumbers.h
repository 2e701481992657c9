#pragma once

#include "io/ZipReader.h"

#include <QList>
#include <QString>

// Numbers in a workbook's cells as the user sees them: dates (a number in a date format) as dates,
// whole numbers without a decimal point.
namespace wres::core::XlsxNumbers {

// What a number format shows of a date: nothing (not a date), a day, or only a month or a year.
// A cell typed as "June 2024" in a spreadsheet is stored as 1 June 2024 shown as "mmm-yy": it is
// read back as the month, as the user sees it, not as the first of the month.
enum class DateShown
{
    None,
    Day,
    Month,
    Year,
};

// What each cell style (its index, a cell's s attribute) of the workbook's styles part shows of a
// date; empty when there is no styles part. More than XlsxLimits::kMaxStyles styles, or a damaged
// part, sets problem.
QList<DateShown> dateStyles(const ZipReader& zip, QString* problem);

// "12", "0.5", "30.06.2024", "June 2024", "2024": the number a cell holds, as the user sees it.
QString numberText(const QString& raw, DateShown shown);

} // namespace wres::core::XlsxNumbers
