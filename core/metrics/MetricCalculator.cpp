#include "MetricCalculator.h"

#include "ChangeJudgement.h"
#include "Redaction.h"

#include <QHash>
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

QString measureFor(const QString& group)
{
    return QStringLiteral("pct_") + group.toLower();
}

// What each indicator counts, for the reasons given when a figure cannot be computed.
QString denominatorWords(int indicator, const QString& group)
{
    switch (indicator) {
    case 2:
        return QStringLiteral("no %1 applicants were shortlisted").arg(group);
    case 3:
    case 4:
        return QStringLiteral("no %1 staff were counted").arg(group);
    default:
        return QStringLiteral("no %1 staff were counted").arg(group);
    }
}

QString numeratorWords(int indicator, const QString& group)
{
    switch (indicator) {
    case 2:
        return QStringLiteral("no %1 applicants were appointed").arg(group);
    case 3:
        return QStringLiteral("no %1 staff entered the disciplinary process").arg(group);
    case 4:
        return QStringLiteral("no %1 staff accessed non-mandatory training").arg(group);
    default:
        return QStringLiteral("the %1 rate is zero").arg(group);
    }
}

MetricFigure percentFigure(const MetricCount& m, const QString& measure, bool hidden)
{
    MetricFigure f;
    f.indicator = m.indicator;
    f.period = m.period;
    f.category = m.category;
    f.measure = measure;
    f.decimals = 1;
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

// Indicators 2-4: one ratio per period from the White and BME rows, or the published ratio.
template <typename Hidden>
MetricFigure likelihood(int indicator, const QString& period, const MetricCount* white, const MetricCount* bme,
                        const MetricCount* published, Hidden hidden)
{
    MetricFigure f;
    f.indicator = indicator;
    f.period = period;
    f.measure = QStringLiteral("relative_likelihood");
    f.decimals = 2;
    if (white)
        f.parts << partOf(*white, hidden(white));
    if (bme)
        f.parts << partOf(*bme, hidden(bme));
    const bool whiteCounts = white && white->count && white->total;
    const bool bmeCounts = bme && bme->count && bme->total;
    if (whiteCounts && bmeCounts) {
        if (*white->total == 0 || *bme->total == 0) {
            f.unavailable =
                denominatorWords(indicator, *white->total == 0 ? QStringLiteral("White") : QStringLiteral("BME"));
            return f;
        }
        const double w = double(*white->count) / double(*white->total);
        const double b = double(*bme->count) / double(*bme->total);
        // 2 and 4 compare White with BME; 3 compares BME with White.
        const double numerator = indicator == 3 ? b : w;
        const double denominator = indicator == 3 ? w : b;
        if (denominator == 0.0) {
            f.unavailable = numeratorWords(indicator, indicator == 3 ? QStringLiteral("White") : QStringLiteral("BME"));
            return f;
        }
        f.value = numerator / denominator;
        return f;
    }
    if (published && published->value) {
        f.value = published->value;
        f.published = true;
        return f;
    }
    const auto wp = white ? partOf(*white).percent : std::nullopt;
    const auto bp = bme ? partOf(*bme).percent : std::nullopt;
    if (wp && bp) {
        const double numerator = indicator == 3 ? *bp : *wp;
        const double denominator = indicator == 3 ? *wp : *bp;
        if (denominator > 0.0) {
            f.value = numerator / denominator;
            f.published = true;
            return f;
        }
    }
    f.unavailable = QStringLiteral("the counts for both groups are needed");
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
            if (rule->isExempt(m.indicator))
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

    // Group the rows by indicator and period, in period order.
    QMap<int, QList<QString>> periods;
    for (const MetricCount& m : counts)
        if (!periods[m.indicator].contains(m.period))
            periods[m.indicator] << m.period;
    for (auto& list : periods)
        std::stable_sort(list.begin(), list.end(), periodBefore);

    MetricFigures figures;
    for (auto it = periods.constBegin(); it != periods.constEnd(); ++it) {
        const int indicator = it.key();
        for (const QString& period : it.value()) {
            QList<const MetricCount*> rows;
            for (const MetricCount& m : counts)
                if (m.indicator == indicator && m.period == period)
                    rows << &m;
            auto find = [&](const QString& group, const QString& category = QString()) -> const MetricCount* {
                for (const MetricCount* m : rows)
                    if (m->group == group && m->category.compare(category, Qt::CaseInsensitive) == 0)
                        return m;
                return nullptr;
            };
            switch (indicator) {
            case 1:
                for (const MetricCount* m : rows)
                    figures << percentFigure(*m, QStringLiteral("pct_bme"), hidden(m));
                break;
            case 2:
            case 3:
            case 4:
                figures << likelihood(indicator, period, find(QStringLiteral("White")), find(QStringLiteral("BME")),
                                      find(QString()), hidden);
                break;
            case 5:
            case 6:
            case 7:
            case 8:
                for (const QString& group : MetricGroups::allowedFor(indicator))
                    if (const MetricCount* m = find(group))
                        figures << percentFigure(*m, measureFor(group), hidden(m));
                break;
            case 9: {
                const MetricCount* workforce = find(QStringLiteral("BME"), QStringLiteral("Workforce"));
                for (const QString& scope :
                     {QStringLiteral("Board overall"), QStringLiteral("Voting"), QStringLiteral("Executive")}) {
                    const MetricCount* board = find(QStringLiteral("BME"), scope);
                    const MetricCount* published = find(QString(), scope);
                    if (!board && !published)
                        continue;
                    MetricFigure f;
                    f.indicator = 9;
                    f.period = period;
                    f.category = scope;
                    f.measure = QStringLiteral("difference");
                    f.decimals = 1;
                    if (board)
                        f.parts << partOf(*board, hidden(board));
                    if (workforce)
                        f.parts << partOf(*workforce, hidden(workforce));
                    // Both counts are of BME staff: the reader is told which is the Board's.
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
            default:
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
            if (earlier.indicator != f.indicator)
                break;
            if (earlier.period == f.period || earlier.measure != f.measure ||
                earlier.category.compare(f.category, Qt::CaseInsensitive) != 0)
                continue;
            if (earlier.value && !earlier.redacted) {
                f.previous = earlier.value;
                f.previousPeriod = earlier.period;
                f.change = ChangeJudgement::judge(f, *earlier.value, *f.value, figures, ChangeTolerance{});
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
