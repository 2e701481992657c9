#pragma once

#include "ChartScene.h"

#include <QColor>
#include <QList>

namespace wres::ui::report::ChartStyle {

// How the n-th series of a chart is drawn: a colour with at least 3:1 contrast on white, and a
// dash pattern and marker shape of its own, so series are told apart in greyscale too.
struct Series
{
    QColor colour;
    QList<double> dashes; // in units of the line width; empty: solid
    ChartScene::Shape marker;
};

Series series(int index);
QList<double> referenceDashes();
QList<double> targetDashes();
QColor referenceColour();
QColor targetColour();
QColor gridColour();
QColor axisColour();
QColor bandFill();
QColor bandStroke();

constexpr double kTitlePoints = 9.5;
constexpr double kLabelPoints = 8;

} // namespace wres::ui::report::ChartStyle
