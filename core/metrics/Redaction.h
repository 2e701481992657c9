#pragma once

#include "MetricFigure.h"
#include "SuppressionRule.h"

namespace wres::core {

// Small-number redaction for publication, under a SuppressionRule.
//   Primary: a figure resting on a count or total the rule hides (a part marked hidden) is redacted.
//   Secondary: where parts add up to a shown whole, one hidden part could be worked out from the
//   whole and the others; so when exactly one part of a whole is hidden, a second part is hidden
//   too: the next part in the listed order that has counts, or the one before it when the hidden
//   part is the last. The wholes: indicator 1's bands within "Overall" per period; indicators 5-8's
//   subgroups (Asian, Black, Mixed, Other) within BME per period.
// The second part is chosen by its place in the list, never by its size: choosing the smallest
// would tell a reader that the hidden part is no bigger than every part still shown, a bound on
// the small count itself. So which figures are hidden depends only on which counts the rule hides
// and on the order of the parts.
// Every redacted figure is then emptied (no value, counts, reason or published flag) so nothing
// downstream can read what it hid, and every figure carries the rule's symbol.
namespace Redaction {

void apply(MetricFigures& figures, const SuppressionRule& rule);
// The whole a figure is a part of ("1|March 2023", "8|2022"), or "" when it is not a part.
QString wholeOf(const MetricFigure& figure);

} // namespace Redaction
} // namespace wres::core
