#include "Narrative.h"

#include "MetricCount.h"
#include "MetricFormat.h"
#include "framework/Framework.h"

#include <QCoreApplication>

namespace wres::core::Narrative {
namespace {

// A group's name inside a sentence: "non-disabled" as NHS England writes it; "White", "BME" and
// "Disabled" as they are.
QString inSentence(const QString& group)
{
    return group.startsWith(QStringLiteral("Non-")) ? QStringLiteral("non-") + group.mid(4) : group;
}

QString comparison(const MetricFigure& f, bool signedForm = false)
{
    if (f.redacted || !f.previous || f.change == MetricFigure::Change::None)
        return {};
    const QString was = MetricFormat::number(*f.previous, f.decimals, signedForm);
    switch (f.change) {
    case MetricFigure::Change::Better:
        return QCoreApplication::translate("Narrative", ", better than %1 in %2").arg(was, f.previousPeriod);
    case MetricFigure::Change::Worse:
        return QCoreApplication::translate("Narrative", ", worse than %1 in %2").arg(was, f.previousPeriod);
    case MetricFigure::Change::Same:
        return QCoreApplication::translate("Narrative", ", similar to %1 in %2").arg(was, f.previousPeriod);
    default:
        return QCoreApplication::translate("Narrative", " (%1 in %2)").arg(was, f.previousPeriod);
    }
}

bool ofIndicator(const MetricFigure& f, const Indicator& indicator)
{
    return f.indicator == indicator.number && f.framework == indicator.framework;
}

QString latestPeriod(const Indicator& indicator, const MetricFigures& figures)
{
    QString latest;
    for (const MetricFigure& f : figures)
        if (ofIndicator(f, indicator) && (latest.isEmpty() || periodBefore(latest, f.period)))
            latest = f.period;
    return latest;
}

const MetricFigure* find(const MetricFigures& figures, const Indicator& indicator, const QString& period,
                         const QString& measure, const QString& category = QString())
{
    for (const MetricFigure& f : figures)
        if (ofIndicator(f, indicator) && f.period == period && f.measure == measure &&
            f.category.compare(category, Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

QString percent(const std::optional<double>& value)
{
    return value ? MetricFormat::number(*value, 1) + QLatin1Char('%') : QStringLiteral("-");
}

// A survey figure as a sentence shows it: "30.0%", the rule's symbol when hidden, "-".
QString percent(const MetricFigure* f)
{
    if (!f)
        return QStringLiteral("-");
    return f->redacted ? f->symbol : percent(f->value);
}

QString score(const MetricFigure* f)
{
    if (!f)
        return QStringLiteral("-");
    if (f->redacted)
        return f->symbol;
    return f->value ? MetricFormat::number(*f->value, 1) : QStringLiteral("-");
}

QString likelihood(const Indicator& indicator, const Framework& framework, const MetricFigures& figures,
                   const QString& period, const QString& cmpName)
{
    const MetricFigure* f = find(figures, indicator, period, QStringLiteral("relative_likelihood"));
    if (!f)
        return {};
    const QString name =
        indicator.framework == Framework::wres().code
            ? QCoreApplication::translate("Narrative", "indicator %1").arg(indicator.number)
            : QCoreApplication::translate("Narrative", "%1 metric %2").arg(indicator.framework, indicator.code);
    const bool rolling = indicator.rollingYears == 2;
    const QString span = rolling ? QCoreApplication::translate("Narrative", "the two years to %1").arg(period) : period;
    // The single year, given beside a two-year rolling headline as Trusts publish both.
    QString single;
    if (rolling)
        if (const MetricFigure* year =
                find(figures, indicator, period, QStringLiteral("relative_likelihood_single_year"));
            year && (year->redacted || year->value))
            single = year->redacted ? year->symbol : MetricFormat::number(*year->value, 2);
    if (f->redacted)
        return rolling ? QCoreApplication::translate(
                             "Narrative",
                             "The figure for %2 over the two years to %1 rests on small numbers and is not published "
                             "(%3).")
                             .arg(period, name, f->symbol)
                       : QCoreApplication::translate(
                             "Narrative", "The %1 figure for %2 rests on small numbers and is not published (%3).")
                             .arg(period, name, f->symbol);
    if (!f->value) {
        QString text =
            QCoreApplication::translate("Narrative", "The relative likelihood for %1 cannot be computed: %2.")
                .arg(span, f->unavailable);
        if (!single.isEmpty())
            text += QCoreApplication::translate("Narrative", " In %1 alone, it was %2.").arg(period, single);
        return text;
    }
    if (!single.isEmpty())
        single = QCoreApplication::translate("Narrative", "; in %1 alone, %2").arg(period, single);
    const QString& comparisonGroup = framework.comparisonGroup;
    const QString reference = inSentence(framework.referenceGroup);
    const bool comparisonFirst = indicator.numeratorGroup == comparisonGroup;
    const QString first = comparisonFirst ? cmpName : reference;
    const QString second = comparisonFirst ? reference : cmpName;
    const QString ratio = MetricFormat::number(*f->value, 2);
    const QString how = *f->value >= 1.0
                            ? QCoreApplication::translate("Narrative", "%1 times more likely than").arg(ratio)
                            : QCoreApplication::translate("Narrative", "%1 times as likely as").arg(ratio);
    QString rates;
    if (f->parts.size() == 2 && f->parts[0].percent && f->parts[1].percent) {
        const auto& ref = f->parts[0];
        const auto& other = f->parts[1];
        const auto& a = comparisonFirst ? other : ref;
        const auto& b = comparisonFirst ? ref : other;
        rates =
            QCoreApplication::translate("Narrative", " (%1 against %2)").arg(percent(a.percent), percent(b.percent));
    }
    return QCoreApplication::translate("Narrative", "In %1, %2 %3 were %4 %5 %3 %6%7%8%9.")
        .arg(span, first, indicator.subject, how, second, indicator.predicate, rates, comparison(*f), single);
}

QString survey(const Indicator& indicator, const Framework& framework, const MetricFigures& figures,
               const QString& period, const QString& cmpName)
{
    const MetricFigure* b = find(figures, indicator, period, MetricGroups::percentMeasure(framework.comparisonGroup));
    const MetricFigure* w = find(figures, indicator, period, MetricGroups::percentMeasure(framework.referenceGroup));
    if (!b && !w)
        return {};
    QString text = QCoreApplication::translate("Narrative", "In the %1 Staff Survey, %2 of %3 staff %4")
                       .arg(period, percent(b), cmpName, indicator.wording);
    if (w)
        text += QCoreApplication::translate("Narrative", ", against %1 of %2 staff")
                    .arg(percent(w), inSentence(framework.referenceGroup));
    if (b)
        text += comparison(*b).replace(QStringLiteral(" in "), QCoreApplication::translate("Narrative", "% in "));
    return text + QLatin1Char('.');
}

QString share(const Indicator& indicator, const Framework& framework, const MetricFigures& figures,
              const QString& period, const QString& cmpName)
{
    const QString measure = MetricGroups::percentMeasure(framework.comparisonGroup);
    const MetricFigure* overall = find(figures, indicator, period, measure, QStringLiteral("Overall"));
    if (!overall || !overall->value || overall->redacted)
        return QCoreApplication::translate("Narrative", "The overall share of %1 staff in %2 is not shown.")
            .arg(cmpName, period);
    const bool wres = indicator.framework == Framework::wres().code;
    QString text = wres ? QCoreApplication::translate("Narrative",
                                                      "%1 staff were %2 of the workforce with a known ethnicity in %3")
                              .arg(cmpName, percent(overall->value), period)
                        : QCoreApplication::translate("Narrative", "%1 staff were %2 of the workforce in %3")
                              .arg(cmpName, percent(overall->value), period);
    if (overall->previous)
        text += QCoreApplication::translate("Narrative", " (%1 in %2)")
                    .arg(percent(overall->previous), overall->previousPeriod);
    if (!wres) // "not known" is kept apart: its share says how far the figures can be trusted
        if (const MetricFigure* unknown =
                find(figures, indicator, period, QStringLiteral("pct_not_known"), QStringLiteral("Overall")))
            text += QCoreApplication::translate("Narrative", "; %1 of staff had not said whether they are disabled")
                        .arg(percent(unknown));
    text += QLatin1Char('.');
    // The band with the lowest share, among those shown; when a band is hidden, the sentence says
    // so, since the hidden band may be lower still.
    const MetricFigure* lowest = nullptr;
    bool anyHidden = false;
    for (const MetricFigure& f : figures) {
        if (!ofIndicator(f, indicator) || f.period != period || &f == overall || f.measure != measure)
            continue;
        anyHidden = anyHidden || f.redacted;
        if (f.value && !f.redacted && (!lowest || *f.value < *lowest->value))
            lowest = &f;
    }
    if (lowest && *lowest->value < *overall->value)
        text += (anyHidden ? QCoreApplication::translate("Narrative",
                                                         " Among the bands shown, the lowest share is in %1 (%2).")
                           : QCoreApplication::translate("Narrative", " The lowest share is in %1 (%2)."))
                    .arg(lowest->category, percent(lowest->value));
    return text;
}

QString board(const Indicator& indicator, const MetricFigures& figures, const QString& period, const QString& cmpName)
{
    QStringList parts;
    for (const QString& scope : indicator.boardScopes) {
        const MetricFigure* f = find(figures, indicator, period, QStringLiteral("difference"), scope);
        if (!f)
            continue;
        const QString name = scope == u"Board overall" ? QCoreApplication::translate("Narrative", "the whole Board")
                                                       : scope.toLower() + QStringLiteral(" members");
        if (f->redacted) {
            parts << QCoreApplication::translate("Narrative", "%1 for %2").arg(f->symbol, name);
        } else if (f->value) {
            parts << QCoreApplication::translate("Narrative", "%1 percentage points for %2%3")
                         .arg(MetricFormat::number(*f->value, 1, true), name, comparison(*f, true));
        }
    }
    if (parts.isEmpty())
        return {};
    return QCoreApplication::translate(
               "Narrative", "In %1, the difference between the %2 share of the Board and of the workforce was %3.")
        .arg(period, cmpName, parts.join(QStringLiteral("; ")));
}

QString engagement(const Indicator& indicator, const Framework& framework, const MetricFigures& figures,
                   const QString& period, const QString& cmpName)
{
    auto of = [&](const QString& group) {
        QString measure = MetricGroups::percentMeasure(group);
        measure.replace(0, 3, QStringLiteral("score"));
        return find(figures, indicator, period, measure);
    };
    const MetricFigure* disabled = of(framework.comparisonGroup);
    const MetricFigure* others = of(framework.referenceGroup);
    const MetricFigure* organisation = of(QStringLiteral("Organisation"));
    if (!disabled && !others && !organisation)
        return {};
    QString text = QCoreApplication::translate("Narrative", "In the %1 Staff Survey, the engagement score of %2 staff "
                                                            "was %3 out of 10")
                       .arg(period, cmpName, score(disabled));
    QStringList against;
    if (others)
        against << QCoreApplication::translate("Narrative", "%1 for %2 staff")
                       .arg(score(others), framework.referenceGroup.toLower());
    if (organisation)
        against << QCoreApplication::translate("Narrative", "%1 for the organisation").arg(score(organisation));
    if (!against.isEmpty())
        text += QCoreApplication::translate("Narrative", ", against %1").arg(against.join(QStringLiteral(" and ")));
    if (disabled)
        text += comparison(*disabled);
    return text + QLatin1Char('.');
}

QString answer(const Indicator& indicator, const MetricFigures& figures, const QString& period)
{
    const MetricFigure* f = find(figures, indicator, period, QStringLiteral("yes_no"));
    if (!f || !f->value)
        return {};
    QString text = QCoreApplication::translate("Narrative", "In %1, asked whether it has taken action to facilitate "
                                                            "the voices of Disabled staff to be heard, the "
                                                            "organisation answered %2")
                       .arg(period, MetricFormat::value(*f));
    if (!f->note.isEmpty())
        text += QStringLiteral(": ") + f->note.simplified();
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
}

} // namespace

QString forIndicator(int indicator, const MetricFigures& figures, const QString& bmeName)
{
    const Indicator* definition = Framework::wres().indicator(indicator);
    if (!definition)
        return {};
    return forIndicator(*definition, figures, bmeName);
}

QString forIndicator(const Indicator& indicator, const MetricFigures& figures, const QString& groupName)
{
    const Framework* framework = Framework::find(indicator.framework);
    if (!framework)
        return {};
    const QString cmpName = groupName.isEmpty() ? framework->comparisonGroup : groupName;
    const QString period = latestPeriod(indicator, figures);
    if (period.isEmpty())
        return framework == &Framework::wres()
                   ? QCoreApplication::translate("Narrative", "No figures recorded for indicator %1.")
                         .arg(indicator.number)
                   : QCoreApplication::translate("Narrative", "No figures recorded for %1 metric %2.")
                         .arg(framework->code, indicator.code);
    switch (indicator.kind) {
    case Indicator::Kind::RelativeLikelihood:
        return likelihood(indicator, *framework, figures, period, cmpName);
    case Indicator::Kind::SurveyPercentage:
        return survey(indicator, *framework, figures, period, cmpName);
    case Indicator::Kind::Share:
        return share(indicator, *framework, figures, period, cmpName);
    case Indicator::Kind::Difference:
        return board(indicator, figures, period, cmpName);
    case Indicator::Kind::Score:
        return engagement(indicator, *framework, figures, period, cmpName);
    case Indicator::Kind::YesNo:
        return answer(indicator, figures, period);
    case Indicator::Kind::Link:
        break;
    }
    return {};
}

} // namespace wres::core::Narrative
