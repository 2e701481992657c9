#include "Problem.h"

namespace wres::core {

QString Problem::toString() const
{
    QString out = file;
    if (!place.isEmpty())
        return out + QLatin1Char(':') + place + QStringLiteral(": ") + message;
    if (line > 0)
        out += QLatin1Char(':') + QString::number(line);
    out += QStringLiteral(": ");
    if (!column.isEmpty())
        out += column + QStringLiteral(": ");
    return out + message;
}

} // namespace wres::core
