#pragma once

#include "report/model/Tone.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace wres::ui::report {

// One chart as data, for both renderers (painted on a page, written as SVG). It follows
// core::ChartData (lines by period, bars by band) and adds the stacked bars of the status chart.
struct ChartSpec
{
    enum class Kind : quint8
    {
        Lines,       // categories are periods along the bottom; series are lines with markers
        BandBars,    // categories down the side; one series of bars, each labelled with its value
        StackedBars, // categories down the side; series stacked in each bar, with counts
    };
    struct Series
    {
        QString name;
        QList<std::optional<double>> values; // one per category; empty where hidden or missing
        Tone tone = Tone::None;              // StackedBars: the status it counts
        QString symbol;                      // StackedBars: the status symbol shown on the segment
    };
    struct Line
    {
        enum class Kind : quint8
        {
            Reference,
            Target,
        };
        QString name;
        double value = 0;
        Kind kind = Kind::Reference;
    };

    Kind kind = Kind::Lines;
    QString title;
    QString axisTitle;
    int axisDecimals = 1;
    QString unit;        // after values on bars and in words: "%" or ""
    QString hiddenLabel; // shown for a hidden category of BandBars ("R")
    QList<bool> hidden;  // BandBars: per category, the figure is not published
    QStringList categories;
    QList<Series> series;
    QList<Line> lines;
    std::optional<std::pair<double, double>> shaded;
    QString shadedName;
    double axisMin = 0;
    double axisMax = 1;
};

} // namespace wres::ui::report
