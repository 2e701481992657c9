#include "ChangeJudgement.h"

#include "MetricFormat.h"

#include <QCoreApplication>

#include <cmath>

namespace wres::core {

QString ChangeTolerance::problem() const
{
    if (!(ratio >= 0.0 && ratio <= kMaxRatio))
        return QCoreApplication::translate("wres", "The tolerance on a relative likelihood must be between 0 and %1.")
            .arg(kMaxRatio);
    if (!(points >= 0.0 && points <= kMaxPoints))
        return QCoreApplication::translate("wres",
                                           "The tolerance on a percentage must be between 0 and %1 percentage points.")
            .arg(kMaxPoints);
    return {};
}

namespace ChangeJudgement {
namespace {

// A value as printed, so that "similar" is decided on the numbers a reader sees.
double shown(double value, int decimals)
{
    return MetricFormat::number(value, decimals).toDouble();
}

const MetricFigure* overallOf(const MetricFigure& f, const MetricFigures& all)
{
    for (const MetricFigure& other : all)
        if (other.indicator == f.indicator && other.period == f.period && other.measure == f.measure &&
            other.category.compare(QStringLiteral("Overall"), Qt::CaseInsensitive) == 0)
            return &other;
    return nullptr;
}

} // namespace

double toleranceFor(const MetricFigure& figure, const ChangeTolerance& tolerance, const Framework& framework)
{
    const Indicator* indicator = framework.indicator(figure.indicator);
    const bool ratio =
        indicator ? indicator->kind == Indicator::Kind::RelativeLikelihood : figure.measure == u"relative_likelihood";
    return ratio ? tolerance.ratio : tolerance.points;
}

MetricFigure::Change judge(const MetricFigure& f, double previous, double current, const MetricFigures& all,
                           const ChangeTolerance& tolerance, const Framework& framework)
{
    const double moved = std::abs(shown(current, f.decimals) - shown(previous, f.decimals));
    // The nudge absorbs binary error: 1.12 - 1.07 is 0.05 as printed, and not "smaller than 0.05".
    if (moved < toleranceFor(f, tolerance, framework) - 1e-9 || moved == 0.0)
        return MetricFigure::Change::Same;
    const Indicator* indicator = framework.indicator(f.indicator);
    if (!indicator)
        return MetricFigure::Change::Neutral;
    const auto better = [](bool yes) { return yes ? MetricFigure::Change::Better : MetricFigure::Change::Worse; };
    switch (indicator->better) {
    case Indicator::Better::Lower:
        return better(current < previous);
    case Indicator::Better::Higher:
        return better(current > previous);
    case Indicator::Better::CloserToOne: // 1.00 is parity; a ratio and its inverse are equally far from it
        if (current <= 0.0 || previous <= 0.0)
            return MetricFigure::Change::Neutral;
        return better(std::abs(std::log(current)) < std::abs(std::log(previous)));
    case Indicator::Better::ZeroOrAbove:
        if (previous >= 0.0 && current >= 0.0)
            return MetricFigure::Change::Neutral; // at or above parity either way
        return better(current > previous);
    case Indicator::Better::CloserToOverall: {
        if (f.category.compare(QStringLiteral("Overall"), Qt::CaseInsensitive) == 0)
            return MetricFigure::Change::Neutral;
        const MetricFigure* overall = overallOf(f, all);
        if (!overall || !overall->value || overall->redacted)
            return MetricFigure::Change::Neutral;
        return better(std::abs(current - *overall->value) < std::abs(previous - *overall->value));
    }
    }
    return MetricFigure::Change::Neutral;
}

void apply(MetricFigures& figures, const ChangeTolerance& tolerance, const Framework& framework)
{
    for (MetricFigure& f : figures)
        if (f.previous && f.value && !f.redacted)
            f.change = judge(f, *f.previous, *f.value, figures, tolerance, framework);
}

QString methodSentence(const ChangeTolerance& tolerance)
{
    const QString points = MetricFormat::number(tolerance.points, 1);
    return QCoreApplication::translate("BoardPack",
                                       "A change smaller than %1 in a relative likelihood, or than %2 in a percentage "
                                       "or a difference, is called similar rather than better or worse; changes are "
                                       "judged on the figures as printed.")
        .arg(MetricFormat::number(tolerance.ratio, 2),
             tolerance.points == 1.0 ? QCoreApplication::translate("BoardPack", "1 percentage point")
                                     : QCoreApplication::translate("BoardPack", "%1 percentage points").arg(points));
}

} // namespace ChangeJudgement
} // namespace wres::core
