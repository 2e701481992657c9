#pragma once

#include "DocumentCommand.h"
#include "store/StructureStore.h"

#include <QList>

namespace wres::ui {

// Moving a part up or down among its siblings. Moving the same part again merges into this step,
// so Alt+Down pressed three times is undone by one Ctrl+Z; moves that cancel out leave no step.
class MovePartCommand : public DocumentCommand
{
public:
    using Kind = core::StructureStore::Kind;
    MovePartCommand(PlanDocument& document, const QString& text, Kind kind, qint64 id, int delta);

    int id() const override { return int(UndoCommand::MovePart); }
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

private:
    Kind m_kind;
    qint64 m_partId;
    QList<int> m_steps; // each -1 or +1, in the order made
};

} // namespace wres::ui
