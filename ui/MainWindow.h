#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTabWidget;
class QUndoStack;

namespace wres::ui {

class AccessBanner;
class DashboardTab;
class EditorController;
class FileController;
class MetricsTab;
class MyActionsBar;
class PlanDialogs;
class PlanDocument;
class PlanPane;
class PlanTransfers;
class PrintController;
class StructureController;
class WindowMenus;

// The plan window: layout and wiring only (KeePassXC's MainWindow routing to its DatabaseWidget).
// The open plan is a PlanDocument; the tabs (plan, dashboard, metrics) show it; each concern has
// its own class: files (FileController, PlanTransfers), the editor (EditorController), the plan's
// shape (StructureController), printing (PrintController), dialogs (PlanDialogs), what the login
// may do (AccessBanner), and the commands (WindowMenus).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a plan file or server location (FileController::open).
    bool openFile(const QString& path, bool readOnly = false);
    QString currentFile() const;
    bool isReadOnly() const;

    PlanDocument& document() const { return *m_document; }
    QUndoStack* undoStack() const;
    PlanPane& planPane() const { return *m_plan; }
    MyActionsBar& myActionsBar() const { return *m_myActions; }
    FileController& files() const { return *m_files; }
    PlanTransfers& transfers() const { return *m_transfers; }
    EditorController& editing() const { return *m_editing; }
    StructureController& structure() const { return *m_structure; }
    PrintController& printing() const { return *m_printing; }
    PlanDialogs& dialogs() const { return *m_dialogs; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void wire();
    void showMessage(const QString& text, int timeout);
    void showOpened();
    void updateCount(int shown, int total);
    void saveLayout() const;
    void restoreLayout();

    PlanDocument* m_document;
    QTabWidget* m_tabs;
    PlanPane* m_plan;
    DashboardTab* m_dashboard;
    MetricsTab* m_metrics;
    MyActionsBar* m_myActions;
    AccessBanner* m_access;
    QLabel* m_count;
    FileController* m_files;
    PlanTransfers* m_transfers;
    EditorController* m_editing;
    StructureController* m_structure;
    PrintController* m_printing;
    PlanDialogs* m_dialogs;
    WindowMenus* m_menus;
};

} // namespace wres::ui
