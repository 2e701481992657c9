#pragma once

#include "io/Xlsx.h"
#include "io/XlsxNumbers.h"
#include "io/XmlPartReader.h"
#include "io/ZipReader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The workbook reader's parts (io/Xlsx.h is its face): the shared strings and one worksheet,
// read within the limits of io/XlsxLimits.h.
namespace wres::core::Xlsx {

// A problem at a place of the workbook ("Plan!XFD7", "Plan", or the whole file when empty).
struct Failure
{
    QString place;
    QString message;
};

// The shared strings, each kept to one more than a cell holds; the whole length of those longer.
struct SharedStrings
{
    QStringList texts;
    QHash<int, qint64> overLong;
};

// Reads the workbook's shared strings (none when it has no such part), within the limits on their
// number and their text together.
std::optional<Failure> readSharedStrings(const ZipReader& zip, SharedStrings& shared);

// One worksheet part read into a sheet, row by row, its filled cells only (sparse), within the
// limits on rows, columns and cells (cellsLeft counts down the cells all sheets may still hold).
// A cell too long for a spreadsheet is kept cut and added to longCells.
class SheetReader
{
public:
    SheetReader(const SharedStrings& shared, const QList<XlsxNumbers::DateShown>& dates, qint64& cellsLeft,
                QList<LongCell>& longCells);
    std::optional<Failure> read(const ZipReader& zip, const QString& path, Worksheet& sheet);

private:
    std::optional<Failure> startRow(QStringView r);
    std::optional<Failure> endRow();
    std::optional<Failure> readCell(XmlPartReader& part);

    const SharedStrings& m_shared;
    const QList<XlsxNumbers::DateShown>& m_dates;
    qint64& m_cellsLeft;
    QList<LongCell>& m_longCells;
    Worksheet* m_sheet = nullptr;
    qint64 m_row = 0;
    QList<Cell> m_cells;
    bool m_inOrder = true;
};

} // namespace wres::core::Xlsx
