#include "DeletePartCommand.h"

#include "PlanDocument.h"

namespace wres::ui {

DeletePartCommand::DeletePartCommand(PlanDocument& document, const QString& text, Kind kind, qint64 id)
    : DocumentCommand(document, text), m_kind(kind), m_id(id)
{}

void DeletePartCommand::redo()
{
    attempt([this] { m_removed = document().writeTake(m_kind, document().currentId(m_kind, m_id)); });
}

void DeletePartCommand::undo()
{
    attempt([this] { document().writeRestore(m_removed); });
}

} // namespace wres::ui
