#pragma once

#include "domain/Rag.h"
#include "domain/Status.h"

#include <QDate>
#include <QString>

#include <optional>

namespace wres::ui {

// What the user asked the action table to show. Every set field narrows it; they combine.
struct ActionFilter
{
    QString text; // in the number, action text, leads, timescale or progress, any case
    QString lead; // exact lead, any case
    std::optional<core::Status> status;
    std::optional<core::Rag> rag;
    std::optional<int> indicator; // the action's own links, or its theme's when it lists none
    std::optional<qint64> themeId;
    bool overdue = false;
    bool dueSoon = false;        // due within kDueSoonDays and not closed
    bool noRecentUpdate = false; // no status update for kStaleDays

    static constexpr int kDueSoonDays = 30;
    static constexpr int kStaleDays = 90;

    bool isEmpty() const
    {
        return text.isEmpty() && lead.isEmpty() && !status && !rag && !indicator && !themeId && !overdue && !dueSoon &&
               !noRecentUpdate;
    }
};

} // namespace wres::ui
