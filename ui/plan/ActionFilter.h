#pragma once

#include "domain/ActionQuery.h"
#include "domain/Rag.h"
#include "domain/Status.h"
#include "framework/Framework.h"

#include <QString>

#include <optional>

namespace wres::ui {

// What the user asked the action table to show. Every set field narrows it; they combine. The rules
// (overdue, due soon, stale, indicators through the theme) are core's: query() turns the choices
// into a core::ActionQuery, the same rules the store's SQL and the command line apply.
struct ActionFilter
{
    QString text; // in the reference, theme, action text, leads, timescale or progress, any case
    QString lead; // exact lead, any case
    std::optional<core::Status> status;
    std::optional<core::Rag> rag;
    std::optional<int> indicator; // the action's own links, or its theme's when it lists none
    QString indicatorFramework;   // "" or WRES for the plan's own; "WDES" or "HIA" (core::ActionQuery)
    std::optional<qint64> themeId;
    bool overdue = false;
    bool dueSoon = false;        // due within core::ActionQuery::kDueSoonDays and not closed
    bool noRecentUpdate = false; // no status update for core::ActionQuery::kStaleDays

    bool isEmpty() const
    {
        return text.isEmpty() && lead.isEmpty() && !status && !rag && !indicator && !themeId && !overdue && !dueSoon &&
               !noRecentUpdate;
    }
    core::ActionQuery query(const QDate& today) const
    {
        core::ActionQuery q;
        q.today = today;
        q.lead = lead;
        q.status = status;
        q.rag = rag;
        q.indicator = indicator;
        if (indicatorFramework != core::Framework::wres().code)
            q.indicatorFramework = indicatorFramework;
        q.themeId = themeId;
        q.overdueOnly = overdue;
        if (dueSoon)
            q.dueWithinDays = core::ActionQuery::kDueSoonDays;
        if (noRecentUpdate)
            q.noUpdateForDays = core::ActionQuery::kStaleDays;
        return q;
    }
};

} // namespace wres::ui
