#include "MetricCharts.h"

#include "MetricCount.h"
#include "MetricFormat.h"
#include "framework/Framework.h"

#include <algorithm>

namespace wres::core::MetricCharts {
namespace {

bool isOverall(const MetricFigure& f)
{
    return f.category.compare(QStringLiteral("Overall"), Qt::CaseInsensitive) == 0;
}

// The shown value of each period for the figures pick selects; empty where hidden or missing.
template <typename Pick>
QList<std::optional<double>> valuesByPeriod(const MetricFigures& figures, const Indicator& indicator,
                                            const QStringList& periods, Pick pick)
{
    QList<std::optional<double>> values;
    for (const QString& period : periods) {
        std::optional<double> v;
        for (const MetricFigure& f : figures)
            if (f.indicator == indicator.number && f.framework == indicator.framework && f.period == period &&
                !f.redacted && pick(f))
                v = f.value;
        values << v;
    }
    return values;
}

bool isWres(const Indicator& indicator)
{
    return indicator.framework == Framework::wres().code;
}

// "Indicator 2: ..." as WRES charts have always been titled; "WDES 4a(i): ..." for another framework.
QString titled(const Indicator& indicator, const QString& words)
{
    return isWres(indicator) ? QStringLiteral("Indicator %1: %2").arg(indicator.number).arg(words)
                             : QStringLiteral("%1: %2").arg(indicator.label(), words);
}

// The extent of what is drawn: shown values and every line.
struct Extent
{
    double low;
    double high;

