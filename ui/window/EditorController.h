#pragma once

#include "store/ActionStore.h"

#include <QObject>

class QWidget;

namespace wres::ui {

class PlanDocument;
class PlanPane;

// The action editor's side of the window: which action it shows, saving it (with the conflict
// dialog when someone else saved it meanwhile) and reverting it, Add update, and never losing what
// is typed: moving to another action, opening another file, closing the window, undo and redo all
// ask Save / Discard / Cancel first, and a save that fails keeps the user on the action with the
// text as it was typed.
class EditorController : public QObject
{
    Q_OBJECT
public:
    EditorController(QWidget* window, PlanDocument& document, PlanPane& pane);

    // Unsaved edits: asks Save, Discard or Cancel. True when the user may go on (saved or dropped).
    bool mayLeave();
    // The editor's Save; false (with a message) when nothing was saved.
    bool save();
    void revert();
    // Edit ▸ Undo and Redo: after mayLeave, so a step never overwrites an edit in progress.
    void undo();
    void redo();
    // Add update (Ctrl+U) on the selected action, through its dialog; and the same without it.
    void addUpdateToCurrent();
    bool addUpdate(qint64 actionId, const core::UpdateRequest& request);
    // Whether this login may record an update on the selected action (a lead: only their own).
    bool mayUpdateCurrent() const;

signals:
    void message(const QString& text, int timeout);
    // The selected action changed: what may be done to it may have changed too.
    void selectionChanged();

private:
    void onCurrentActionChanged(qint64 actionId, qint64 previousId);
    void onActionChanged(qint64 actionId);
    void load(qint64 actionId);

    QWidget* m_window;
    PlanDocument& m_document;
    PlanPane& m_pane;
    bool m_saving = false;
};

} // namespace wres::ui
