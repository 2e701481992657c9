#include "SetRedactionCommand.h"

#include "PlanDocument.h"

namespace wres::ui {

SetRedactionCommand::SetRedactionCommand(PlanDocument& document, const QString& text,
                                         const core::SuppressionRule& before, const core::SuppressionRule& after)
    : DocumentCommand(document, text), m_before(before), m_after(after)
{}

bool SetRedactionCommand::mergeWith(const QUndoCommand* other)
{
    m_after = static_cast<const SetRedactionCommand*>(other)->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void SetRedactionCommand::redo()
{
    attempt([this] { document().writeSuppressionRule(m_after); });
}

void SetRedactionCommand::undo()
{
    attempt([this] { document().writeSuppressionRule(m_before); });
}

} // namespace wres::ui
