#include "MetricChart.h"

#include "framework/Framework.h"
#include "metrics/MetricCalculator.h"
#include "metrics/MetricFormat.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace wres::ui::MetricChart {
namespace {

struct Style
{
    QColor colour;
    Qt::PenStyle dash;
    QScatterSeries::MarkerShape marker;
};

// NHS identity colours, each paired with its own dash pattern and marker shape.
const Style kStyles[] = {
    {QColor(0x00, 0x5e, 0xb8), Qt::SolidLine, QScatterSeries::MarkerShapeCircle},
    {QColor(0x33, 0x00, 0x72), Qt::DashLine, QScatterSeries::MarkerShapeRectangle},
    {QColor(0xed, 0x8b, 0x00), Qt::DotLine, QScatterSeries::MarkerShapeTriangle},
    {QColor(0x00, 0x96, 0x39), Qt::DashDotLine, QScatterSeries::MarkerShapeRotatedRectangle},
    {QColor(0xae, 0x25, 0x73), Qt::DashDotDotLine, QScatterSeries::MarkerShapeStar},
    {QColor(0x42, 0x55, 0x63), Qt::SolidLine, QScatterSeries::MarkerShapePentagon},
};

QStringList periodsOf(const core::MetricFigures& figures, int indicator)
{
    QStringList periods;
    for (const core::MetricFigure& f : figures)
        if (f.indicator == indicator && !periods.contains(f.period))
            periods << f.period;
    std::stable_sort(periods.begin(), periods.end(), core::periodBefore);
    return periods;
}

// The shown value of each period for the figure `pick` selects; empty where hidden or missing.
template <typename Pick>
QList<std::optional<double>> valuesByPeriod(const Input& input, const QStringList& periods, Pick pick)
{
    QList<std::optional<double>> values;
    for (const QString& period : periods) {
        std::optional<double> v;
        for (const core::MetricFigure& f : input.figures)
            if (f.indicator == input.indicator && f.period == period && !f.redacted && pick(f))
                v = f.value;
        values << v;
    }
    return values;
}

QString groupName(const QString& measure)
{
    return core::MetricFormat::measureLabel(measure).mid(2); // "% BME" -> "BME"
}

struct Axes
{
    QBarCategoryAxis* x;
    QValueAxis* y;
};

Axes addAxes(QChart* chart, const QStringList& categories, const QString& yTitle)
{
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setTruncateLabels(false); // periods are short; never "March 2…"
    auto* y = new QValueAxis;
    y->setTitleText(yTitle);
    y->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    return {x, y};
}

void attach(QChart* chart, QAbstractSeries* series, const Axes& axes)
{
    chart->addSeries(series);
    series->attachAxis(axes.x);
    series->attachAxis(axes.y);
}

// A line with markers; gaps where there is no value (redacted or not computable). The scatter
// series carries the legend entry, so the legend shows the marker shape too.
void addLine(QChart* chart, const Axes& axes, const QString& name, const QList<std::optional<double>>& values,
             const Style& style, double& low, double& high)
{
    QPen pen(style.colour, 2.5, style.dash);
    auto* markers = new QScatterSeries;
    markers->setName(name);
    markers->setMarkerShape(style.marker);
    markers->setMarkerSize(11);
    markers->setColor(style.colour);
    markers->setBorderColor(Qt::black);
    QLineSeries* segment = nullptr;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values[i]) {
            segment = nullptr;
            continue;
        }
        const double v = *values[i];
        low = std::min(low, v);
        high = std::max(high, v);
        markers->append(double(i), v);
        if (!segment) {
            segment = new QLineSeries;
            segment->setPen(pen);
            attach(chart, segment, axes);
            chart->legend()->markers(segment).front()->setVisible(false);
        }
        segment->append(double(i), v);
    }
    attach(chart, markers, axes);
}

void addReference(QChart* chart, const Axes& axes, const QString& name, double value, qsizetype points,
                  const QColor& colour, Qt::PenStyle dash)
{
    auto* line = new QLineSeries;
    line->setName(name);
    line->setPen(QPen(colour, 2, dash));
    line->append(0, value);
    line->append(double(std::max<qsizetype>(points - 1, 1)), value);
    attach(chart, line, axes);
}

void addTargets(QChart* chart, const Axes& axes, const core::MetricTargets& targets, int indicator,
                const QStringList& categories, qsizetype points, double& low, double& high)
{
    for (const core::MetricTarget& t : targets) {
        if (t.indicator != indicator ||
            (!categories.isEmpty() && !categories.contains(t.category, Qt::CaseInsensitive)))
            continue;
        const QString when = t.byPeriod.isEmpty() ? QString() : QStringLiteral(" by ") + t.byPeriod;
        addReference(chart, axes,
                     QStringLiteral("Target %1%2%3")
                         .arg(core::MetricFormat::number(t.value, 1), when,
                              t.label.isEmpty() ? QString() : QStringLiteral(" (") + t.label + QLatin1Char(')')),
                     t.value, points, QColor(0x23, 0x1f, 0x20), Qt::DashLine);
        low = std::min(low, t.value);
        high = std::max(high, t.value);
    }
}

