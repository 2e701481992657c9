#include "EditActionCommand.h"

#include "PlanDocument.h"
#include "StepBack.h"

#include <QCoreApplication>

namespace wres::ui {

EditActionCommand::EditActionCommand(PlanDocument& document, const QString& reference, core::ActionData before,
                                     core::ActionData after, std::optional<core::UpdateRequest> update,
                                     std::optional<Place> moveTo)
    : DocumentCommand(document,
                      QCoreApplication::translate("wres::ui::PlanDocument", "edit of action %1").arg(reference)),
      m_before(std::move(before)), m_after(std::move(after)), m_update(std::move(update)), m_moveTo(std::move(moveTo)),
      m_revision(m_before.revision), m_generation(document.generation(PlanDocument::Kind::Action, m_before.id))
{}

void EditActionCommand::follow()
{
    // Put back by an undo under a new id (a delete undone), the action starts a new count of
    // revisions: this step goes on from the one it has now.
    const qint64 now = document().currentId(PlanDocument::Kind::Action, m_after.id);
    const int generation = document().generation(PlanDocument::Kind::Action, now);
    if (now != m_after.id || generation != m_generation)
        if (const core::ActionRow* row = document().row(now))
            m_revision = row->revision;
    m_generation = generation;
    m_after.id = now;
    m_before.id = now;
}

void EditActionCommand::redo()
{
    attempt([this] {
        follow();
        std::optional<Place> moveTo = m_moveTo;
        if (moveTo)
            moveTo->first = document().currentId(PlanDocument::Kind::Objective, moveTo->first);
        m_revision = document().writeAction(m_after, m_revision, m_update, moveTo, &m_movedFrom);
    });
}

void EditActionCommand::undo()
{
    attempt([this] {
        follow();
        std::optional<core::UpdateRequest> back;
        if (m_update)
            back = StepBack::of(m_before, *m_update);
        std::optional<Place> moveBack;
        if (m_moveTo)
            moveBack =
                Place{document().currentId(PlanDocument::Kind::Objective, m_movedFrom.first), m_movedFrom.second};
        m_revision = document().writeAction(m_before, m_revision, back, moveBack, nullptr);
    });
}

} // namespace wres::ui
