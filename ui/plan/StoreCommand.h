#pragma once

#include <QUndoCommand>

#include <functional>

namespace wres::ui {

// An undoable change made through the store: a redo and an undo step, each a whole transaction.
// When a step fails (the file changed underneath, the disk is full) the command reports why and
// becomes obsolete, so the stack never holds a half-applied change.
class StoreCommand : public QUndoCommand
{
public:
    using Step = std::function<void()>;
    using Report = std::function<void(const QString& problem)>;

    StoreCommand(const QString& text, Step redo, Step undo, Report report);
    void redo() override;
    void undo() override;

private:
    void run(const Step& step);

    Step m_redo;
    Step m_undo;
    Report m_report;
};

} // namespace wres::ui
