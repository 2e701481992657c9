#pragma once

#include "DocumentCommand.h"
#include "metrics/MetricCount.h"

#include <optional>

namespace wres::ui {

// A count typed in the Metrics tab's grid (or taken out). Typing the same cell again merges into
// this step; undo gives back what the cell held before, or nothing.
class SetMetricCountCommand : public DocumentCommand
{
public:
    SetMetricCountCommand(PlanDocument& document, const QString& text, std::optional<core::MetricCount> before,
                          core::MetricCount after);

    int id() const override { return int(UndoCommand::SetMetricCount); }
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

private:
    std::optional<core::MetricCount> m_before;
    core::MetricCount m_after;
};

} // namespace wres::ui
