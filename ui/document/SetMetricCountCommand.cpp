#include "SetMetricCountCommand.h"

#include "PlanDocument.h"

#include <algorithm>

namespace wres::ui {

SetMetricCountCommand::SetMetricCountCommand(PlanDocument& document, const QString& text, QList<Cell> cells)
    : DocumentCommand(document, text), m_cells(std::move(cells))
{}

bool SetMetricCountCommand::sameRow(const core::MetricCount& a, const core::MetricCount& b)
{
    return a.framework == b.framework && a.indicator == b.indicator && a.period == b.period && a.group == b.group &&
           a.category.compare(b.category, Qt::CaseInsensitive) == 0;
}

bool SetMetricCountCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetMetricCountCommand*>(other);
    if (next->m_cells.size() != m_cells.size())
        return false;
    for (qsizetype i = 0; i < m_cells.size(); ++i)
        if (!sameRow(next->m_cells[i].after, m_cells[i].after))
            return false;
    for (qsizetype i = 0; i < m_cells.size(); ++i)
        m_cells[i].after = next->m_cells[i].after;
    setObsolete(std::all_of(m_cells.begin(), m_cells.end(),
                            [](const Cell& cell) { return cell.before && *cell.before == cell.after; }));
    return true;
}

void SetMetricCountCommand::redo()
{
    QList<std::optional<core::MetricCount>> values;
    core::MetricCounts keys;
    for (const Cell& cell : std::as_const(m_cells)) {
        values << cell.after;
        keys << cell.after;
    }
    attempt([&] { document().writeMetricCounts(values, keys); });
}

void SetMetricCountCommand::undo()
{
    QList<std::optional<core::MetricCount>> values;
    core::MetricCounts keys;
    for (const Cell& cell : std::as_const(m_cells)) {
        values << cell.before;
        keys << cell.after;
    }
    attempt([&] { document().writeMetricCounts(values, keys); });
}

} // namespace wres::ui
