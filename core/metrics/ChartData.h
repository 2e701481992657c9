#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wres::core {

// One indicator chart as data, for any renderer (the window's Qt Charts, the PDF, an SVG in the
// HTML report): what is drawn and the value axis's extent, all computed in core from a
// MetricReport, so a renderer adds only colours and shapes.
struct ChartData
{
    enum class Kind
    {
        Lines,    // categories are periods along the bottom; series are lines with markers
        BandBars, // categories are bands down the side (first band first); one series of bars
    };
    struct Series
    {
        QString name;
        QList<std::optional<double>> values; // one per category; empty where hidden or missing
    };
    struct Line
    {
        enum class Kind
        {
            Reference, // 1.00 for ratios, 0 for the board, the overall share on the band chart
            Target,    // a target the Trust set (MetricTarget)
        };
        QString name;
        double value = 0;
        Kind kind = Kind::Reference;
    };

    Kind kind = Kind::Lines;
    QString title;
    QString axisTitle;    // "% BME", "Relative likelihood", "Percentage points"
    int axisDecimals = 1; // for the value axis labels
    QStringList categories;
    QList<Series> series;
    QList<Line> lines;
    // A shaded band across the chart (0.80 to 1.25 for ratios), with its name.
    std::optional<std::pair<double, double>> shaded;
    QString shadedName;
    // The value axis, before a renderer rounds it outwards to nice numbers.
    double axisMin = 0;
    double axisMax = 1;

    QJsonObject toJson() const;
};

} // namespace wres::core
