#pragma once

#include "DocumentCommand.h"
#include "metrics/MetricTarget.h"

namespace wres::ui {

// The targets drawn on the charts, changed (a target added); undo gives back the list as it was.
class SetTargetCommand : public DocumentCommand
{
public:
    SetTargetCommand(PlanDocument& document, const QString& text, core::MetricTargets before,
                     core::MetricTargets after);

    int id() const override { return int(UndoCommand::SetTarget); }
    void redo() override;
    void undo() override;

private:
    core::MetricTargets m_before;
    core::MetricTargets m_after;
};

} // namespace wres::ui
