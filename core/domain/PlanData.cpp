#include "PlanData.h"

namespace wres::core {

int PlanData::actionCount() const
{
    int count = 0;
    for (const ThemeData& theme : themes)
        for (const ObjectiveData& objective : theme.objectives)
            count += int(objective.actions.size());
    return count;
}

} // namespace wres::core
