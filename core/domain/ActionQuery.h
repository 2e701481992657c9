#pragma once

#include "Rag.h"
#include "Status.h"

#include <QDate>
#include <QString>

#include <optional>

namespace wres::core {

// Which actions to list. Every set field narrows the result; the fields combine with AND.
struct ActionQuery
{
    std::optional<qint64> planId;
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
    QDate today = QDate::currentDate(); // the reference day for overdue and due-within
};

} // namespace wres::core
