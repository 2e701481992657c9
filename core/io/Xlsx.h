#pragma once

#include "domain/Problem.h"
#include "io/CsvTable.h"

#include <QByteArray>
#include <QString>

namespace wres::core::Xlsx {

// The first worksheet of an Office Open XML workbook (.xlsx, as Excel and LibreOffice save it) as
// a table: the first non-empty row is the header, each later non-empty row a record whose line is
// its row number. Cells are read as text: shared and inline strings, formula results, numbers as
// written ("12", "0.5"), dates (a number in a date format) as "dd.MM.yyyy", booleans as
// TRUE/FALSE. An old .xls file, a password-protected workbook, a file that is not a workbook or
// one that is damaged gives a problem naming the file, and no table.
struct Sheet
{
    QString name;
    CsvTable table;
    Problems problems;
};

Sheet readFirstSheet(const QByteArray& bytes, const QString& fileName);

// Every sheet of a workbook (or only the first), each row as it stands: its 1-based row number and
// its cells as text, read as readFirstSheet reads them. Empty rows are left out.
struct Row
{
    int number = 0;
    QStringList cells;
};
struct Worksheet
{
    QString name;
    bool hidden = false;
    QList<Row> rows;
};
struct Workbook
{
    QList<Worksheet> sheets;
    Problems problems; // when set, there are no sheets
    // The sheet of that name (any case), or null.
    const Worksheet* sheet(const QString& name) const;
};
enum class Sheets
{
    All,
    First,
};
Workbook readWorkbook(const QByteArray& bytes, const QString& fileName, Sheets which = Sheets::All);

// "A", "B", ... "Z", "AA" for a 0-based column; "F12" for a column and a 1-based row.
QString columnName(int column);
QString cellName(int column, int row);

} // namespace wres::core::Xlsx
