#pragma once

#include "MetricCount.h"
#include "MetricFigure.h"

namespace wres::core {

// Turns counts into the figures of WRES.md, period by period in order:
//   1   pct_bme per band:         BME / known-ethnicity headcount
//   2,4 relative_likelihood:      (White appointed / shortlisted) / (BME appointed / shortlisted)
//   3   relative_likelihood:      (BME entering / headcount) / (White entering / headcount)
//   5-8 pct_<group> per group:    yes / respondents
//   9   difference per scope:     % BME on the board - % BME in the workforce
// Where counts are missing the published value is used; a figure that cannot be computed (a zero
// denominator) has no value and says why. Each figure carries the change on the previous period
// judged by the indicator's direction, under the default tolerance (ChangeJudgement; a file's own
// tolerance is applied after with ChangeJudgement::apply).
//
// With a redaction threshold, every figure resting on a count (or total) below it is redacted
// before anything else is derived, and so are figures that would let a redacted count be worked
// out from a total and the other parts (see Redaction). A redacted figure gives no value to a
// later period's change either.
namespace MetricCalculator {

MetricFigures compute(const MetricCounts& counts, std::optional<qint64> redactBelow = std::nullopt);

} // namespace MetricCalculator
} // namespace wres::core
