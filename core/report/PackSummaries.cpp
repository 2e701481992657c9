#include "PackSummaries.h"

#include "BoardPack.h"
#include "framework/Framework.h"
#include "metrics/BandOrder.h"
#include "metrics/ChangeJudgement.h"
#include "metrics/MetricCount.h"
#include "metrics/MetricFormat.h"
#include "metrics/SmallNumbers.h"

#include <QCoreApplication>

namespace wres::core::PackSummaries {
namespace {

const MetricFigure* find(const MetricFigures& figures, const MetricFigure& of, const QString& period,
                         const QString& measure, const QString& category)
{
    for (const MetricFigure& f : figures)
        if (f.indicator == of.indicator && f.framework == of.framework && f.period == period && f.measure == measure &&
            f.category.compare(category, Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

// The move between two figures as printed: "+0.6 points", "-0.37".
QString moveOf(const MetricFigure& f)
{
    const double shownNow = MetricFormat::number(*f.value, f.decimals).toDouble();
    const double shownThen = MetricFormat::number(*f.previous, f.decimals).toDouble();
    const QString delta = MetricFormat::number(shownNow - shownThen, f.decimals, true);
    // A ratio or a score (0 to 10) moves by a number; a percentage or a difference by points.
    return f.measure.startsWith(QStringLiteral("relative_likelihood")) || f.measure.startsWith(QStringLiteral("score"))
               ? delta
               : QCoreApplication::translate("BoardPack", "%1 points").arg(delta);
}

} // namespace

QString headlineMeasure(const Indicator& indicator, const QString& comparisonGroup)
{
    switch (indicator.kind) {
    case Indicator::Kind::RelativeLikelihood:
        return QStringLiteral("relative_likelihood");
    case Indicator::Kind::Difference:
        return QStringLiteral("difference");
    case Indicator::Kind::YesNo:
        return QStringLiteral("yes_no");
    case Indicator::Kind::Score: {
        QString measure = MetricGroups::percentMeasure(comparisonGroup);
        return measure.replace(0, 3, QStringLiteral("score"));
    }
    case Indicator::Kind::Share:
    case Indicator::Kind::SurveyPercentage:
    case Indicator::Kind::Link:
        break;
    }
    return MetricGroups::percentMeasure(comparisonGroup);
}

QString headlineCategory(const Indicator& indicator)
{
    switch (indicator.kind) {
    case Indicator::Kind::Share:
        return QStringLiteral("Overall");
    case Indicator::Kind::Difference:
        return QStringLiteral("Board overall");
    default:
        return {};
    }
}

const MetricFigure* headline(const Indicator& indicator, const MetricFigures& figures)
{
    const Framework* framework = Framework::find(indicator.framework);
    const QString measure = headlineMeasure(indicator, framework ? framework->comparisonGroup : QStringLiteral("BME"));
    const QString category = headlineCategory(indicator);
    const MetricFigure* latest = nullptr;
    for (const MetricFigure& f : figures)
        if (f.indicator == indicator.number && f.framework == indicator.framework && f.measure == measure &&
            f.category.compare(category, Qt::CaseInsensitive) == 0 &&
            (!latest || periodBefore(latest->period, f.period)))
            latest = &f;
    return latest;
}

void judgeAndOrder(BoardPack& pack)
{
    ChangeJudgement::apply(pack.metrics.figures, pack.tolerance);
    for (const Indicator& indicator : pack.definitions)
        if (indicator.kind == Indicator::Kind::Share)
            BandOrder::sortFigures(pack.metrics.figures, indicator.number, indicator.framework);
}

void complete(BoardPack& pack)
{
    for (BoardPack::IndicatorSummary& s : pack.indicators) {
        const MetricFigure* f = headline(s.indicator, pack.metrics.figures);
        const Framework* framework = Framework::find(s.indicator.framework);
        const QString comparison = framework ? framework->comparisonGroup : QStringLiteral("BME");
        const QString reference = framework ? framework->referenceGroup : QStringLiteral("White");
        s.measure = MetricFormat::measureLabel(headlineMeasure(s.indicator, comparison));
        if (!f)
            continue;
        s.latest = IndicatorTable::withUnit(*f);
        const bool compared = f->previous && f->value && !f->redacted;
        if (compared && s.indicator.kind == Indicator::Kind::YesNo) {
            // A yes or no has no size of move: it stayed or it changed.
            s.previous = IndicatorTable::withUnit(*f->previous, *f);
            s.changeText = s.previous == s.latest
                               ? QCoreApplication::translate("BoardPack", "unchanged: %1").arg(s.latest)
                               : QCoreApplication::translate("BoardPack", "changed: %1 → %2").arg(s.previous, s.latest);
        } else if (compared) {
            s.previous = IndicatorTable::withUnit(*f->previous, *f);
            s.moved = moveOf(*f);
            s.changeText = QCoreApplication::translate("BoardPack", "%1: %2 → %3 (%4)")
                               .arg(MetricFormat::changeWord(f->change), s.previous, s.latest, s.moved);
        }
        if (s.indicator.kind == Indicator::Kind::SurveyPercentage) {
            // White (non-disabled) beside the comparison group, period for period.
            const QString referenceMeasure = MetricGroups::percentMeasure(reference);
            if (const MetricFigure* w = find(pack.metrics.figures, *f, f->period, referenceMeasure, {})) {
                s.white = IndicatorTable::withUnit(*w);
                if (compared && w->previous && w->previousPeriod == f->previousPeriod && !w->redacted)
                    s.whitePrevious = IndicatorTable::withUnit(*w->previous, *w);
                else if (compared)
                    if (const MetricFigure* wp =
                            find(pack.metrics.figures, *f, f->previousPeriod, referenceMeasure, {}))
                        s.whitePrevious = IndicatorTable::withUnit(*wp);
            }
        }
        s.smallNumbers = SmallNumbers::applies(*f);
        if (s.smallNumbers) {
            s.caveat = SmallNumbers::sentence({IndicatorTable::nameOf(*f)}, f->period);
        }
    }
    pack.methodNotes << ChangeJudgement::methodSentence(pack.tolerance) << SmallNumbers::methodSentence();
}

} // namespace wres::core::PackSummaries
