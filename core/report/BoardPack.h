#pragma once

#include "domain/ActionRow.h"
#include "domain/Indicator.h"
#include "domain/PlanData.h"
#include "metrics/MetricReport.h"
#include "metrics/SuppressionRule.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace wres::core {

class Database;

// Everything a board pack shows, gathered from the store as data (no drawing), so the PDF, the
// printed copy and the tests read the same facts. The public version's metrics are built here,
// once, as a public MetricReport: nothing a renderer reads from the pack holds a hidden count.
struct BoardPackOptions
{
    bool redact = false;                 // the public version
    std::optional<SuppressionRule> rule; // its small-number rule; default: the file's
    bool notes = true;                   // false: progress notes (the latest, and update notes) left out
    std::optional<qint64> snapshotId;    // compare with this recorded pack...
    std::optional<QDate> since;          // ...or with this date; default: the latest recorded pack
    QString meeting;                     // "Trust Board, 27 September 2026"
    QDate date = QDate::currentDate();
    QString version;
};

struct BoardPack
{
    struct StatusCount
    {
        QString theme;
        int notStarted = 0;
        int inProgress = 0;
        int delayed = 0;
        int complete = 0;
        int none = 0;
        int total() const { return notStarted + inProgress + delayed + complete + none; }
    };
    struct Exception
    {
        ActionRow action;
        QString reason; // "Delayed", "Overdue", "Delayed and overdue"
    };
    struct IndicatorSummary
    {
        Indicator indicator;
        QString latestPeriod;
        QString latest; // as shown: "1.42", "R", "-"
        QString previousPeriod;
        QString previous;
        QString change; // better, worse, no change, changed, ""
        QString narrative;
        bool hasData = false;
    };
    struct Change
    {
        enum class Kind
        {
            Status,
            Rag,
            Update,
            NewAction,
            Closed,
            Removed,
        };
        Kind kind;
        QString action; // "2.1 Deeper analysis of the Trust data…"
        QString detail; // "In progress → Delayed", the update's note
        QDateTime at;
        QString who;
        QString reference;   // the action's number as shown ("2.1")
        bool isNote = false; // detail is a note someone typed (an update's), not words of the program
    };

    PlanData plan;
    QList<ActionRow> actions; // in plan order
    QDate date;
    QString meeting;
    QString version;
    bool redacted = false; // the public version
    bool notes = true;     // progress notes included
    QList<StatusCount> statusByTheme;
    QList<Exception> exceptions;
    Indicators definitions;
    // The counts, figures, derived series, sentences and method note; in the public version
    // built under the rule, holding nothing it hides (MetricReport).
    MetricReport metrics;
    QList<IndicatorSummary> indicators;
    QString comparedWith; // what "changes" are measured from, in words; "" when nothing was recorded
    QList<Change> changes;

    static BoardPack gather(const Database& database, qint64 planId, const BoardPackOptions& options);
    // Actions by status per theme, in plan order.
    static QList<StatusCount> countByTheme(const PlanData& plan, const QList<ActionRow>& actions);
    // Delayed or overdue actions, earliest due first.
    static QList<Exception> exceptionsOf(const QList<ActionRow>& actions, const QDate& today);
    // The action's row, for the plan tables.
    const ActionRow* row(qint64 actionId) const;
};

// A lead's brief: only their open and recent actions, overdue first, with due dates and progress.
struct LeadBrief
{
    QString lead;
    PlanInfo plan;
    QDate date;
    QList<ActionRow> actions; // overdue first, then by due date, then plan order

    // Throws InvalidRequest when the file has no such lead.
    static LeadBrief gather(const Database& database, qint64 planId, const QString& lead, const QDate& date);
};

} // namespace wres::core
