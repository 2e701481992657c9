#pragma once

#include "DocumentCommand.h"
#include "store/StructureStore.h"

namespace wres::ui {

// A theme's name or an objective's text, changed; undo puts the old one back.
class RenamePartCommand : public DocumentCommand
{
public:
    using Kind = core::StructureStore::Kind;
    RenamePartCommand(PlanDocument& document, const QString& text, Kind kind, qint64 id, QString before, QString after);

    int id() const override { return int(UndoCommand::RenamePart); }
    void redo() override;
    void undo() override;

private:
    Kind m_kind;
    qint64 m_partId;
    QString m_before;
    QString m_after;
};

} // namespace wres::ui
