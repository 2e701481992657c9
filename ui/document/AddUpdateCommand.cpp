#include "AddUpdateCommand.h"

#include "PlanDocument.h"
#include "StepBack.h"
#include "domain/Clock.h"

#include <QCoreApplication>

namespace wres::ui {

AddUpdateCommand::AddUpdateCommand(PlanDocument& document, const core::ActionRow& row, core::UpdateRequest request)
    : DocumentCommand(document,
                      QCoreApplication::translate("wres::ui::PlanDocument", "update of action %1").arg(row.reference)),
      m_actionId(row.id), m_request(std::move(request)), m_revision(m_request.expectedRevision.value_or(row.revision)),
      m_generation(document.generation(PlanDocument::Kind::Action, row.id))
{
    m_before.status = row.status;
    m_before.rag = row.rag;
    m_before.progress = row.progress;
}

void AddUpdateCommand::follow()
{
    // Put back by an undo under a new id (a delete undone), the action starts a new count of
    // revisions: this step goes on from the one it has now.
    const qint64 now = document().currentId(PlanDocument::Kind::Action, m_actionId);
    const int generation = document().generation(PlanDocument::Kind::Action, now);
    if (now != m_actionId || generation != m_generation)
        if (const core::ActionRow* row = document().row(now))
            m_revision = row->revision;
    m_generation = generation;
    m_actionId = now;
}

void AddUpdateCommand::redo()
{
    attempt([this] {
        follow();
        core::UpdateRequest request = m_request;
        request.at = core::Clock::now();
        request.expectedRevision = m_revision;
        m_revision = document().writeUpdate(m_actionId, request);
    });
}

void AddUpdateCommand::undo()
{
    attempt([this] {
        follow();
        core::UpdateRequest back = StepBack::of(m_before, m_request);
        back.at = core::Clock::now();
        back.expectedRevision = m_revision;
        m_revision = document().writeUpdate(m_actionId, back);
    });
}

} // namespace wres::ui
