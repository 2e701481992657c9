#pragma once

#include "MetricFigure.h"

#include <QString>

namespace wres::core::MetricFormat {

// Rounds half away from zero to the given decimals, only for display: 2.345 -> "2.35", -0.05 -> "-0.1".
QString number(double value, int decimals, bool signedForm = false);
// The figure as shown: "18.4", "1.79", "-3.2", the rule's symbol (R or *) when redacted, "-" when it cannot be
// computed.
QString value(const MetricFigure& figure);
// "596 out of 3842" for one part; "R" for a redacted one; "" when no counts are known.
QString countsText(const MetricPart& part, bool redacted);
// "better", "worse", "similar" (moved less than the tolerance, ChangeJudgement), "changed" (moved, neither
// better nor worse by the indicator's rule), "" when there is nothing to compare.
QString changeWord(MetricFigure::Change change);
// The headline measure names of the contract: "% BME", "Relative likelihood", "Difference (pp)".
QString measureLabel(const QString& measure);

} // namespace wres::core::MetricFormat
