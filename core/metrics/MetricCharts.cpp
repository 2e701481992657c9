#include "MetricCharts.h"

#include "MetricFormat.h"

#include <algorithm>

namespace wres::core::MetricCharts {
namespace {

bool isOverall(const MetricFigure& f)
{
    return f.category.compare(QStringLiteral("Overall"), Qt::CaseInsensitive) == 0;
}

// The shown value of each period for the figures pick selects; empty where hidden or missing.
template <typename Pick>
QList<std::optional<double>> valuesByPeriod(const MetricFigures& figures, int indicator, const QStringList& periods,
                                            Pick pick)
{
    QList<std::optional<double>> values;
    for (const QString& period : periods) {
        std::optional<double> v;
        for (const MetricFigure& f : figures)
            if (f.indicator == indicator && f.period == period && !f.redacted && pick(f))
                v = f.value;
        values << v;
    }
    return values;
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

void addTargets(ChartData& chart, const MetricTargets& targets, int indicator)
{
    for (const MetricTarget& t : targets) {
        if (t.indicator != indicator)
            continue;
        const QString when = t.byPeriod.isEmpty() ? QString() : QStringLiteral(" by ") + t.byPeriod;
        chart.lines << ChartData::Line{
            QStringLiteral("Target %1%2%3")
                .arg(MetricFormat::number(t.value, 1), when,
                     t.label.isEmpty() ? QString() : QStringLiteral(" (") + t.label + QLatin1Char(')')),
            t.value, ChartData::Line::Kind::Target};
    }
}

ChartData byBand(const MetricReport& report, const QString& asked)
{
    const QStringList periods = report.periods(1);
    const QString period = periods.contains(asked) || periods.isEmpty() ? asked : periods.last();
    ChartData chart;
    chart.kind = ChartData::Kind::BandBars;
    chart.title = QStringLiteral("Indicator 1: BME staff by band, %1").arg(period);
    chart.axisTitle = QStringLiteral("% BME");
    chart.axisDecimals = 0;
    ChartData::Series bars{QStringLiteral("% BME in the band"), {}};
    double high = 0;
    for (const MetricFigure& f : report.figures) {
        if (f.indicator != 1 || f.period != period)
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

ChartData trend(const MetricReport& report)
{
    ChartData chart;
    chart.title = QStringLiteral("Indicator 1: BME share over time");
    chart.axisTitle = QStringLiteral("% BME");
    chart.categories = report.periods(1);
    chart.series << ChartData::Series{QStringLiteral("Overall"),
                                      valuesByPeriod(report.figures, 1, chart.categories, isOverall)};
    chart.series << ChartData::Series{
        QString::fromLatin1(MetricReport::kSeniorCategory),
        valuesByPeriod(report.derived, 1, chart.categories, [](const MetricFigure&) { return true; })};
    addTargets(chart, report.targets, 1);
    Extent extent{100, 0};
    extent.take(chart);
    finishRange(chart, extent.low, extent.high, true);
    return chart;
}

ChartData likelihood(const MetricReport& report, int indicator)
{
    static const char* const kTitles[] = {"Indicator 2: relative likelihood of White applicants being appointed",
                                          "Indicator 3: relative likelihood of BME staff entering disciplinary",
                                          "Indicator 4: relative likelihood of White staff accessing training"};
    ChartData chart;
    chart.title = QString::fromLatin1(kTitles[indicator - 2]);
    chart.axisTitle = QStringLiteral("Relative likelihood");
    chart.axisDecimals = 2;
    chart.categories = report.periods(indicator);
    // The band read as "no adverse impact" (four-fifths rule), shaded and named.
    chart.shaded = std::pair(0.80, 1.25);
    chart.shadedName = QStringLiteral("0.80 to 1.25: no adverse impact");
    chart.lines << ChartData::Line{QStringLiteral("1.00: equal likelihood"), 1.0};
    chart.series << ChartData::Series{
        QStringLiteral("Relative likelihood"),
        valuesByPeriod(report.figures, indicator, chart.categories, [](const MetricFigure&) { return true; })};
    addTargets(chart, report.targets, indicator);
    Extent extent{0.8, 1.25};
    extent.take(chart);
    finishRange(chart, std::min(extent.low, 0.5), std::max(extent.high, 1.5), false);
    return chart;
}

ChartData survey(const MetricReport& report, int indicator)
{
    static const char* const kTitles[] = {"Indicator 5: harassment, bullying or abuse from patients and the public",
                                          "Indicator 6: harassment, bullying or abuse from staff",
                                          "Indicator 7: believe there are equal opportunities for progression",
                                          "Indicator 8: discrimination from a manager or colleague"};
    ChartData chart;
    chart.title = QString::fromLatin1(kTitles[indicator - 5]);
    chart.axisTitle = QStringLiteral("% of staff");
    chart.categories = report.periods(indicator);
    QStringList measures;
    for (const MetricFigure& f : report.figures)
        if (f.indicator == indicator && !measures.contains(f.measure))
            measures << f.measure;
    for (const QString& measure : measures)
        chart.series << ChartData::Series{MetricFormat::measureLabel(measure).mid(2), // "% BME" -> "BME"
                                          valuesByPeriod(report.figures, indicator, chart.categories,
                                                         [&](const MetricFigure& f) { return f.measure == measure; })};
    addTargets(chart, report.targets, indicator);
    Extent extent{100, 0};
    extent.take(chart);
    finishRange(chart, extent.low, extent.high, true);
    return chart;
}

ChartData board(const MetricReport& report)
{
    ChartData chart;
    chart.title = QStringLiteral("Indicator 9: BME share of the Board minus BME share of the workforce");
    chart.axisTitle = QStringLiteral("Percentage points");
    chart.categories = report.periods(9);
    chart.lines << ChartData::Line{QStringLiteral("0: the Board matches the workforce"), 0.0};
    for (const QString& scope :
         {QStringLiteral("Board overall"), QStringLiteral("Voting"), QStringLiteral("Executive")})
        chart.series << ChartData::Series{scope,
                                          valuesByPeriod(report.figures, 9, chart.categories,
                                                         [&](const MetricFigure& f) { return f.category == scope; })};
    addTargets(chart, report.targets, 9);
    Extent extent{0, 0};
    extent.take(chart);
    finishRange(chart, extent.low, extent.high, false);
    return chart;
}

} // namespace

QList<View> viewsOf(int indicator)
{
    return indicator == 1 ? QList<View>{View::ByBand, View::Trend} : QList<View>{View::Main};
}

ChartData build(const MetricReport& report, int indicator, View view, const QString& period)
{
    switch (indicator) {
    case 1:
        return view == View::Trend ? trend(report) : byBand(report, period);
    case 2:
    case 3:
    case 4:
        return likelihood(report, indicator);
    case 5:
    case 6:
    case 7:
    case 8:
        return survey(report, indicator);
    case 9:
        return board(report);
    default:
        break;
    }
    ChartData none;
    none.title = QStringLiteral("Indicator %1").arg(indicator);
    return none;
}

} // namespace wres::core::MetricCharts
