#pragma once

#include "DocumentCommand.h"
#include "metrics/MetricCount.h"

#include <QList>

#include <optional>

namespace wres::ui {

// Counts typed in the Metrics tab's grid (or taken out), of any framework (each count carries its
// own): one cell, or the few rows one cell stands for (a WDES band's headcount is the total of its
// Disabled, non-disabled and not known rows). Typing the same cell again merges into this step;
// undo gives back what the rows held before, or nothing.
class SetMetricCountCommand : public DocumentCommand
{
public:
    struct Cell
    {
        std::optional<core::MetricCount> before;
        core::MetricCount after;
    };

    SetMetricCountCommand(PlanDocument& document, const QString& text, QList<Cell> cells);

    int id() const override { return int(UndoCommand::SetMetricCount); }
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

    // Whether two counts are the same row of the file: framework, indicator, period, category, group.
    static bool sameRow(const core::MetricCount& a, const core::MetricCount& b);

private:
    QList<Cell> m_cells;
};

} // namespace wres::ui
