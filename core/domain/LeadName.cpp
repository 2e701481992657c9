#include "LeadName.h"

#include <QSet>

namespace wres::core::LeadName {

QString normalised(const QString& name)
{
    return name.normalized(QString::NormalizationForm_C).simplified();
}

QString key(const QString& name)
{
    // Case folding can undo composition (e.g. of a capital with a combining mark): compose again.
    return normalised(name).toCaseFolded().normalized(QString::NormalizationForm_C);
}

bool same(const QString& a, const QString& b)
{
    return key(a) == key(b);
}

QStringList normalisedList(const QStringList& names)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString& name : names) {
        const QString clean = normalised(name);
        if (!clean.isEmpty() && !seen.contains(key(clean))) {
            seen.insert(key(clean));
            out << clean;
        }
    }
    return out;
}

} // namespace wres::core::LeadName
