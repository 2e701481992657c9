#include "MovePartCommand.h"

#include "PlanDocument.h"

#include <numeric>

namespace wres::ui {

MovePartCommand::MovePartCommand(PlanDocument& document, const QString& text, Kind kind, qint64 id, int delta)
    : DocumentCommand(document, text), m_kind(kind), m_partId(id), m_steps{delta}
{}

bool MovePartCommand::mergeWith(const QUndoCommand* other)
{
    const auto* move = static_cast<const MovePartCommand*>(other);
    if (move->m_kind != m_kind ||
        document().currentId(m_kind, move->m_partId) != document().currentId(m_kind, m_partId))
        return false;
    m_steps += move->m_steps;
    setObsolete(std::accumulate(m_steps.begin(), m_steps.end(), 0) == 0);
    return true;
}

void MovePartCommand::redo()
{
    attempt([this] {
        for (int step : std::as_const(m_steps))
            document().writeMove(m_kind, document().currentId(m_kind, m_partId), step);
    });
}

void MovePartCommand::undo()
{
    attempt([this] {
        for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it)
            document().writeMove(m_kind, document().currentId(m_kind, m_partId), -*it);
    });
}

} // namespace wres::ui
