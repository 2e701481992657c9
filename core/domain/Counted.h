#pragma once

#include <QString>

namespace wres::core {

// "1 action" or "3 actions": the text for one or for many, with the number put in for %1. Both
// forms are translated as they stand, so English needs no plural translation file to read well.
inline QString counted(qsizetype n, const QString& one, const QString& many)
{
    return (n == 1 ? one : many).arg(n);
}

} // namespace wres::core
