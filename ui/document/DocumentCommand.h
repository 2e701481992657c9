#pragma once

#include "UndoCommands.h"

#include <QUndoCommand>

#include <functional>

namespace wres::ui {

class PlanDocument;

// What every plan command shares: the document it changes, and what happens when a step cannot be
// made (the file changed underneath, the disk is full, the server refused): the command says why
// through the document and becomes obsolete, so the stack never holds a half-made change.
class DocumentCommand : public QUndoCommand
{
public:
    explicit DocumentCommand(PlanDocument& document, const QString& text);

protected:
    PlanDocument& document() const { return m_document; }
    // Runs one step; false (and the command obsolete) when it threw.
    bool attempt(const std::function<void()>& step);

private:
    PlanDocument& m_document;
};

} // namespace wres::ui
