#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace wres::core {

// One count a figure rests on: "596 out of 3842" BME staff, with the group it belongs to.
struct MetricPart
{
    QString group;
    std::optional<qint64> count;
    std::optional<qint64> total;
    std::optional<double> percent; // count / total * 100, or the published percentage
    bool hidden = false;           // the count or total is one the suppression rule hides
    QString label;                 // what the count is of, where the group does not say it: "Board", "Workforce" (9)
};

// A figure as reports show it: % BME in a band, a relative likelihood, a group's survey percentage,
// a board difference. Held at full precision; rounded only by MetricFormat.
struct MetricFigure
{
    enum class Change
    {
        None, // no earlier figure, or one side not shown
        Better,
        Worse,
        Same,    // "similar": moved less than the tolerance on the figures as shown (ChangeJudgement)
        Neutral, // moved, but the indicator does not call it better or worse (e.g. the overall share)
    };

    int indicator = 0;
    QString period;
    QString category;
    QString measure;  // pct_bme, pct_white, pct_asian, ..., relative_likelihood, difference
    int decimals = 1; // 2 for relative likelihoods
    std::optional<double> value;
    QString unavailable;    // why there is no value ("no BME applicants were appointed"), when value is empty
    bool published = false; // the Trust's published figure, counts not known
    bool redacted = false;  // rests on a count the rule hides, or would reveal one (see Redaction)
    QString symbol = QStringLiteral("R"); // what a redacted figure shows: R, or * under some rules
    QList<MetricPart> parts;

    std::optional<double> previous; // the same figure one period earlier, when both are shown
    QString previousPeriod;
    Change change = Change::None;

    // Whether any count behind the figure is one the rule hides; published-only figures never are.
    bool restsOnHiddenCount() const;
};

using MetricFigures = QList<MetricFigure>;

} // namespace wres::core
