#pragma once

#include "IndicatorTable.h"
#include "PackCover.h"
#include "domain/ActionRow.h"
#include "domain/CoverDetails.h"
#include "domain/Indicator.h"
#include "domain/PlanData.h"
#include "metrics/ChangeJudgement.h"
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
    QString meeting;                     // "Trust Board, 27 September 2026"; when given, over the cover's
    QDate date = QDate::currentDate();
    QString version;                          // when given, over the cover's
    std::optional<CoverDetails> cover;        // the cover's words; default: those kept for the plan
    std::optional<ChangeTolerance> tolerance; // what counts as "similar"; default: the file's
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
        QString latest; // as shown, with its unit: "1.42", "19.0%", "-3.2 points", "R", "-"
        QString previousPeriod;
        QString previous; // likewise
        QString change;   // better, worse, similar, changed, ""
        QString narrative;
        bool hasData = false;
        // Filled by PackSummaries::complete:
        QString measure;           // what latest is: "% BME", "Relative likelihood", "Difference (percentage points)"
        QString white;             // survey indicators (5-8): the White figure of the latest period, "25.0%"; else ""
        QString whitePrevious;     // and of the previous period; ""
        QString moved;             // the move as printed: "+0.6 points", "-0.37"; "" when nothing to compare
        QString changeText;        // "changed: 18.4% → 19.0% (+0.6 points)": word, both figures and the move; ""
        bool smallNumbers = false; // the latest headline figure rests on fewer than 20 cases (SmallNumbers)
        QString caveat;            // the small-numbers sentence for the headline figure; ""
    };
    // One row of "what has changed": one change to one action, with who and when (PackChanges).
    struct Change
    {
        enum class Kind
        {
            Status, // the status changed (and perhaps the RAG, the note)
            Rag,    // the RAG alone changed (and perhaps the note)
            Update, // a progress note alone
            NewAction,
            Closed, // the status became Complete
            Removed,
            Edited, // the action's words, leads, timescale or place
        };
        Kind kind;
        QString action;    // "2.1.3 Deeper analysis of the Trust data": the reference and the text's first line
        QString detail;    // the change in words: "Status: In progress → Delayed; RAG: A → R"; "added to the plan"
        QDateTime at;      // when (UTC); null only for a deletion known from a recorded pack alone
        QString who;       // never empty: "not recorded" when the trail names no one
        QString reference; // the full reference ("2.1.3"); a deleted action's as recorded, else ""
        QString title;     // the first line of the action's text
        QString what;      // the kind in words: "Status", "RAG", "Update", "New action", "Closed", ...
        QString statusFrom, statusTo; // status labels ("No status" for none); both "" when it did not change
        QString ragFrom, ragTo;       // RAG letters ("none" when not rated); both "" when it did not change
        QString note;                 // the update's progress note as typed; ""
    };
    // Metrics imported or changed since the comparison, by indicator and period (never their values,
    // which may be small numbers): from the audit trail's metric lines.
    struct MetricChange
    {
        int indicator = 0; // 0 for a file-wide setting (a threshold, a tolerance)
        QString indicatorTitle;
        QString period; // as imported; for a setting, the setting's name
        int added = 0;
        int changed = 0;
        int removed = 0;
        QDateTime at; // the latest line's
        QString who;  // everyone who made them, "; " between
        QString text; // "Indicator 2 (Appointment from shortlisting), 2023/24: 2 figures added, 1 changed"
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
    QString comparedWith;  // what "changes" are measured from, in words; "" when nothing was recorded
    QList<Change> changes; // oldest first
    // The board paper's own parts (PackCover, PackSummaries, PackChanges, IndicatorTable).
    CoverDetails details;              // the cover's words used (kept for the plan, or given)
    PackCover cover;                   // the front sheet, ready to print
    ChangeTolerance tolerance;         // what was called "similar"
    QStringList methodNotes;           // the method note's sentences on judging changes and small numbers
    QList<IndicatorTable> tables;      // per indicator with figures: every period, counts, units, flags
    QList<MetricChange> metricChanges; // since the comparison; empty when there is none
    QString changeSummary; // "Since …: 2 new actions, 1 action closed, 4 progress updates; metrics …" or ""

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
    QList<ActionRow> actions; // overdue first, then by due date, then plan order; milestones included
    // Ready to print:
    QString
        heading; // the organisation and the plan's title (PackCover::titleOf), " — " between only when both are given
    QString title;     // "Actions for Head of EDI"
    QString summary;   // "As at 1 July 2024: 3 actions, 2 overdue." (plurals right)
    QString request;   // "Please bring a progress update on each to the next EDI implementation group."
    QString committee; // the plan's group that hears progress (CoverDetails::updatesTo), or the default
    int overdue = 0;

    // The action's other leads, in the action's order.
    QStringList coLeadsOf(const ActionRow& row) const;

    // Throws InvalidRequest when the file has no such lead.
    static LeadBrief gather(const Database& database, qint64 planId, const QString& lead, const QDate& date);
    // Fills the ready-to-print words from the lead, plan, date, actions and the plan's cover.
    void words(const CoverDetails& cover);
};

} // namespace wres::core
