#pragma once

#include "MetricFigure.h"

#include <QString>

namespace wres::core {

// Figures resting on few cases move a lot when one or two people change: the pack says so (see
// docs/decisions.md, "Small numbers"). Distinct from redaction, which hides; this only warns.
namespace SmallNumbers {

constexpr qint64 kBelow = 20;

// Whether any count or total behind a shown figure is below kBelow. Never for a hidden (redacted)
// figure, nor for one with no counts (a published value): the answer reads shown counts only.
bool applies(const MetricFigure& figure);
// The flag's words beside a figure: "based on small numbers".
QString flag();
// The sentence for an indicator whose figures it applies to, naming them: "Based on small numbers
// (fewer than 20 people in a group): Clinical Band 8b-9 and Medical Consultant in March 2023. A change
// of one or two people moves these figures noticeably." figures: the labels ("Clinical Band 8b-9").
QString sentence(const QStringList& figures, const QString& period);
// The method note's sentence.
QString methodSentence();

} // namespace SmallNumbers
} // namespace wres::core
