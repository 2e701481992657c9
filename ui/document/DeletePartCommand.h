#pragma once

#include "DocumentCommand.h"
#include "RemovedPart.h"

namespace wres::ui {

// Deleting a theme, objective or action with everything below it. The removed part is kept here
// with its history, and undo puts it back in its place (with new ids, which the document maps).
class DeletePartCommand : public DocumentCommand
{
public:
    using Kind = core::StructureStore::Kind;
    DeletePartCommand(PlanDocument& document, const QString& text, Kind kind, qint64 id);

    int id() const override { return int(UndoCommand::DeletePart); }
    void redo() override;
    void undo() override;

private:
    Kind m_kind;
    qint64 m_id;
    RemovedPart m_removed;
};

} // namespace wres::ui
