#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace wres::test {

// A lead's hand on a workbook, for tests: cells of one sheet part set to text, as Excel stores a
// typed answer (the sheet XML rewritten, the package zipped again).
// cells: "J3" -> the text to put there (an empty text empties the cell). The cell must exist in
// the part (every cell of a request's table does, blank or not).
QByteArray setCells(const QByteArray& workbook, const QString& part, const QMap<QString, QString>& cells);

// A zip package of stored (uncompressed) members, in order.
QByteArray zip(const QList<std::pair<QString, QByteArray>>& members);

} // namespace wres::test
