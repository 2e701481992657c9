#include "SetMetricCountCommand.h"

#include "PlanDocument.h"

namespace wres::ui {
namespace {

bool sameCell(const core::MetricCount& a, const core::MetricCount& b)
{
    return a.indicator == b.indicator && a.period == b.period && a.group == b.group &&
           a.category.compare(b.category, Qt::CaseInsensitive) == 0;
}

} // namespace

SetMetricCountCommand::SetMetricCountCommand(PlanDocument& document, const QString& text,
                                             std::optional<core::MetricCount> before, core::MetricCount after)
    : DocumentCommand(document, text), m_before(std::move(before)), m_after(std::move(after))
{}

bool SetMetricCountCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetMetricCountCommand*>(other);
    if (!sameCell(next->m_after, m_after))
        return false;
    m_after = next->m_after;
    setObsolete(m_before && *m_before == m_after);
    return true;
}

void SetMetricCountCommand::redo()
{
    attempt([this] { document().writeMetricCount(m_after, m_after); });
}

void SetMetricCountCommand::undo()
{
    attempt([this] { document().writeMetricCount(m_before, m_after); });
}

} // namespace wres::ui
