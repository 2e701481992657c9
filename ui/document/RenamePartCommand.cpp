#include "RenamePartCommand.h"

#include "PlanDocument.h"

namespace wres::ui {

RenamePartCommand::RenamePartCommand(PlanDocument& document, const QString& text, Kind kind, qint64 id, QString before,
                                     QString after)
    : DocumentCommand(document, text), m_kind(kind), m_partId(id), m_before(std::move(before)),
      m_after(std::move(after))
{}

void RenamePartCommand::redo()
{
    attempt([this] { document().writeRename(m_kind, document().currentId(m_kind, m_partId), m_after); });
}

void RenamePartCommand::undo()
{
    attempt([this] { document().writeRename(m_kind, document().currentId(m_kind, m_partId), m_before); });
}

} // namespace wres::ui
