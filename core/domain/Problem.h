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
    // A problem at a workbook's place ("Updates!J7"), or at the whole file when place is empty.
    static Problem at(const QString& file, const QString& place, const QString& message)
    {
        Problem p{file, 0, {}, message};
        p.place = place;
        return p;
    }
};

using Problems = QList<Problem>;

} // namespace wres::core
