#include "EditActionCommand.h"

#include <QCoreApplication>

#include <exception>

namespace wres::ui {

EditActionCommand::EditActionCommand(core::ActionData before, core::ActionData after, Apply apply, Report report)
    : m_before(std::move(before)), m_after(std::move(after)), m_apply(std::move(apply)), m_report(std::move(report)),
      m_revision(m_before.revision)
{
    setText(QCoreApplication::translate("EditActionCommand", "edit action %1").arg(m_after.number));
}

void EditActionCommand::run(const core::ActionData& target)
{
    try {
        m_revision = m_apply(target, m_revision);
    } catch (const std::exception& e) {
        setObsolete(true); // the stack drops it: nothing half-done stays to be undone
        m_report(QString::fromStdString(e.what()));
    }
}

void EditActionCommand::redo()
{
    run(m_after);
}

void EditActionCommand::undo()
{
    run(m_before);
}

} // namespace wres::ui
