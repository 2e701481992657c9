#pragma once

#include "domain/IndicatorLinks.h"

#include <QString>

namespace wres::core {

// How the link tables (theme_indicators, action_indicators: x.indicator_id) read back into
// IndicatorLinks: the plan's framework (WRES) as numbers, other frameworks' measures as references,
// each in catalogue order.
namespace LinkRows {

// Joined after "FROM <link table> x": gives i.number and f.code.
QString join();
void add(IndicatorLinks& links, const QString& framework, int number);
// Puts numbers and references in catalogue order (after adding rows read in any order).
void sort(IndicatorLinks& links);

} // namespace LinkRows
} // namespace wres::core