void finishRange(QValueAxis* y, double low, double high, bool fromZero)
{
    if (low > high) {
        low = 0;
        high = 1;
    }
    const double span = std::max(high - low, 1.0);
    y->setRange(fromZero ? std::min(0.0, low) : low - span * 0.15, high + span * 0.15);
    y->applyNiceNumbers();
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont font = chart->titleFont();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    chart->setTitleFont(font);
    return chart;
}

QChart* byBand(const Input& input)
{
    const QStringList periods = periodsOf(input.figures, input.indicator);
    const QString period = input.period.isEmpty() && !periods.isEmpty() ? periods.last() : input.period;
    QChart* chart = newChart(QStringLiteral("Indicator %1: %2 staff by band, %3")
                                 .arg(QString::number(input.indicator), QStringLiteral("BME"), period));
    // Horizontal bars, so the band names read in full down the side (first band at the top).
    QStringList bands;
    QList<double> values;
    std::optional<double> overall;
    double high = 0;
    for (const core::MetricFigure& f : input.figures) {
        if (f.indicator != input.indicator || f.period != period)
            continue;
        const bool shown = f.value && !f.redacted;
        if (f.category.compare(QStringLiteral("Overall"), Qt::CaseInsensitive) == 0) {
            if (shown)
                overall = f.value;
            continue;
        }
        // A hidden figure is an empty slot whose name says why; it has no bar and no value.
        bands.prepend(shown ? f.category : f.category + (f.redacted ? QStringLiteral(" (R)") : QStringLiteral(" (-)")));
        values.prepend(shown ? *f.value : 0.0);
        if (shown)
            high = std::max(high, *f.value);
    }
    auto* set = new QBarSet(QStringLiteral("% BME in the band"));
    set->setColor(kStyles[0].colour);
    set->setBorderColor(Qt::black);
    for (double v : values)
        set->append(v);
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    // Each bar says its figure; the view is made tall enough for every band to keep its name.
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto* y = new QBarCategoryAxis;
    y->append(bands);
    y->setTruncateLabels(false);
    QFont small = y->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    y->setLabelsFont(small);
    auto* x = new QValueAxis;
    x->setTitleText(QStringLiteral("% BME"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    if (overall) {
        auto* line = new QLineSeries;
        line->setName(QStringLiteral("Overall share %1%").arg(core::MetricFormat::number(*overall, 1)));
        line->setPen(QPen(kStyles[1].colour, 2.5, Qt::DashLine));
        line->append(*overall, -0.5);
        line->append(*overall, double(bands.size()) - 0.5);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        high = std::max(high, *overall);
    }
    x->setRange(0, std::max(10.0, high * 1.1));
    x->applyNiceNumbers();
    return chart;
}

QChart* trend(const Input& input)
{
    QChart* chart = newChart(QStringLiteral("Indicator %1: BME share over time").arg(input.indicator));
    const QStringList periods = periodsOf(input.figures, input.indicator);
    const Axes axes = addAxes(chart, periods, QStringLiteral("% BME"));
    double low = 100;
    double high = 0;
    QList<std::optional<double>> overall;
    QList<std::optional<double>> senior;
    for (const QString& period : periods) {
        std::optional<double> o;
        for (const core::MetricFigure& f : input.figures)
            if (f.indicator == input.indicator && f.period == period && !f.redacted &&
                f.category.compare(QStringLiteral("Overall"), Qt::CaseInsensitive) == 0)
                o = f.value;
        overall << o;
        // Band 8a and above, summed from the counts; hidden when the sum rests on small numbers.
        qint64 count = 0;
        qint64 total = 0;
        bool any = false;
        for (const core::MetricCount& m : input.counts)
            if (m.indicator == input.indicator && m.period == period && isSeniorBand(m.category) && m.count &&
                m.total) {
                count += *m.count;
                total += *m.total;
                any = true;
            }
        const bool small = input.redactBelow && (count < *input.redactBelow || total < *input.redactBelow);
        senior << (any && total > 0 && !small ? std::optional<double>(100.0 * double(count) / double(total))
                                              : std::nullopt);
    }
    addLine(chart, axes, QStringLiteral("Overall"), overall, kStyles[0], low, high);
    addLine(chart, axes, QStringLiteral("Band 8a and above"), senior, kStyles[1], low, high);
    addTargets(chart, axes, input.targets, input.indicator, {}, periods.size(), low, high);
    finishRange(axes.y, low, high, true);
    return chart;
}

QChart* likelihood(const Input& input)
{
    static const char* const kTitles[] = {"", "",
                                          "Indicator 2: relative likelihood of White applicants being appointed",
                                          "Indicator 3: relative likelihood of BME staff entering disciplinary",
                                          "Indicator 4: relative likelihood of White staff accessing training"};
    QChart* chart = newChart(QString::fromLatin1(kTitles[input.indicator]));
    const QStringList periods = periodsOf(input.figures, input.indicator);
    const Axes axes = addAxes(chart, periods, QStringLiteral("Relative likelihood"));
    axes.y->setLabelFormat(QStringLiteral("%.2f"));
    // The band read as "no adverse impact" (four-fifths rule), shaded and named.
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    const double last = double(std::max<qsizetype>(periods.size() - 1, 1));
    upper->append(0, 1.25);
    upper->append(last, 1.25);
    lower->append(0, 0.80);
    lower->append(last, 0.80);
    auto* band = new QAreaSeries(upper, lower);
    band->setName(QStringLiteral("0.80 to 1.25: no adverse impact"));
    band->setColor(QColor(0xe8, 0xed, 0xee));
    band->setBorderColor(QColor(0xae, 0xb7, 0xbd));
    attach(chart, band, axes);
    addReference(chart, axes, QStringLiteral("1.00: equal likelihood"), 1.0, periods.size(), QColor(0x42, 0x55, 0x63),
                 Qt::DashLine);
    const auto values = valuesByPeriod(input, periods, [](const core::MetricFigure&) { return true; });
    double low = 0.8;
    double high = 1.25;
    addLine(chart, axes, QStringLiteral("Relative likelihood"), values, kStyles[0], low, high);
    addTargets(chart, axes, input.targets, input.indicator, {}, periods.size(), low, high);
    finishRange(axes.y, std::min(low, 0.5), std::max(high, 1.5), false);
    return chart;
}

QChart* survey(const Input& input)
{
    static const char* const kTitles[] = {"",
                                          "",
                                          "",
                                          "",
                                          "",
                                          "Indicator 5: harassment, bullying or abuse from patients and the public",
                                          "Indicator 6: harassment, bullying or abuse from staff",
                                          "Indicator 7: believe there are equal opportunities for progression",
                                          "Indicator 8: discrimination from a manager or colleague"};
    QChart* chart = newChart(QString::fromLatin1(kTitles[input.indicator]));
    const QStringList periods = periodsOf(input.figures, input.indicator);
    const Axes axes = addAxes(chart, periods, QStringLiteral("% of staff"));
    QStringList measures;
    for (const core::MetricFigure& f : input.figures)
        if (f.indicator == input.indicator && !measures.contains(f.measure))
            measures << f.measure;
    double low = 100;
    double high = 0;
    int style = 0;
    for (const QString& measure : measures) {
        const auto values =
            valuesByPeriod(input, periods, [&](const core::MetricFigure& f) { return f.measure == measure; });
        addLine(chart, axes, groupName(measure), values, kStyles[style++ % std::size(kStyles)], low, high);
    }
    addTargets(chart, axes, input.targets, input.indicator, {}, periods.size(), low, high);
    finishRange(axes.y, low, high, true);
    return chart;
}

QChart* board(const Input& input)
{
    QChart* chart = newChart(
        QStringLiteral("Indicator %1: BME share of the Board minus BME share of the workforce").arg(input.indicator));
    const QStringList periods = periodsOf(input.figures, input.indicator);
    const Axes axes = addAxes(chart, periods, QStringLiteral("Percentage points"));
    addReference(chart, axes, QStringLiteral("0: the Board matches the workforce"), 0.0, periods.size(),
                 QColor(0x42, 0x55, 0x63), Qt::DashLine);
    double low = 0;
    double high = 0;
    int style = 0;
    for (const QString& scope :
         {QStringLiteral("Board overall"), QStringLiteral("Voting"), QStringLiteral("Executive")}) {
        const auto values =
            valuesByPeriod(input, periods, [&](const core::MetricFigure& f) { return f.category == scope; });
        addLine(chart, axes, scope, values, kStyles[style++], low, high);
    }
    addTargets(chart, axes, input.targets, input.indicator, {}, periods.size(), low, high);
    finishRange(axes.y, low, high, false);
    return chart;
}

} // namespace

bool isSeniorBand(const QString& category)
{
    static const QRegularExpression senior(QStringLiteral("\\b(8[a-d]|band 9|8b-9|8c-9|vsm)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    return senior.match(category).hasMatch();
}

QChart* build(const Input& input, Kind kind)
{
    // The chart follows the kind of figure the framework says the indicator is.
    const core::Indicator* info = core::Framework::wres().indicator(input.indicator);
    switch (info ? info->kind : core::Indicator::Kind::SurveyPercentage) {
    case core::Indicator::Kind::Share:
        return kind == Kind::Trend ? trend(input) : byBand(input);
    case core::Indicator::Kind::RelativeLikelihood:
        return likelihood(input);
    case core::Indicator::Kind::Difference:
        return board(input);
    case core::Indicator::Kind::SurveyPercentage:
        return survey(input);
    }
    return survey(input);
}

} // namespace wres::ui::MetricChart
