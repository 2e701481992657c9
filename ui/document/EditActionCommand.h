#pragma once

#include "DocumentCommand.h"
#include "domain/PlanData.h"
#include "store/ActionStore.h"

#include <optional>

namespace wres::ui {

// Saving the action editor: the action's fields, with a status update (status, RAG, a new progress
// note) when one was given, and a move to another objective: one step. Undo stores the fields as
// they were and records the step back in the history (history is never erased); each step checks
// the revision the previous one left, so an undo never overwrites someone else's later change.
class EditActionCommand : public DocumentCommand
{
public:
    using Place = std::pair<qint64, int>;
    EditActionCommand(PlanDocument& document, const QString& reference, core::ActionData before, core::ActionData after,
                      std::optional<core::UpdateRequest> update, std::optional<Place> moveTo);

    int id() const override { return int(UndoCommand::EditAction); }
    void redo() override;
    void undo() override;

private:
    void follow();

    core::ActionData m_before;
    core::ActionData m_after;
    std::optional<core::UpdateRequest> m_update;
    std::optional<Place> m_moveTo;
    Place m_movedFrom;
    int m_revision;
    int m_generation; // of the action when last seen (PlanDocument::generation)
};

} // namespace wres::ui
