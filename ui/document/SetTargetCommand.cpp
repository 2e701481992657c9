#include "SetTargetCommand.h"

#include "PlanDocument.h"

namespace wres::ui {

SetTargetCommand::SetTargetCommand(PlanDocument& document, const QString& text, core::MetricTargets before,
                                   core::MetricTargets after)
    : DocumentCommand(document, text), m_before(std::move(before)), m_after(std::move(after))
{}

void SetTargetCommand::redo()
{
    attempt([this] { document().writeTargets(m_after); });
}

void SetTargetCommand::undo()
{
    attempt([this] { document().writeTargets(m_before); });
}

} // namespace wres::ui
