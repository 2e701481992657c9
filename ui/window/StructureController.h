#pragma once

#include <QObject>

class QWidget;

namespace wres::ui {

class EditorController;
class PlanDocument;
class PlanPane;

// Plan ▸ New Theme, New Objective, New Action, Rename, Delete, Move Up and Move Down: where the new
// part goes (after the chosen one, else at the end), what to call it (asked through Prompts), what
// deleting takes with it (said before, No by default when more than the part goes), each one undo
// step on the document. Each returns false (with a message) when nothing changed.
class StructureController : public QObject
{
    Q_OBJECT
public:
    StructureController(QWidget* window, PlanDocument& document, PlanPane& pane, EditorController& editing);

    // Asking for the name or text first.
    void chooseNewTheme();
    void chooseNewObjective();
    void chooseNewAction();
    void chooseRename();
    // With the name or text given.
    bool newTheme(const QString& name);
    bool newObjective(const QString& text);
    bool newAction(const QString& text);
    bool renameCurrent(const QString& text);
    // The selected action (when the table has focus) or navigator node.
    bool deleteCurrent();
    bool moveCurrent(int delta);
    // A given part (kind as PlanTreeModel::Kind, or kActionKind for an action).
    bool deleteItem(int kind, qint64 id);
    bool moveItem(int kind, qint64 id, int delta);
    static constexpr int kActionKind = -1;

signals:
    void message(const QString& text, int timeout);

private:
    QString objectiveLabel(qint64 objectiveId) const;

    QWidget* m_window;
    PlanDocument& m_document;
    PlanPane& m_pane;
    EditorController& m_editing;
};

} // namespace wres::ui
