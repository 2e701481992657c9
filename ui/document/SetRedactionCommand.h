#pragma once

#include "DocumentCommand.h"
#include "metrics/SuppressionRule.h"

namespace wres::ui {

// The file's small-number rule (which counts the public version hides, and the indicators published
// in full). Changing it again straight after merges into this step; undo gives back the rule before.
class SetRedactionCommand : public DocumentCommand
{
public:
    SetRedactionCommand(PlanDocument& document, const QString& text, const core::SuppressionRule& before,
                        const core::SuppressionRule& after);

    int id() const override { return int(UndoCommand::SetRedaction); }
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

private:
    core::SuppressionRule m_before;
    core::SuppressionRule m_after;
};

} // namespace wres::ui
