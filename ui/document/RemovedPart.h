#pragma once

#include "domain/PlanData.h"
#include "store/StructureStore.h"

#include <variant>

namespace wres::ui {

// A theme, objective or action taken out of the plan with everything below it and its history, and
// where it was: what deleting keeps so that undo can put it back as it was.
struct RemovedPart
{
    core::StructureStore::Kind kind = core::StructureStore::Kind::Action;
    qint64 parentId = 0; // the plan, theme or objective it was under
    int position = 0;    // 0-based among its siblings
    std::variant<core::ThemeData, core::ObjectiveData, core::ActionData> part;
};

} // namespace wres::ui
