#pragma once

#include "DocumentCommand.h"

namespace wres::ui {

// The file's redaction threshold (counts below it are hidden in public outputs). Stepping it again
// merges into this step; undo gives back the threshold before.
class SetRedactionCommand : public DocumentCommand
{
public:
    SetRedactionCommand(PlanDocument& document, const QString& text, qint64 before, qint64 after);

    int id() const override { return int(UndoCommand::SetRedaction); }
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

private:
    qint64 m_before;
    qint64 m_after;
};

} // namespace wres::ui
