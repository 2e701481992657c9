#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace wres::test {

// A lead's hand on a workbook, for tests: cells of one sheet part set to text, as Excel stores a
// typed answer (the sheet XML rewritten, the package zipped again), with Office's _xHHHH_ escapes
// for characters XML cannot hold.
// cells: "J3" -> the text to put there (an empty text empties the cell). A cell the part does not
// have is added at the end of its row, and a row it does not have at the end of the sheet.
QByteArray setCells(const QByteArray& workbook, const QString& part, const QMap<QString, QString>& cells);

// A part's bytes (empty when there is none).
QByteArray part(const QByteArray& workbook, const QString& name);
// The package with parts replaced or added (name -> bytes), or removed (name -> nullopt).
QByteArray setParts(const QByteArray& workbook, const QMap<QString, std::optional<QByteArray>>& parts);
// The package with a worksheet added before the sheet at `before` (0-based; the end when past it):
// its part, its relation and its place in the workbook.
QByteArray addSheet(const QByteArray& workbook, const QString& name, const QByteArray& sheetXml, bool hidden,
                    int before);

// A zip package of stored (uncompressed) members, in order.
QByteArray zip(const QList<std::pair<QString, QByteArray>>& members);

} // namespace wres::test
