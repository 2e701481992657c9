#pragma once

#include "report/BoardPack.h"
#include "store/ActionStore.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QComboBox;
class QMimeData;
class QUndoStack;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace wres::ui {

class ActionEditor;
class ActionFilterModel;
class ActionTableModel;
class DashboardTab;
class FilterBar;
class MetricsTab;
class PlanSession;
class PlanTreeModel;

// The plan window: the navigator (plan, themes, objectives) beside the table of actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a plan file; on failure tells the user (naming the file and the reason), keeps what was
    // open, and returns false.
    bool openFile(const QString& path, bool readOnly = false);
    // File ▸ Connect to Server: opens a team plan on a PostgreSQL server (location as
    // core::Database::open takes it, possibly with a typed password, which is never kept).
    bool connectToServer(const QString& location);
    // Whether the open file can only be viewed (asked for, or a file this user cannot write).
    bool isReadOnly() const;
    // Replaces the open file with one of its backups after asking; the file as it was is kept as a
    // backup first. False (with a message) when nothing was restored.
    bool restoreBackup(const QString& backupPath);
    // Plan ▸ Audit Trail: the plan's changes, for the current action when one is selected.
    class AuditDialog* showAuditTrail();
    // Plan ▸ Request Updates: the dialog that writes a workbook per lead, shown window-modal;
    // null without a plan.
    class RequestUpdatesDialog* requestUpdates();
    // Plan ▸ Import Updates with the returned workbooks chosen: the review dialog, shown
    // window-modal; the window shows the plan again once answers are applied. Null without a plan.
    class ImportUpdatesDialog* importUpdates(const QStringList& files);
    QString currentFile() const;
    // Creates a new, empty plan file and opens it; false (with a message) when it cannot be made.
    bool newPlan(const QString& path, const QString& organisation, const QString& title, const QString& period);
    QStringList recentFiles() const;
    // Opens the first plan file among dropped data (what a drop on the window does).
    bool openDropped(const QMimeData& data);
    // Reads a metrics CSV into the open file, all or nothing; tells the user what was wrong.
    bool importMetrics(const QString& path);
    // Shows the action in the plan tab, selected.
    void showAction(qint64 actionId);
    // Writes the board pack (or, with a lead, their brief) as a PDF, or as a web page when the path
    // ends in .html; tells the user if it fails.
    bool exportBoardPack(const QString& path, const core::BoardPackOptions& options, const QString& lead = {});
    // Reads a plan file (.xlsx, .csv or .json) into a new plan file and opens it; false with a
    // message naming every problem, and nothing made, when it cannot.
    bool importPlan(const QString& planFile, const QString& newFile);
    // Writes the whole plan as .xlsx, .csv or .json (by the file's suffix); false with a message.
    bool exportPlan(const QString& path);
    // Writes the open actions' due dates (all, or one lead's) as an .ics file; false with a message.
    bool exportCalendar(const QString& path, const QString& lead = {});
    // Records the pack as it stands, so the next pack shows what changed since.
    bool recordPack(const QString& label);
    // Records a status update on an action and shows the result; false (with a message) on failure.
    bool addUpdate(qint64 actionId, const core::UpdateRequest& request);
    // "My actions": only this lead's actions, overdue first; an empty lead shows everyone's again.
    void showMyActions(const QString& lead);
    // Saves the editor's action as an undoable step; false (with a message) when it was not saved.
    bool saveEditedAction(const core::ActionData& edited);
    QUndoStack* undoStack() const { return m_undo; }
    // Tests: sees each progress report of long work and may cancel it by returning false.
    using ProgressHook = std::function<bool(int done, int total)>;
    static ProgressHook& progressHook();

    // Structure of the plan, each an undoable step. Where: after the current navigator node (or
    // the current action), else at the end. Each returns false (with a message) when nothing changed.
    bool newTheme(const QString& name);
    bool newObjective(const QString& text);
    bool newAction(const QString& text);
    bool renameCurrent(const QString& text);
    // Removes the current action (when the table has focus) or navigator node, after asking.
    bool deleteCurrent();
    bool moveCurrent(int delta);
    // The same for a given part (kind as PlanTreeModel::Kind, or -1 for an action).
    bool deleteItem(int kind, qint64 id);
    bool moveItem(int kind, qint64 id, int delta);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    // Team mode: what the login's role allows, on the controls (not only refused by the server).
    void applyAccess();
    // Someone else changed the team plan: show it, without disturbing an edit in progress.
    void othersChanged();
    void chooseFile();
    void showSession();
    void onNavigatorSelection();
    void updateCount();
    void chooseMetricsFile();
    enum class PackOutput
    {
        Preview,
        Print,
        Pdf,
        Web,
    };
    void boardPack(PackOutput output);
    void showIndicatorOfCurrentAction();
    void createToolBar();
    void addUpdateToCurrentAction();
    void refreshViews(qint64 keepActionId);
    void loadEditor(qint64 actionId);
    bool runStructure(const QString& text, std::function<void()> redo, std::function<void()> undo);
    void selectNavigator(int kind, qint64 id);
    // The navigator's current theme and objective (an objective implies its theme).
    qint64 currentThemeId() const;
    qint64 currentObjectiveId() const;
    void createPlanMenu();
    void rememberRecent(const QString& path);
    void fillRecentMenu();
    void chooseNewPlan();
    void onCurrentActionChanged();
    void saveLayout() const;
    void restoreLayout();
    QString authorName() const;
    void applyReadOnly();
    void chooseBackup();

    std::unique_ptr<PlanSession> m_session;
    PlanTreeModel* m_treeModel;
    ActionTableModel* m_actionModel;
    ActionFilterModel* m_filter;
    QTabWidget* m_tabs;
    QMenu* m_recent = nullptr;
    DashboardTab* m_dashboard;
    FilterBar* m_filterBar;
    QComboBox* m_myLead;
    QAction* m_myActions;
    QAction* m_addUpdate = nullptr;
    ActionEditor* m_editor;
    QUndoStack* m_undo;
    MetricsTab* m_metricsTab;
    QSplitter* m_splitter;
    QTreeView* m_navigator;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_banner;               // says why a file is read-only
    QLabel* m_fileMode;             // status bar: read-only, or one-at-a-time on a network share
    QList<QAction*> m_writeActions; // disabled while the file is read-only
};

} // namespace wres::ui
