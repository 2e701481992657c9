#pragma once

#include "DocumentCommand.h"
#include "domain/ActionRow.h"
#include "domain/PlanData.h"
#include "store/ActionStore.h"

namespace wres::ui {

// Add update (Ctrl+U): a status update recorded through core::ActionStore::recordUpdate, the rule the
// command line and returned workbooks use too, so a repeated note is recorded like any other. Undo
// records the step back (StepBack).
class AddUpdateCommand : public DocumentCommand
{
public:
    AddUpdateCommand(PlanDocument& document, const core::ActionRow& row, core::UpdateRequest request);

    int id() const override { return int(UndoCommand::AddUpdate); }
    void redo() override;
    void undo() override;

private:
    void follow();

    qint64 m_actionId;
    core::ActionData m_before; // status, RAG and progress before the update
    core::UpdateRequest m_request;
    int m_revision;
    int m_generation; // of the action when last seen (PlanDocument::generation)
};

} // namespace wres::ui
