#pragma once

#include "domain/PlanData.h"

#include <QUndoCommand>

#include <functional>

namespace wres::ui {

// Saving an action, as an undoable step: redo stores the edited action, undo stores it as it was.
// Each step checks the revision the previous one left, so an undo never overwrites someone else's
// later change; when a step cannot be applied the command becomes obsolete and says why.
class EditActionCommand : public QUndoCommand
{
public:
    // apply(action, expectedRevision) stores the action and returns the new revision, or throws.
    using Apply = std::function<int(const core::ActionData& action, int expectedRevision)>;
    using Report = std::function<void(const QString& problem)>;

    EditActionCommand(core::ActionData before, core::ActionData after, Apply apply, Report report);

    void redo() override;
    void undo() override;

private:
    void run(const core::ActionData& target);

    core::ActionData m_before;
    core::ActionData m_after;
    Apply m_apply;
    Report m_report;
    int m_revision;
};

} // namespace wres::ui
