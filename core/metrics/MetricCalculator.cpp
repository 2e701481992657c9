#include "MetricCalculator.h"

#include "ChangeJudgement.h"
#include "Redaction.h"
#include "framework/Framework.h"

#include <QMap>

#include <algorithm>

namespace wres::core::MetricCalculator {
namespace {

// A row's part of a figure; hidden says whether the suppression rule hides its count or total.
MetricPart partOf(const MetricCount& m, bool hidden = false)
{
    MetricPart part{m.group, m.count, m.total, std::nullopt, hidden, {}};
    if (m.count && m.total && *m.total > 0)
        part.percent = 100.0 * double(*m.count) / double(*m.total);
    else if (!m.count && m.value)
        part.percent = m.value;
    return part;
}

MetricFigure blank(const MetricCount& m, const QString& measure, int decimals)
{
    MetricFigure f;
    f.framework = m.framework;
    f.indicator = m.indicator;
    f.period = m.period;
    f.category = m.category;
    f.measure = measure;
    f.decimals = decimals;
    return f;
}

MetricFigure percentFigure(const MetricCount& m, const QString& measure, bool hidden)
{
    MetricFigure f = blank(m, measure, 1);
    f.parts << partOf(m, hidden);
    if (m.count && m.total) {
        if (*m.total == 0)
            f.unavailable = QStringLiteral("the total is zero");
        else
            f.value = f.parts.front().percent;
    } else if (m.value) {
        f.value = m.value;
        f.published = true;
    } else {
        f.unavailable = QStringLiteral("not recorded");
    }
    return f;
}

// WDES 9a: a published score (0-10) per group; the respondents, when given, are its total.
MetricFigure scoreFigure(const MetricCount& m, bool hidden)
{
    QString measure = MetricGroups::percentMeasure(m.group);
    measure.replace(0, 3, QStringLiteral("score"));
    MetricFigure f = blank(m, measure, 1);
    f.parts << MetricPart{m.group, std::nullopt, m.total, std::nullopt, hidden, {}};
    f.value = m.value;
    f.published = true;
    if (!f.value)
        f.unavailable = QStringLiteral("not recorded");
    return f;
}

// WDES 9b: yes (1) or no (0), with the narrative.
MetricFigure yesNoFigure(const MetricCount& m)
{
    MetricFigure f = blank(m, QStringLiteral("yes_no"), 0);
    f.value = m.value;
    f.published = true;
    f.note = m.note;
    if (!f.value)
        f.unavailable = QStringLiteral("not recorded");
    return f;
}

// Two groups' counts pooled over years (the two-year rolling average: the average of each year's
// counts divided by the average of each year's totals is the pooled count over the pooled total).
struct Pooled
{
    const MetricCount* row = nullptr; // this year's
    std::optional<qint64> count;
    std::optional<qint64> total;
    bool hidden = false;
};

template <typename Hidden> Pooled pool(const QList<const MetricCount*>& rows, Hidden hidden)
{
    Pooled p;
    qint64 count = 0;
    qint64 total = 0;
    bool complete = !rows.isEmpty();
    for (const MetricCount* m : rows) {
        if (!m || !m->count || !m->total) {
            complete = false;
            continue;
        }
        count += *m->count;
        total += *m->total;
        p.hidden = p.hidden || hidden(m);
    }
    if (complete) {
        p.count = count;
        p.total = total;
    }
    p.row = rows.isEmpty() ? nullptr : rows.front();
    return p;
}

// A relative likelihood: one ratio per period from the reference and comparison groups' rows, or the
// published ratio. reference and comparison hold the counts (one year's, or pooled over two).
struct LikelihoodInput
{
    const Indicator* definition = nullptr;
    const Framework* framework = nullptr;
    QString period;
    QString measure;
    QList<MetricPart> parts; // reference first, as published reports list them
    std::optional<qint64> refCount, refTotal, cmpCount, cmpTotal;
    const MetricCount* published = nullptr;
    std::optional<double> refPercent, cmpPercent; // published percentages, when counts are not known
    QString missing;                              // why there is no figure when nothing is known
};

MetricFigure likelihood(const LikelihoodInput& in)
{
    MetricFigure f;
    f.framework = in.framework->code;
    f.indicator = in.definition->number;
    f.period = in.period;
    f.measure = in.measure;
    f.decimals = 2;
    f.parts = in.parts;
    const QString& reference = in.framework->referenceGroup;
    const QString& comparison = in.framework->comparisonGroup;
    // WRES 2 and 4 divide White's rate by BME's, 3 BME's by White's; WDES 2 non-disabled's by
    // Disabled's, 3 Disabled's by non-disabled's: the catalogue's numerator_group says which.
    const bool comparisonFirst = in.definition->numeratorGroup == comparison;
    if (in.refCount && in.refTotal && in.cmpCount && in.cmpTotal) {
        if (*in.refTotal == 0 || *in.cmpTotal == 0) {
            f.unavailable = in.definition->noTotal.arg(*in.refTotal == 0 ? reference : comparison);
            return f;
        }
        const double r = double(*in.refCount) / double(*in.refTotal);
        const double c = double(*in.cmpCount) / double(*in.cmpTotal);
        const double numerator = comparisonFirst ? c : r;
        const double denominator = comparisonFirst ? r : c;
        if (denominator == 0.0) {
            f.unavailable = in.definition->noCount.arg(comparisonFirst ? reference : comparison);
            return f;
        }
        f.value = numerator / denominator;
        return f;
    }
    if (in.published && in.published->value) {
        f.value = in.published->value;
        f.published = true;
        return f;
    }
    if (in.refPercent && in.cmpPercent) {
        const double numerator = comparisonFirst ? *in.cmpPercent : *in.refPercent;
        const double denominator = comparisonFirst ? *in.refPercent : *in.cmpPercent;
        if (denominator > 0.0) {
            f.value = numerator / denominator;
            f.published = true;
            return f;
        }
    }
    f.unavailable = in.missing;
    return f;
}

// The figures of the counts; with a rule, the counts it hides are marked on each figure's parts
// (and, under a rounding rule, every other count is rounded first), then Redaction hides and
// empties the figures before any change on a previous period is derived.
MetricFigures computeWith(const MetricCounts& given, const SuppressionRule* rule)
{
    QList<bool> hiddenRows(given.size(), false);
    MetricCounts shown = given;
    if (rule)
        for (qsizetype i = 0; i < shown.size(); ++i) {
            MetricCount& m = shown[i];
            if (rule->isExempt(m.framework, m.indicator))
                continue;
            hiddenRows[i] = (m.count && rule->hides(*m.count)) || (m.total && rule->hides(*m.total));
            if (!hiddenRows[i]) {
                if (m.count)
                    m.count = rule->shown(*m.count);
                if (m.total)
                    m.total = rule->shown(*m.total);
            }
        }
    const MetricCounts& counts = shown; // read only from here, so pointers into it stay put
    const auto hidden = [&](const MetricCount* m) { return hiddenRows.at(m - counts.constData()); };

    // Group the rows by framework and indicator (catalogue order), then period in order.
    const auto& frameworks = Framework::all();
    auto frameworkIndex = [&](const QString& code) {
        for (qsizetype i = 0; i < frameworks.size(); ++i)
            if (frameworks[i]->code == code)
                return int(i);
        return int(frameworks.size());
    };
    QMap<std::pair<int, int>, QList<QString>> periods;
    for (const MetricCount& m : counts) {
        QList<QString>& list = periods[{frameworkIndex(m.framework), m.indicator}];
        if (!list.contains(m.period))
            list << m.period;
    }
    for (auto& list : periods)
        std::stable_sort(list.begin(), list.end(), periodBefore);

    MetricFigures figures;
    for (auto it = periods.constBegin(); it != periods.constEnd(); ++it) {
        if (it.key().first >= frameworks.size())
            continue;
        const Framework& framework = *frameworks[it.key().first];
        const Indicator* definition = framework.indicator(it.key().second);
        if (!definition || !definition->hasFigures())
            continue;
        const QString& reference = framework.referenceGroup;
        const QString& comparison = framework.comparisonGroup;
        const QStringList& periodList = it.value();
        for (qsizetype p = 0; p < periodList.size(); ++p) {
            const QString& period = periodList[p];
            auto rowsOf = [&](const QString& when) {
                QList<const MetricCount*> rows;
                for (const MetricCount& m : counts)
                    if (m.framework == framework.code && m.indicator == definition->number && m.period == when)
                        rows << &m;
                return rows;
            };
            const QList<const MetricCount*> rows = rowsOf(period);
            auto findIn = [&](const QList<const MetricCount*>& list, const QString& group,
                              const QString& category = QString()) -> const MetricCount* {
                for (const MetricCount* m : list)
                    if (m->group == group && m->category.compare(category, Qt::CaseInsensitive) == 0)
                        return m;
                return nullptr;
            };
            auto find = [&](const QString& group, const QString& category = QString()) {
                return findIn(rows, group, category);
            };
            switch (definition->kind) {
            case Indicator::Kind::Share:
                for (const MetricCount* m : rows)
                    figures << percentFigure(*m, MetricGroups::percentMeasure(m->group), hidden(m));
                break;
            case Indicator::Kind::RelativeLikelihood: {
                const MetricCount* ref = find(reference);
                const MetricCount* cmp = find(comparison);
                LikelihoodInput single;
                single.definition = definition;
                single.framework = &framework;
                single.period = period;
                single.measure = QStringLiteral("relative_likelihood");
                if (ref)
                    single.parts << partOf(*ref, hidden(ref));
                if (cmp)
                    single.parts << partOf(*cmp, hidden(cmp));
                if (ref) {
                    single.refCount = ref->count;
                    single.refTotal = ref->total;
                    single.refPercent = partOf(*ref).percent;
                }
                if (cmp) {
                    single.cmpCount = cmp->count;
                    single.cmpTotal = cmp->total;
                    single.cmpPercent = partOf(*cmp).percent;
                }
                single.missing = QStringLiteral("the counts for both groups are needed");
                if (definition->rollingYears == 1) {
                    single.published = find(QString());
                    figures << likelihood(single);
                    break;
                }
                // The headline is the two-year rolling average of this year and the year before
                // (technical guidance); the year alone is given beside it.
                LikelihoodInput rolling = single;
                rolling.parts.clear();
                rolling.refCount = rolling.refTotal = rolling.cmpCount = rolling.cmpTotal = std::nullopt;
                rolling.refPercent = rolling.cmpPercent = std::nullopt;
                rolling.published = find(QString()); // a published figure is the headline, as published
                const QString before =
                    p > 0 && periodYear(periodList[p - 1]) == periodYear(period) - 1 ? periodList[p - 1] : QString();
                if (before.isEmpty()) {
                    rolling.missing =
                        QStringLiteral("the year before %1 is needed for the two-year rolling average").arg(period);
                } else {
                    const QList<const MetricCount*> earlier = rowsOf(before);
                    const Pooled refs = pool({ref, findIn(earlier, reference)}, hidden);
                    const Pooled cmps = pool({cmp, findIn(earlier, comparison)}, hidden);
                    const QString label = QStringLiteral("%1 and %2").arg(before, period);
                    for (const auto& [group, pooled] : {std::pair{reference, refs}, std::pair{comparison, cmps}}) {
                        if (!pooled.row)
                            continue;
                        // "White, 2021/22 and 2022/23": whose counts, and over which years.
                        MetricPart part{group,        pooled.count,  pooled.total,
                                        std::nullopt, pooled.hidden, QStringLiteral("%1, %2").arg(group, label)};
                        if (pooled.count && pooled.total && *pooled.total > 0)
                            part.percent = 100.0 * double(*pooled.count) / double(*pooled.total);
                        rolling.parts << part;
                    }
                    rolling.refCount = refs.count;
                    rolling.refTotal = refs.total;
                    rolling.cmpCount = cmps.count;
                    rolling.cmpTotal = cmps.total;
                    rolling.missing = QStringLiteral("the counts of both groups in %1 and %2 are needed for the "
                                                     "two-year rolling average")
                                          .arg(before, period);
                }
                figures << likelihood(rolling);
                // The year alone, where the year has counts (a year published as a figure only has none).
                single.measure = QStringLiteral("relative_likelihood_single_year");
                if (ref || cmp)
                    figures << likelihood(single);
                break;
            }
            case Indicator::Kind::SurveyPercentage:
                for (const QString& group : definition->groups)
                    if (const MetricCount* m = group.isEmpty() ? nullptr : find(group))
                        figures << percentFigure(*m, MetricGroups::percentMeasure(group), hidden(m));
                break;
            case Indicator::Kind::Difference: {
                const MetricCount* workforce = find(comparison, QStringLiteral("Workforce"));
                for (const QString& scope : definition->boardScopes) {
                    const MetricCount* board = find(comparison, scope);
                    const MetricCount* published = find(QString(), scope);
                    if (!board && !published)
                        continue;
                    MetricFigure f;
                    f.framework = framework.code;
                    f.indicator = definition->number;
                    f.period = period;
                    f.category = scope;
                    f.measure = QStringLiteral("difference");
                    f.decimals = 1;
                    if (board)
                        f.parts << partOf(*board, hidden(board));
                    if (workforce)
                        f.parts << partOf(*workforce, hidden(workforce));
                    // Both counts are of the comparison group: the reader is told which is the Board's.
                    for (MetricPart& part : f.parts)
                        part.label =
                            board && &part == &f.parts.front() ? QStringLiteral("Board") : QStringLiteral("Workforce");
                    const auto boardPct = board ? partOf(*board).percent : std::nullopt;
                    const auto workforcePct = workforce ? partOf(*workforce).percent : std::nullopt;
                    if (boardPct && workforcePct) {
                        f.value = *boardPct - *workforcePct;
                        f.published = !(board->count && workforce->count);
                    } else if (published && published->value) {
                        f.value = published->value;
                        f.published = true;
                    } else {
                        f.unavailable = workforce
                                            ? QStringLiteral("the board's counts are needed")
                                            : QStringLiteral("the workforce share is needed (category Workforce)");
                    }
                    figures << f;
                }
                break;
            }
            case Indicator::Kind::Score:
                for (const QString& group : definition->groups)
                    if (const MetricCount* m = group.isEmpty() ? nullptr : find(group))
                        figures << scoreFigure(*m, hidden(m));
                break;
            case Indicator::Kind::YesNo:
                if (const MetricCount* m = find(QString()))
                    figures << yesNoFigure(*m);
                break;
            case Indicator::Kind::Link:
                break;
            }
        }
    }

    if (rule)
        Redaction::apply(figures, *rule);

    // The change on the previous period with a value, for the same figure; hidden figures take no part.
    for (qsizetype i = 0; i < figures.size(); ++i) {
        MetricFigure& f = figures[i];
        if (!f.value || f.redacted)
            continue;
        for (qsizetype j = i - 1; j >= 0; --j) {
            const MetricFigure& earlier = figures[j];
            if (earlier.indicator != f.indicator || earlier.framework != f.framework)
                break;
            if (earlier.period == f.period || earlier.measure != f.measure ||
                earlier.category.compare(f.category, Qt::CaseInsensitive) != 0)
                continue;
            if (earlier.value && !earlier.redacted) {
                f.previous = earlier.value;
                f.previousPeriod = earlier.period;
                f.change = ChangeJudgement::judge(f, *earlier.value, *f.value, figures, ChangeTolerance{},
                                                  *Framework::find(f.framework));
            }
            break;
        }
    }
    return figures;
}

} // namespace

MetricFigures compute(const MetricCounts& counts)
{
    return computeWith(counts, nullptr);
}

MetricFigures compute(const MetricCounts& counts, const SuppressionRule& rule)
{
    return computeWith(counts, &rule);
}

} // namespace wres::core::MetricCalculator
