#pragma once

#include "DocumentCommand.h"
#include "store/StructureStore.h"

namespace wres::ui {

// A new theme, objective or action at a place under its parent. Undo takes it out again; redo adds
// it afresh (with a new id, which the document maps for the commands after it).
class AddPartCommand : public DocumentCommand
{
public:
    using Kind = core::StructureStore::Kind;
    AddPartCommand(PlanDocument& document, const QString& text, Kind kind, qint64 parentId, int position,
                   QString content);

    int id() const override { return int(UndoCommand::AddPart); }
    void redo() override;
    void undo() override;
    // The part's id (0 until it was added).
    qint64 partId() const { return m_id; }

private:
    Kind m_kind;
    qint64 m_parentId;
    int m_position;
    QString m_content;
    qint64 m_id = 0;
};

} // namespace wres::ui
