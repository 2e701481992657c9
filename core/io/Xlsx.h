#pragma once

#include "domain/Problem.h"
#include "io/CsvTable.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace wres::core::Xlsx {

// The first worksheet of an Office Open XML workbook (.xlsx, as Excel and LibreOffice save it) as
// a table: the first non-empty row is the header, each later non-empty row a record whose line is
// its row number. Cells are read as text: shared and inline strings (with Office's _xHHHH_ escapes
// turned back into their characters), formula results, numbers as written ("12", "0.5"), dates (a
// number in a date format) as "dd.MM.yyyy", booleans as TRUE/FALSE. An old .xls file, a
// password-protected workbook, a file that is not a workbook, one that is damaged, or one over a
// limit of io/XlsxLimits.h gives a problem naming the file (and the sheet and cell where there is
// one), and no table. A text too long for a cell is kept cut and listed in longCells. A filled cell to the right of the
// header's last column is a problem naming it, never a reason to make the row that wide. A cell whose text is longer
// than a cell holds (TextLimits::kMaxText, as Excel counts): the workbook keeps it cut to one character more, and the
// whole length is here. Whoever reads the workbook refuses it, naming the cell and what the cell holds (which action,
// which field).
struct LongCell
{
    QString sheet;
    int column = 0; // 0-based
    int row = 0;    // 1-based
    qint64 length = 0;
    QString place() const; // "Plan!M7"
};

struct Sheet
{
    QString name;
    CsvTable table;
    Problems problems;
    QList<LongCell> longCells;
};

Sheet readFirstSheet(const QByteArray& bytes, const QString& fileName);

// One filled cell: its 0-based column and its text.
struct Cell
{
    int column = 0;
    QString text;
};

// A row as it stands: its 1-based number and its filled cells only, by column, each column once.
// Sparse on purpose: a row with one cell at column XFD holds one cell, not 16,384.
struct Row
{
    int number = 0;
    QList<Cell> cells;
    // The text at a 0-based column; empty when that cell is not filled.
    QString cell(int column) const;
    // The first `columns` cells as a list, empty texts where a cell is not filled.
    QStringList texts(int columns) const;
};
struct Worksheet
{
    QString name;
    bool hidden = false;
    bool read = false; // its rows were read (readWorkbook reads only the sheets asked for)
    QList<Row> rows;   // empty rows are left out
};
struct Workbook
{
    QList<Worksheet> sheets; // every sheet of the workbook, in order; only those asked for are read
    Problems problems;       // when set, there are no sheets
    QList<LongCell> longCells;
    // The sheet of that name (any case), or null.
    const Worksheet* sheet(const QString& name) const;
};
enum class Sheets
{
    All,
    First,
};
Workbook readWorkbook(const QByteArray& bytes, const QString& fileName, Sheets which = Sheets::All);
// Reads only the sheets for which wanted(index, name) is true (index 0-based, in the workbook's order).
Workbook readWorkbook(const QByteArray& bytes, const QString& fileName,
                      const std::function<bool(int index, const QString& name)>& wanted);

// "A", "B", ... "Z", "AA" for a 0-based column; "F12" for a column and a 1-based row.
QString columnName(int column);
QString cellName(int column, int row);

} // namespace wres::core::Xlsx
