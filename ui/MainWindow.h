#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;
class QTableView;
class QTreeView;

namespace wres::ui {

class ActionScopeFilter;
class ActionTableModel;
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
    bool openFile(const QString& path);
    QString currentFile() const;

private:
    void createMenus();
    void chooseFile();
    void showSession();
    void onNavigatorSelection();
    void updateCount();

    std::unique_ptr<PlanSession> m_session;
    PlanTreeModel* m_treeModel;
    ActionTableModel* m_actionModel;
    ActionScopeFilter* m_filter;
    QSplitter* m_splitter;
    QTreeView* m_navigator;
    QTableView* m_table;
    QLabel* m_count;
};

} // namespace wres::ui
