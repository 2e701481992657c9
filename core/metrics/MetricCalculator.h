#pragma once

#include "MetricCount.h"
#include "MetricFigure.h"
#include "SuppressionRule.h"

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
// With a suppression rule (the public version), every figure resting on a count (or total) the
// rule hides is redacted before anything else is derived, and so are figures that would let a
// hidden count be worked out from a total and the other parts (see Redaction); a redacted figure
// keeps no value, counts or reason, so nothing computed later can read them. Under a rounding rule
// the figures are computed from the rounded counts. Indicators the rule exempts are computed in
// full.
namespace MetricCalculator {

MetricFigures compute(const MetricCounts& counts);
MetricFigures compute(const MetricCounts& counts, const SuppressionRule& rule);

} // namespace MetricCalculator
} // namespace wres::core
