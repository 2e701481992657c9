#pragma once

#include "MetricFigure.h"

namespace wres::core {

// Small-number redaction for publication.
//   Primary: a figure resting on a count or total below the threshold is redacted.
//   Secondary: where parts add up to a shown whole, one hidden part could be worked out from the
//   whole and the others; so when exactly one part of a whole is hidden, the next smallest part
//   is hidden too. The wholes: indicator 1's bands within "Overall" per period; indicators 5-8's
//   subgroups (Asian, Black, Mixed, Other) within BME per period.
namespace Redaction {

constexpr qint64 kDefaultThreshold = 10;
void apply(MetricFigures& figures, qint64 threshold);

} // namespace Redaction
} // namespace wres::core
