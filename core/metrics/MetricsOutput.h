#pragma once

#include "MetricFigure.h"
#include "MetricReport.h"

#include <QByteArray>
#include <QJsonArray>

#include <optional>

namespace wres::core::MetricsOutput {

// `metrics --format csv`: indicator,period,category,measure,value, one row per figure, periods in
// order; values rounded for display (1 dp, 2 dp for ratios, signed for differences), "R" when
// redacted (or the rule's symbol), "-" when a figure cannot be computed.
QByteArray toCsv(const MetricFigures& figures);
// The same rows with the full-precision value, the counts, the change and the reason for a dash;
// redacted rows carry "R" and no counts or previous value.
QByteArray toJson(const MetricFigures& figures);
QJsonArray figuresJson(const MetricFigures& figures);
// `metrics --format narrative`: "N. sentence" per indicator (all, or the one asked for); the
// public version ends with its method note.
QByteArray narrative(const MetricReport& report, std::optional<int> indicator = std::nullopt);

} // namespace wres::core::MetricsOutput
