#pragma once

#include "ChangeJudgement.h"
#include "MetricCount.h"
#include "MetricFigure.h"
#include "MetricTarget.h"
#include "SuppressionRule.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wres::core {

// Everything a metrics output shows, computed once: the counts and figures, the derived series
// (indicator 1's "Band 8a and above"), the report sentences and the method note. The window's
// Metrics tab, its charts (MetricCharts), the board pack and `metrics` all read this, so they
// cannot disagree.
//
// The public version (built with a rule) is non-interfering by construction: the hidden counts
// are removed from it before anything is derived, so no sentence, series, change or chart extent
// built from it can depend on a hidden value. A derived figure is computed from shown parts only,
// and is itself hidden when one of its parts is hidden or when it would rest on a small number.
struct MetricReport
{
    std::optional<SuppressionRule> rule; // set for the public version
    // Every count row as the output may show it: rounded under a rounding rule; a hidden row keeps
    // its key (indicator, period, category, group) but no count, total or published value.
    MetricCounts counts;
    QList<bool> hidden; // per row of counts
    // The figures (MetricCalculator); a redacted one carries no value, counts or previous value.
    MetricFigures figures;
    // "Band 8a and above" per period of indicator 1: the senior bands' counts added up. In the
    // public version only when every senior band of the period is shown.
    MetricFigures derived;
    MetricTargets targets;

    // Changes on the previous period are judged under the tolerance (ChangeJudgement) before
    // anything is said of them.
    static MetricReport build(const MetricCounts& counts, const MetricTargets& targets,
                              const std::optional<SuppressionRule>& rule = std::nullopt,
                              const ChangeTolerance& tolerance = {});

    bool isPublic() const { return rule.has_value(); }
    // What a hidden figure or count shows: R or *.
    QString symbol() const { return rule ? rule->symbol() : QStringLiteral("R"); }
    bool hasIndicator(int indicator) const;
    // The indicator's periods in order.
    QStringList periods(int indicator) const;
    // The report sentence about the indicator's latest period (Narrative).
    QString sentence(int indicator, const QString& bmeName = QStringLiteral("BME")) const;
    // The method note for this version (MethodNote): which rule, what is hidden and why, which
    // indicators are published in full. For the full version, a line saying it is not for
    // publication.
    QStringList methodNote() const;
    // Everything above and every chart's data, as JSON (for the HTML report and the tests).
    QByteArray toJson() const;

    static constexpr const char* kSeniorCategory = "Band 8a and above";
};

} // namespace wres::core
