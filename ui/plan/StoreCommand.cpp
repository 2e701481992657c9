#include "StoreCommand.h"

#include <exception>

namespace wres::ui {

StoreCommand::StoreCommand(const QString& text, Step redo, Step undo, Report report)
    : m_redo(std::move(redo)), m_undo(std::move(undo)), m_report(std::move(report))
{
    setText(text);
}

void StoreCommand::run(const Step& step)
{
    try {
        step();
    } catch (const std::exception& e) {
        setObsolete(true);
        m_report(QString::fromStdString(e.what()));
    }
}

void StoreCommand::redo()
{
    run(m_redo);
}

void StoreCommand::undo()
{
    run(m_undo);
}

} // namespace wres::ui
