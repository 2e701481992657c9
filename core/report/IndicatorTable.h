#pragma once

#include "domain/Indicator.h"
#include "metrics/MetricFigure.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wres::core {

// One indicator's figures as the pack prints them: a row per figure (indicator 1's bands in
// BandOrder), a column per period, each cell with its unit, its counts and its flags. Built from the
// pack's figures only, so a public pack's table holds no hidden count (a hidden cell is its symbol).
struct IndicatorTable
{
    struct Cell
    {
        QString value;             // "19.0%", "1.42", "-7.5 points", "R", "-"; "" where the period has no such figure
        QStringList counts;        // "BME: 1,261 of 6,637"; indicator 9 "Board: 2 of 14", "Workforce: 596 of 3,842"
        QString note;              // "published", or why it cannot be computed; ""
        bool smallNumbers = false; // rests on fewer than SmallNumbers::kBelow (never for a hidden cell)
    };
    struct Row
    {
        QString label;     // "Clinical Band 5: % BME", "% White", "Relative likelihood", "Voting: Difference (..)"
        QList<Cell> cells; // one per period, in the order of periods
    };

    int indicator = 0;
    QStringList periods; // in order
    QList<Row> rows;
    QString smallNumbers; // the sentence naming the latest period's figures based on small numbers; ""

    // The tables of every indicator with figures, in the order of definitions.
    static QList<IndicatorTable> build(const Indicators& definitions, const MetricFigures& figures);
    // The figure as printed with its unit: "19.0%" (a percentage), "1.42", "-7.5 points"; R or - as MetricFormat.
    static QString withUnit(const MetricFigure& figure);
    // A number with its unit, for previous values: "18.4%", "1.79", "+1.0 points".
    static QString withUnit(double value, const MetricFigure& like);
    // What a figure is about in a sentence: its band or board scope, "the BME figure", "the relative likelihood".
    static QString nameOf(const MetricFigure& figure);
    // "596 of 3,842" with the part's label or group: "Workforce: 596 of 3,842"; "" without counts.
    static QString countsOf(const MetricPart& part);
};

} // namespace wres::core
