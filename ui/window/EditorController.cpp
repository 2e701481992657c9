#include "EditorController.h"

#include "Settings.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/Prompts.h"
#include "document/PlanDocument.h"
#include "plan/ActionEditor.h"
#include "plan/PlanPane.h"
#include "plan/PlanSession.h"
#include "plan/UpdateDialog.h"

#include <QUndoStack>

namespace wres::ui {

EditorController::EditorController(QWidget* window, PlanDocument& document, PlanPane& pane)
    : QObject(window), m_window(window), m_document(document), m_pane(pane)
{
    connect(&pane, &PlanPane::currentActionChanged, this, &EditorController::onCurrentActionChanged);
    connect(&document, &PlanDocument::actionChanged, this, &EditorController::onActionChanged);
    connect(pane.editor(), &ActionEditor::saveRequested, this, &EditorController::save);
}

bool EditorController::mayLeave()
{
    ActionEditor* editor = m_pane.editor();
    if (!editor->isModified())
        return true;
    const auto answer =
        Prompts::question(m_window, tr("Unsaved changes"),
                          tr("Action %1 has changes that are not saved. Save them?").arg(editor->reference()),
                          QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        editor->revert();
        return true;
    }
    return false;
}

void EditorController::onCurrentActionChanged(qint64 actionId, qint64 previousId)
{
    ActionEditor* editor = m_pane.editor();
    if (actionId && actionId == editor->actionId() && editor->isModified())
        return;
    if (editor->actionId() && actionId != editor->actionId() && !mayLeave()) {
        m_pane.selectQuietly(editor->actionId()); // Cancel, or a save that failed: stay on it
        return;
    }
    if (!actionId && previousId && !m_document.row(previousId)) {
        editor->clearAction(tr("The action shown was deleted. Edit ▸ Undo brings it back."));
        emit selectionChanged();
        return;
    }
    load(actionId);
}

void EditorController::onActionChanged(qint64 actionId)
{
    ActionEditor* editor = m_pane.editor();
    if (actionId != editor->actionId() || m_saving)
        return;
    if (editor->isModified()) {
        // Never under the user's typing: the edit stays, and saving will show both versions.
        editor->setNotice(tr("Action %1 was changed meanwhile; your edits are kept here. Saving will show both "
                             "versions.")
                              .arg(editor->reference()));
        return;
    }
    load(actionId);
}

void EditorController::load(qint64 actionId)
{
    ActionEditor* editor = m_pane.editor();
    const core::ActionRow* row = actionId ? m_document.row(actionId) : nullptr;
    PlanSession* session = m_document.session();
    if (!row || !session) {
        editor->clearAction();
        emit selectionChanged();
        return;
    }
    try {
        editor->setAction(session->action(actionId), *row, session->history(actionId), session->leads());
        QList<QPair<qint64, QString>> objectives;
        for (const core::ThemeData& theme : m_document.outline().themes)
            for (const core::ObjectiveData& objective : theme.objectives)
                objectives.append({objective.id, QStringLiteral("%1 — %2 %3")
                                                     .arg(theme.name.left(30), objective.number,
                                                          objective.text.simplified().left(60))});
        editor->setObjectives(objectives, row->objectiveId);
    } catch (const std::exception& e) {
        editor->clearAction();
        emit message(QString::fromStdString(e.what()), 8000);
    }
    emit selectionChanged();
}

bool EditorController::save()
{
    ActionEditor* editor = m_pane.editor();
    PlanSession* session = m_document.session();
    const qint64 id = editor->actionId();
    if (!session || !id || !editor->isModified())
        return id != 0;
    core::ActionData mine = editor->edited();
    std::optional<core::UpdateRequest> update = editor->update();
    core::ActionData before = editor->loaded();
    core::ActionData stored;
    try {
        stored = session->action(id);
    } catch (const std::exception& e) {
        Prompts::warning(m_window, tr("Not saved"), QString::fromStdString(e.what()));
        return false;
    }
    // The editor's copy is what the user saw: when the stored revision has moved on, someone else
    // saved the action meanwhile (another window, the command line, a colleague on the shared drive).
    if (stored.revision != before.revision) {
        core::ActionData whole = mine; // my version whole, as the dialog shows it
        whole.status = update && update->status ? *update->status : before.status;
        whole.rag = update && update->rag ? *update->rag : before.rag;
        whole.progress = update && update->progress ? *update->progress : before.progress;
        switch (ConflictDialog::ask(m_window, whole, stored, editor->reference())) {
        case ConflictDialog::Choice::KeepMine: {
            // Over theirs, knowingly: status, RAG and progress as mine, recorded as an update.
            core::UpdateRequest request;
            if (whole.status != stored.status)
                request.status = whole.status;
            if (whole.rag != stored.rag)
                request.rag = whole.rag;
            if (whole.progress != stored.progress || (update && update->progress))
                request.progress = whole.progress;
            update = request.status || request.rag || request.progress ? std::optional(request) : std::nullopt;
            before = stored;
            mine.revision = stored.revision;
            break;
        }
        case ConflictDialog::Choice::TakeTheirs:
            m_document.reload();
            load(id);
            emit message(tr("Showing the version saved by someone else; your edits were dropped."), 8000);
            return false;
        case ConflictDialog::Choice::KeepEditing:
            return false;
        }
    }
    m_saving = true;
    const bool saved = m_document.saveAction(before, mine, update, editor->chosenObjective());
    m_saving = false;
    if (!saved)
        return false; // the document said why; the typed text stays
    load(m_document.currentId(PlanDocument::Kind::Action, id));
    emit message(tr("Saved action %1. Undo with Ctrl+Z.").arg(editor->reference()), 5000);
    return true;
}

void EditorController::revert()
{
    m_pane.editor()->revert();
}

void EditorController::undo()
{
    if (m_document.undoStack()->canUndo() && mayLeave())
        m_document.undoStack()->undo();
}

void EditorController::redo()
{
    if (m_document.undoStack()->canRedo() && mayLeave())
        m_document.undoStack()->redo();
}

bool EditorController::mayUpdateCurrent() const
{
    PlanSession* session = m_document.session();
    const qint64 id = m_pane.currentActionId();
    // An admin may always try (a message says when nothing is chosen); a lead only on their own.
    return session && (session->mayEditPlan() || (id && session->mayUpdate(id)));
}

void EditorController::addUpdateToCurrent()
{
    const qint64 id = m_pane.currentActionId() ? m_pane.currentActionId() : m_pane.editor()->actionId();
    const core::ActionRow* row = id ? m_document.row(id) : nullptr;
    if (!row) {
        emit message(tr("Choose an action in the table first."), 5000);
        return;
    }
    if (!mayLeave())
        return;
    UpdateDialog dialog(*row, Settings::instance().authorName(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addUpdate(id, dialog.request());
}

bool EditorController::addUpdate(qint64 actionId, const core::UpdateRequest& request)
{
    const core::ActionRow* row = m_document.row(actionId);
    const QString reference = row ? row->reference : QString::number(actionId);
    if (!m_document.addUpdate(actionId, request))
        return false;
    emit message(tr("Update of action %1 recorded. Undo with Ctrl+Z.").arg(reference), 5000);
    return true;
}

} // namespace wres::ui
