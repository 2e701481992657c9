#pragma once

#include "MetricFigure.h"
#include "framework/Framework.h"

namespace wres::core {

// How large a move must be before a Board is told a figure got better or worse. Kept in the file
// (BoardPaperStore) and stated in the pack's method note.
struct ChangeTolerance
{
    static constexpr double kDefaultRatio = 0.05; // on a relative likelihood (2 dp)
    static constexpr double kDefaultPoints = 1.0; // percentage points, on a percentage or a difference
    static constexpr double kMaxRatio = 1.0;      // larger would call almost every move "similar"
    static constexpr double kMaxPoints = 25.0;

    double ratio = kDefaultRatio;
    double points = kDefaultPoints;

    // "" when both lie in 0..kMax; else what is wrong, naming the tolerance.
    QString problem() const;
    friend bool operator==(const ChangeTolerance&, const ChangeTolerance&) = default;
};

// The word a change earns (see docs/decisions.md, "Judging a change"):
//   Same ("similar"): the move, on the figures as shown (rounded to their decimals), is smaller than the
//     tolerance for the indicator's kind (ratio for a relative likelihood, points otherwise), so the
//     word never contradicts the two numbers printed beside it;
//   otherwise by the framework's "better" rule for the indicator: Lower, Higher, CloserToOne (a ratio and
//     its inverse equally far from parity), ZeroOrAbove (Neutral while both are at or above zero),
//     CloserToOverall (a band against the overall share of its own period; Neutral for the overall
//     share itself, and when that share is hidden or missing).
// Reads only shown values: the figure, its previous value and (for bands) a shown overall share.
namespace ChangeJudgement {

MetricFigure::Change judge(const MetricFigure& figure, double previous, double current, const MetricFigures& all,
                           const ChangeTolerance& tolerance, const Framework& framework = Framework::wres());
// Judges again every figure that has a previous value, under this tolerance.
void apply(MetricFigures& figures, const ChangeTolerance& tolerance, const Framework& framework = Framework::wres());
// The tolerance that applies to the figure's indicator, in its own unit.
double toleranceFor(const MetricFigure& figure, const ChangeTolerance& tolerance,
                    const Framework& framework = Framework::wres());
// The method note's sentence: "A change smaller than 0.05 in a relative likelihood, or than 1 percentage
// point in a percentage or a difference, is called similar."
QString methodSentence(const ChangeTolerance& tolerance);

} // namespace ChangeJudgement
} // namespace wres::core
