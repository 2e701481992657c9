#pragma once

#include "MetricFigure.h"

#include <QString>
#include <QStringList>

namespace wres::core {

// Indicator 1's categories in the order a reader expects, whatever order they were imported in:
// non-clinical, then clinical, then medical and dental; within each, bands ascending (Under Band 1,
// Band 1 .. Band 7, Band 8a, 8b, 8c, 8d, Band 9, a range such as "Band 8b-9" at its first band) with
// VSM last; medical grades from trainee to consultant. A band with no staff group ("Band 5") comes
// after the medical grades; categories this does not recognise come after those, in import order;
// "Overall" comes last. See docs/decisions.md, "Indicator 1's band order".
namespace BandOrder {

// The sort key of a category: lower sorts first. Unrecognised categories share one key, so a stable
// sort keeps them in the order given.
int rank(const QString& category);
// Whether a comes before b.
bool before(const QString& a, const QString& b);
// The categories in order (a stable sort by rank).
QStringList sorted(QStringList categories);
// Reorders indicator 1's figures of each period by band, leaving every other figure in place.
void sortFigures(MetricFigures& figures, int indicator = 1);

} // namespace BandOrder
} // namespace wres::core
