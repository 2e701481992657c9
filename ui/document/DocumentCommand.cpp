#include "DocumentCommand.h"

#include "PlanDocument.h"

#include <exception>

namespace wres::ui {

DocumentCommand::DocumentCommand(PlanDocument& document, const QString& text) : m_document(document)
{
    setText(text);
}

bool DocumentCommand::attempt(const std::function<void()>& step)
{
    try {
        step();
        return true;
    } catch (const std::exception& e) {
        setObsolete(true);
        m_document.reportFailure(text(), QString::fromStdString(e.what()));
        return false;
    }
}

} // namespace wres::ui
