#include "MetricChart.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <iterator>

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

const Style& styleOf(qsizetype index)
{
    return kStyles[std::size_t(index) % std::size(kStyles)];
}

QColor lineColour(const core::ChartData::Line& line)
{
    return line.kind == core::ChartData::Line::Kind::Target ? QColor(0x23, 0x1f, 0x20) : QColor(0x42, 0x55, 0x63);
}

struct Axes
{
    QBarCategoryAxis* x;
    QValueAxis* y;
};

void attach(QChart* chart, QAbstractSeries* series, const Axes& axes)
{
    chart->addSeries(series);
    series->attachAxis(axes.x);
    series->attachAxis(axes.y);
}

QString labelFormat(int decimals)
{
    return QStringLiteral("%.%1f").arg(decimals);
}

// A line with markers; gaps where there is no value. The scatter series carries the legend
// entry, so the legend shows the marker shape too.
void addLine(QChart* chart, const Axes& axes, const core::ChartData::Series& series, const Style& style)
{
    QPen pen(style.colour, 2.5, style.dash);
    auto* markers = new QScatterSeries;
    markers->setName(series.name);
    markers->setMarkerShape(style.marker);
    markers->setMarkerSize(11);
    markers->setColor(style.colour);
    markers->setBorderColor(Qt::black);
    QLineSeries* segment = nullptr;
    for (qsizetype i = 0; i < series.values.size(); ++i) {
        if (!series.values[i]) {
            segment = nullptr;
            continue;
        }
        const double v = *series.values[i];
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

void addReference(QChart* chart, const Axes& axes, const core::ChartData::Line& line, qsizetype points)
{
    auto* series = new QLineSeries;
    series->setName(line.name);
    series->setPen(QPen(lineColour(line), 2, Qt::DashLine));
    series->append(0, line.value);
    series->append(double(std::max<qsizetype>(points - 1, 1)), line.value);
    attach(chart, series, axes);
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

// Horizontal bars, so the band names read in full down the side (first band at the top).
QChart* bandBars(const core::ChartData& data)
{
    QChart* chart = newChart(data.title);
    auto* set = new QBarSet(data.series.isEmpty() ? QString() : data.series.front().name);
    set->setColor(kStyles[0].colour);
    set->setBorderColor(Qt::black);
    QStringList bands;
    for (qsizetype i = data.categories.size() - 1; i >= 0; --i) {
        bands << data.categories[i];
        const auto& values = data.series.isEmpty() ? QList<std::optional<double>>() : data.series.front().values;
        set->append(i < values.size() && values[i] ? *values[i] : 0.0);
    }
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
    x->setTitleText(data.axisTitle);
    x->setLabelFormat(labelFormat(data.axisDecimals));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    for (const core::ChartData::Line& reference : data.lines) {
        auto* line = new QLineSeries;
        line->setName(reference.name);
        line->setPen(QPen(kStyles[1].colour, 2.5, Qt::DashLine));
        line->append(reference.value, -0.5);
        line->append(reference.value, double(bands.size()) - 0.5);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    x->setRange(data.axisMin, data.axisMax);
    x->applyNiceNumbers();
    return chart;
}

QChart* lines(const core::ChartData& data)
{
    QChart* chart = newChart(data.title);
    auto* x = new QBarCategoryAxis;
    x->append(data.categories);
    x->setTruncateLabels(false); // periods are short; never "March 2…"
    auto* y = new QValueAxis;
    y->setTitleText(data.axisTitle);
    y->setLabelFormat(labelFormat(data.axisDecimals));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const Axes axes{x, y};
    const qsizetype points = data.categories.size();
    if (data.shaded) {
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        const double last = double(std::max<qsizetype>(points - 1, 1));
        upper->append(0, data.shaded->second);
        upper->append(last, data.shaded->second);
        lower->append(0, data.shaded->first);
        lower->append(last, data.shaded->first);
        auto* band = new QAreaSeries(upper, lower);
        band->setName(data.shadedName);
        band->setColor(QColor(0xe8, 0xed, 0xee));
        band->setBorderColor(QColor(0xae, 0xb7, 0xbd));
        attach(chart, band, axes);
    }
    // Reference lines first (under the figures), then the series, then the targets, as before.
    for (const core::ChartData::Line& line : data.lines)
        if (line.kind == core::ChartData::Line::Kind::Reference)
            addReference(chart, axes, line, points);
    for (qsizetype i = 0; i < data.series.size(); ++i)
        addLine(chart, axes, data.series[i], styleOf(i));
    for (const core::ChartData::Line& line : data.lines)
        if (line.kind == core::ChartData::Line::Kind::Target)
            addReference(chart, axes, line, points);
    y->setRange(data.axisMin, data.axisMax);
    y->applyNiceNumbers();
    return chart;
}

} // namespace

QChart* draw(const core::ChartData& data)
{
    return data.kind == core::ChartData::Kind::BandBars ? bandBars(data) : lines(data);
}

QChart* build(const core::MetricReport& report, int indicator, View view, const QString& period)
{
    return draw(core::MetricCharts::build(report, indicator, view, period));
}

QChart* build(const core::MetricReport& report, const core::Indicator& indicator, View view, const QString& period)
{
    return draw(core::MetricCharts::build(report, indicator, view, period));
}

} // namespace wres::ui::MetricChart
