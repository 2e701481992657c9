#pragma once

#include <QList>
#include <QString>

namespace wres::core {

// One thing wrong with an input file, printed as "FILE:LINE: column: message", or for a workbook
// "FILE:SHEET!CELL: message".
struct Problem
{
    QString file;
    int line = 0; // 1-based physical line where the record starts; 0 when the whole file is at fault
    QString column;
    QString message;
    QString place = {}; // a workbook's "Plan!F12"; replaces line and column when set

    QString toString() const;
};

using Problems = QList<Problem>;

} // namespace wres::core
