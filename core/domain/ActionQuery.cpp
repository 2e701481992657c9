#include "ActionQuery.h"

#include "ActionRow.h"

#include <algorithm>

namespace wres::core {

bool ActionQuery::matches(const ActionRow& row) const
{
    if ((planId && row.planId != *planId) || (actionId && row.id != *actionId) ||
        (themeId && row.themeId != *themeId) || (status && row.status != *status) || (rag && row.rag != *rag))
        return false;
    if (indicator && !(indicatorFramework.isEmpty() ? row.aims(*indicator) : row.aims(indicatorFramework, *indicator)))
        return false;
    if (overdueOnly && !row.isOverdue(today))
        return false;
    if (dueWithinDays && !row.isDueWithin(today, *dueWithinDays))
        return false;
    if (noUpdateForDays && !row.hasNoUpdateFor(today, *noUpdateForDays))
        return false;
    if (!lead.isEmpty()) {
        const QString key = lead.simplified().toCaseFolded();
        return std::any_of(row.leads.begin(), row.leads.end(),
                           [&key](const QString& name) { return name.simplified().toCaseFolded() == key; });
    }
    return true;
}

} // namespace wres::core