    void take(const ChartData& chart)
    {
        for (const ChartData::Series& s : chart.series)
            for (const std::optional<double>& v : s.values)
                if (v) {
                    low = std::min(low, *v);
                    high = std::max(high, *v);
                }
        for (const ChartData::Line& line : chart.lines) {
            low = std::min(low, line.value);
            high = std::max(high, line.value);
        }
    }
};

// A margin of 15% of the span (at least 1) above, and below unless the axis starts at zero.
void finishRange(ChartData& chart, double low, double high, bool fromZero)
{
    if (low > high) {
        low = 0;
        high = 1;
    }
    const double span = std::max(high - low, 1.0);
    chart.axisMin = fromZero ? std::min(0.0, low) : low - span * 0.15;
    chart.axisMax = high + span * 0.15;
}

void addTargets(ChartData& chart, const MetricTargets& targets, const Indicator& indicator)
{
    for (const MetricTarget& t : targets) {
        if (t.indicator != indicator.number || t.framework != indicator.framework)
            continue;
        const QString when = t.byPeriod.isEmpty() ? QString() : QStringLiteral(" by ") + t.byPeriod;
        chart.lines << ChartData::Line{
            QStringLiteral("Target %1%2%3")
                .arg(MetricFormat::number(t.value, 1), when,
                     t.label.isEmpty() ? QString() : QStringLiteral(" (") + t.label + QLatin1Char(')')),
            t.value, ChartData::Line::Kind::Target};
    }
}

ChartData byBand(const MetricReport& report, const Indicator& indicator, const QString& asked)
{
    const Framework& framework = *Framework::find(indicator.framework);
    const QString group = framework.comparisonGroup;
    const QString measure = MetricGroups::percentMeasure(group);
    const QStringList periods = report.periods(indicator.framework, indicator.number);
    const QString period = periods.contains(asked) || periods.isEmpty() ? asked : periods.last();
    ChartData chart;
    chart.kind = ChartData::Kind::BandBars;
    chart.title = titled(indicator, QStringLiteral("%1 staff by band, %2").arg(group, period));
    chart.axisTitle = QStringLiteral("% ") + group;
    chart.axisDecimals = 0;
    ChartData::Series bars{QStringLiteral("% %1 in the band").arg(group), {}};
    double high = 0;
    for (const MetricFigure& f : report.figures) {
        if (f.indicator != indicator.number || f.framework != indicator.framework || f.period != period ||
            f.measure != measure)
            continue;
        const bool shown = f.value && !f.redacted;
        if (isOverall(f)) {
            if (shown) {
                chart.lines << ChartData::Line{
                    QStringLiteral("Overall share %1%").arg(MetricFormat::number(*f.value, 1)), *f.value};
                high = std::max(high, *f.value);
            }
            continue;
        }
        // A hidden figure is an empty slot whose name says why; it has no bar and no value.
        chart.categories << (shown ? f.category
                                   : f.category +
                                         QStringLiteral(" (%1)").arg(f.redacted ? f.symbol : QStringLiteral("-")));
        bars.values << (shown ? f.value : std::nullopt);
        if (shown)
            high = std::max(high, *f.value);
    }
    chart.series << bars;
    chart.axisMin = 0;
    chart.axisMax = std::max(10.0, high * 1.1);
    return chart;
}

ChartData trend(const MetricReport& report, const Indicator& indicator)
{
    const Framework& framework = *Framework::find(indicator.framework);
    const QString group = framework.comparisonGroup;
    const QString measure = MetricGroups::percentMeasure(group);
    ChartData chart;
    chart.title = titled(indicator, QStringLiteral("%1 share over time").arg(group));
    chart.axisTitle = QStringLiteral("% ") + group;
    chart.categories = report.periods(indicator.framework, indicator.number);
    chart.series << ChartData::Series{
        QStringLiteral("Overall"),
        valuesByPeriod(report.figures, indicator, chart.categories,
                       [&](const MetricFigure& f) { return isOverall(f) && f.measure == measure; })};
    if (isWres(indicator))
        chart.series << ChartData::Series{
            QString::fromLatin1(MetricReport::kSeniorCategory),
            valuesByPeriod(report.derived, indicator, chart.categories, [](const MetricFigure&) { return true; })};
    else // "not known" kept apart: how much of the workforce the shares cannot speak for
        chart.series << ChartData::Series{
            QStringLiteral("Not known (overall)"),
            valuesByPeriod(report.figures, indicator, chart.categories,
                           [](const MetricFigure& f) { return isOverall(f) && f.measure == u"pct_not_known"; })};
    addTargets(chart, report.targets, indicator);
    Extent extent{100, 0};
    extent.take(chart);
    finishRange(chart, extent.low, extent.high, true);
    return chart;
}

// "to be appointed from shortlisting" -> "being appointed from shortlisting", "to enter the formal
// capability process" -> "entering the formal capability process": a title reads "likelihood of X
// being ...".
QString gerund(const QString& predicate)
{
    QString rest = predicate.startsWith(QStringLiteral("to ")) ? predicate.mid(3) : predicate;
    const qsizetype space = rest.indexOf(QLatin1Char(' '));
    QString verb = space < 0 ? rest : rest.left(space);
    const QString tail = space < 0 ? QString() : rest.mid(space);
    if (verb == u"be")
        verb = QStringLiteral("being");
    else if (verb.endsWith(QLatin1Char('e')) && !verb.endsWith(QStringLiteral("ee")))
        verb = verb.chopped(1) + QStringLiteral("ing");
    else
        verb += QStringLiteral("ing");
    return verb + tail;
}

ChartData likelihood(const MetricReport& report, const Indicator& indicator)
{
    static const char* const kTitles[] = {"Indicator 2: relative likelihood of White applicants being appointed",
                                          "Indicator 3: relative likelihood of BME staff entering disciplinary",
                                          "Indicator 4: relative likelihood of White staff accessing training"};
    ChartData chart;
    chart.title = isWres(indicator) && indicator.number >= 2 && indicator.number <= 4
                      ? QString::fromLatin1(kTitles[indicator.number - 2])
                      : titled(indicator, QStringLiteral("relative likelihood of %1 %2 %3")
                                              .arg(indicator.numeratorGroup.toLower(), indicator.subject,
                                                   gerund(indicator.predicate)));
    chart.axisTitle = QStringLiteral("Relative likelihood");
    chart.axisDecimals = 2;
    chart.categories = report.periods(indicator.framework, indicator.number);
    // The band read as "no adverse impact" (four-fifths rule), shaded and named.
    chart.shaded = std::pair(0.80, 1.25);
    chart.shadedName = QStringLiteral("0.80 to 1.25: no adverse impact");
    chart.lines << ChartData::Line{QStringLiteral("1.00: equal likelihood"), 1.0};
    if (indicator.rollingYears == 2) {
        // The two-year rolling average is the headline; the single year is drawn beside it.
        chart.series << ChartData::Series{
            QStringLiteral("Relative likelihood (two-year rolling average)"),
            valuesByPeriod(report.figures, indicator, chart.categories,
                           [](const MetricFigure& f) { return f.measure == u"relative_likelihood"; })};
        chart.series << ChartData::Series{
            QStringLiteral("Single year"),
            valuesByPeriod(report.figures, indicator, chart.categories,
                           [](const MetricFigure& f) { return f.measure == u"relative_likelihood_single_year"; })};
    } else {
        chart.series << ChartData::Series{
            QStringLiteral("Relative likelihood"),
            valuesByPeriod(report.figures, indicator, chart.categories, [](const MetricFigure&) { return true; })};
    }
    addTargets(chart, report.targets, indicator);
    Extent extent{0.8, 1.25};
    extent.take(chart);
    finishRange(chart, std::min(extent.low, 0.5), std::max(extent.high, 1.5), false);
    return chart;
}

ChartData survey(const MetricReport& report, const Indicator& indicator)
{
    static const char* const kTitles[] = {"Indicator 5: harassment, bullying or abuse from patients and the public",
                                          "Indicator 6: harassment, bullying or abuse from staff",
                                          "Indicator 7: believe there are equal opportunities for progression",
                                          "Indicator 8: discrimination from a manager or colleague"};
    ChartData chart;
    chart.title = isWres(indicator) && indicator.number >= 5 && indicator.number <= 8
                      ? QString::fromLatin1(kTitles[indicator.number - 5])
                      : titled(indicator, indicator.shortTitle.toLower());
    const bool scores = indicator.kind == Indicator::Kind::Score;
    chart.axisTitle = scores ? QStringLiteral("Score (0 to 10)") : QStringLiteral("% of staff");
    chart.categories = report.periods(indicator.framework, indicator.number);
    QStringList measures;
    for (const MetricFigure& f : report.figures)
        if (f.indicator == indicator.number && f.framework == indicator.framework && !measures.contains(f.measure))
            measures << f.measure;
    for (const QString& measure : measures)
        chart.series << ChartData::Series{MetricGroups::groupOfMeasure(measure), // "pct_bme" -> "BME"
                                          valuesByPeriod(report.figures, indicator, chart.categories,
                                                         [&](const MetricFigure& f) { return f.measure == measure; })};
    addTargets(chart, report.targets, indicator);
    Extent extent{scores ? 10.0 : 100.0, 0};
    extent.take(chart);
    finishRange(chart, extent.low, extent.high, true);
    if (scores)
        chart.axisMax = std::min(chart.axisMax, 10.0);
    return chart;
}

ChartData board(const MetricReport& report, const Indicator& indicator)
{
    const QString group = Framework::find(indicator.framework)->comparisonGroup;
    ChartData chart;
    chart.title = titled(indicator, QStringLiteral("%1 share of the Board minus %1 share of the workforce").arg(group));
    chart.axisTitle = QStringLiteral("Percentage points");
    chart.categories = report.periods(indicator.framework, indicator.number);
    chart.lines << ChartData::Line{QStringLiteral("0: the Board matches the workforce"), 0.0};
    for (const QString& scope : indicator.boardScopes)
        chart.series << ChartData::Series{scope,
                                          valuesByPeriod(report.figures, indicator, chart.categories,
                                                         [&](const MetricFigure& f) { return f.category == scope; })};
    addTargets(chart, report.targets, indicator);
    Extent extent{0, 0};
    extent.take(chart);
    finishRange(chart, extent.low, extent.high, false);
    return chart;
}

} // namespace

QList<View> viewsOf(int indicator)
{
    const Indicator* definition = Framework::wres().indicator(indicator);
    return definition ? viewsOf(*definition) : QList<View>{View::Main};
}

QList<View> viewsOf(const Indicator& indicator)
{
    switch (indicator.kind) {
    case Indicator::Kind::Share:
        return {View::ByBand, View::Trend};
    case Indicator::Kind::YesNo: // a yes or no is told in words, not drawn
    case Indicator::Kind::Link:
        return {};
    default:
        return {View::Main};
    }
}

ChartData build(const MetricReport& report, int indicator, View view, const QString& period)
{
    if (const Indicator* definition = Framework::wres().indicator(indicator))
        return build(report, *definition, view, period);
    ChartData none;
    none.title = QStringLiteral("Indicator %1").arg(indicator);
    return none;
}

ChartData build(const MetricReport& report, const Indicator& indicator, View view, const QString& period)
{
    switch (indicator.kind) {
    case Indicator::Kind::Share:
        return view == View::Trend ? trend(report, indicator) : byBand(report, indicator, period);
    case Indicator::Kind::RelativeLikelihood:
        return likelihood(report, indicator);
    case Indicator::Kind::SurveyPercentage:
    case Indicator::Kind::Score:
        return survey(report, indicator);
    case Indicator::Kind::Difference:
        return board(report, indicator);
    case Indicator::Kind::YesNo:
    case Indicator::Kind::Link:
        break;
    }
    ChartData none;
    none.title = indicator.label();
    return none;
}

} // namespace wres::core::MetricCharts
