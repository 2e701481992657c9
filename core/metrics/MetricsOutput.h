#pragma once

#include "MetricFigure.h"
#include "MetricReport.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>

#include <optional>

namespace wres::core::MetricsOutput {

// How figures name their indicator in the output: a WRES indicator as its bare number ("2"); another
// framework's metric as written ("4a(i)"), or, where WRES and WDES rows are printed together
// (`--framework all`), with the framework's name before it ("WDES 4a(i)") so no row is ambiguous.
enum class Naming
{
    Own,       // WRES numbers, other frameworks' codes as written
    Qualified, // other frameworks' codes after their framework's name
};
QString indicatorText(const MetricFigure& figure, Naming naming = Naming::Own);
// In JSON: a WRES indicator as a number (as always); another framework's as "WDES 4a(i)".
QJsonValue indicatorJson(const QString& framework, int indicator);

// `metrics --format csv`: indicator,period,category,measure,value, one row per figure, periods in
// order; values rounded for display (1 dp, 2 dp for ratios, signed for differences, Yes/No for
// WDES 9b), "R" when redacted (or the rule's symbol), "-" when a figure cannot be computed.
QByteArray toCsv(const MetricFigures& figures, Naming naming = Naming::Own);
// The same rows with the full-precision value, the counts, the change and the reason for a dash;
// redacted rows carry "R" and no counts or previous value. Other frameworks' rows carry their
// framework; WDES 9b its narrative as "note".
QByteArray toJson(const MetricFigures& figures);
QJsonArray figuresJson(const MetricFigures& figures);
// `metrics --format narrative`: "N. sentence" per indicator (all, or the one asked for); the
// public version ends with its method note.
QByteArray narrative(const MetricReport& report, std::optional<int> indicator = std::nullopt);
// The same for the frameworks asked for (WRES, WDES, or both in that order), WDES metrics by code.
QByteArray narrative(const MetricReport& report, const QStringList& frameworks,
                     const std::optional<int>& indicator = std::nullopt, const QString& indicatorFramework = {});

} // namespace wres::core::MetricsOutput
