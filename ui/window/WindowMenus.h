#pragma once

#include <QKeySequence>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace wres::ui {

class EditorController;
class FileController;
class MyActionsBar;
class PlanDialogs;
class PlanDocument;
class PlanPane;
class PlanTransfers;
class PrintController;
class StructureController;

// The window's commands: every menu and its QActions (each named, for tests that trigger them as a
// user would), their shortcuts, and when each is enabled: a plan open, what this login may change,
// what is selected, whether there is a step to undo or redo. Undo and Redo go through the editor
// controller, so a step never overwrites an edit in progress; Redo answers Ctrl+Shift+Z and Ctrl+Y.
class WindowMenus : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QMainWindow* window;
        PlanDocument* document;
        PlanPane* pane;
        FileController* files;
        PlanTransfers* transfers;
        StructureController* structure;
        EditorController* editing;
        PrintController* printing;
        PlanDialogs* dialogs;
        MyActionsBar* myActions;
    };
    explicit WindowMenus(const Parts& parts);

    QAction* addUpdate() const { return m_addUpdate; }
    // Enables each command for the plan open and what is selected.
    void updateEnabled();

signals:
    // Edit ▸ Find and the table's "Show indicator trend" ask for another tab.
    void showPlanTab();
    void showIndicatorTrend(const QString& framework, int indicator);

private:
    void createFileMenu();
    void createEditMenu();
    void createPlanMenu();
    void createHelpMenu();
    QAction* add(QMenu* menu, const QString& text, const char* name, const QKeySequence& key = {});

    Parts m_parts;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_addUpdate = nullptr;
    QAction* m_restore = nullptr;
    QList<QAction*> m_needPlan;   // need a plan open
    QList<QAction*> m_changePlan; // need a plan this login may change
};

} // namespace wres::ui
