#pragma once

#include <QList>
#include <QString>

namespace wres::core {

// One thing wrong with an input file, printed as "FILE:LINE: column: message".
struct Problem
{
    QString file;
    int line = 0; // 1-based physical line where the record starts; 0 when the whole file is at fault
    QString column;
    QString message;

    QString toString() const;
};

using Problems = QList<Problem>;

} // namespace wres::core
