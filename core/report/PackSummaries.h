#pragma once

#include "domain/Indicator.h"
#include "metrics/MetricFigure.h"

#include <QString>

namespace wres::core {

struct BoardPack;

// The metrics summary of the pack, read through the framework (each indicator's kind), not its number.
namespace PackSummaries {

// The headline figure of an indicator's kind: the overall share (a share), the ratio (a relative
// likelihood), % of the comparison group (a survey percentage), the whole Board (a difference).
QString headlineMeasure(const Indicator& indicator, const QString& comparisonGroup = QStringLiteral("BME"));
QString headlineCategory(const Indicator& indicator);
// Its latest period's figure, or null.
const MetricFigure* headline(const Indicator& indicator, const MetricFigures& figures);
// Judges the pack's figures again under its tolerance (ChangeJudgement::apply) and puts indicator 1's
// bands in BandOrder, before anything reads them.
void judgeAndOrder(BoardPack& pack);
// Fills each summary's units, White figures, move, change text and small-numbers flag from the pack's
// figures (never a hidden one); then the method note's sentences.
void complete(BoardPack& pack);

} // namespace PackSummaries
} // namespace wres::core
