#include "AddPartCommand.h"

#include "PlanDocument.h"

#include <optional>

namespace wres::ui {

AddPartCommand::AddPartCommand(PlanDocument& document, const QString& text, Kind kind, qint64 parentId, int position,
                               QString content)
    : DocumentCommand(document, text), m_kind(kind), m_parentId(parentId), m_position(position),
      m_content(std::move(content))
{}

void AddPartCommand::redo()
{
    attempt([this] {
        const auto parent = PlanDocument::parentKind(m_kind);
        const qint64 parentId = parent ? document().currentId(*parent, m_parentId) : m_parentId;
        const qint64 added = document().writeAdd(m_kind, parentId, m_position, m_content);
        if (m_id)
            document().renamed(m_kind, m_id, added);
        m_id = added;
    });
}

void AddPartCommand::undo()
{
    attempt([this] { document().writeTake(m_kind, document().currentId(m_kind, m_id)); });
}

} // namespace wres::ui
