#pragma once

#include "domain/PlanData.h"
#include "store/ActionStore.h"

#include <QCoreApplication>

namespace wres::ui::StepBack {

// What undoing a status update records: the status, RAG and progress as they were, with a note in
// the history saying what it is (the history is append-only: an undo never erases what was said).
inline core::UpdateRequest of(const core::ActionData& before, const core::UpdateRequest& undone)
{
    core::UpdateRequest back;
    back.status = before.status;
    back.rag = before.rag;
    back.progress = before.progress;
    back.note =
        QCoreApplication::translate("wres::ui::PlanDocument", "Undone: the update before this one was taken back.");
    back.author = undone.author;
    back.source = undone.source;
    return back;
}

} // namespace wres::ui::StepBack
