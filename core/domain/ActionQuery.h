#pragma once

#include "Clock.h"
#include "Rag.h"
#include "Status.h"

#include <QDate>
#include <QString>

#include <optional>

namespace wres::core {

struct ActionRow;

// Which actions to list. Every set field narrows the result; the fields combine with AND.
// The store turns a query into SQL (ActionStore::list) and matches() applies the same rules to rows
// already in memory (the window's filters, the dashboard); a property test holds the two together.
struct ActionQuery
{
    // "Due soon" and "stale" as the window and the pack offer them.
    static constexpr int kDueSoonDays = 30;
    static constexpr int kStaleDays = 90;

    std::optional<qint64> planId;
    std::optional<qint64> actionId; // one action (the window re-reads the one it changed)
    std::optional<qint64> themeId;
    QString lead; // exact lead name, any case
    std::optional<Status> status;
    std::optional<Rag> rag;
    std::optional<int> indicator; // linked to this number or to "All"; an action listing none, through its theme
    // The framework of indicator: "" for the plan's own (WRES); "WDES" or "HIA" for a link to that
    // framework's measure, a heading above it or a measure under it (ActionRow::aims).
    QString indicatorFramework;
    bool overdueOnly = false;
    std::optional<int> dueWithinDays;   // due from today to today + N, not complete
    std::optional<int> noUpdateForDays; // no status update recorded in the last N days
    QDate today = Clock::today();       // the reference day for overdue and due-within
    // Work out each row's reference (decided over its whole plan). A caller that re-reads a row it
    // already has, whose number did not change, keeps the reference it knows and spares the work.
    bool references = true;

    // Whether a row passes every set field, by the rules of ActionRow (isOverdue, isDueWithin,
    // hasNoUpdateFor, aims) and the lead's case-folded name.
    bool matches(const ActionRow& row) const;
};

} // namespace wres::core
