#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QTreeView;

namespace wres::ui {

class ActionEditor;
class ActionFilterModel;
class ActionTableModel;
class ActionTableView;
class FilterBar;
class PlanDocument;
class PlanTreeModel;

// The Plan tab: the navigator (plan, themes, objectives), the filters, the table of actions with its
// colour key, and the action editor, in splitters that keep readable minimums. It shows the
// document and follows what changed in it (one row, the outline, everything); Ctrl+Tab and
// Ctrl+Shift+Tab move between its panes.
class PlanPane : public QWidget
{
    Q_OBJECT
public:
    explicit PlanPane(QWidget* parent = nullptr);

    void setDocument(PlanDocument* document);

    ActionEditor* editor() const { return m_editor; }
    ActionTableView* table() const { return m_table; }
    QTreeView* navigator() const { return m_navigator; }
    FilterBar* filterBar() const { return m_filterBar; }
    ActionTableModel* tableModel() const { return m_actionModel; }
    ActionFilterModel* filterModel() const { return m_filter; }
    QSplitter* mainSplitter() const { return m_splitter; }
    QSplitter* editorSplitter() const { return m_tableAndEditor; }

    // The selected action (0 for none), and the navigator's theme and objective (an objective
    // implies its theme; with a theme or objective not chosen, the selected action's).
    qint64 currentActionId() const;
    qint64 currentThemeId() const;
    qint64 currentObjectiveId() const;
    int navigatorKind() const; // PlanTreeModel::Kind, or -1 with nothing chosen
    qint64 navigatorId() const;

    // Shows the action selected in the table: the whole plan and no filters if that is what it takes.
    void showAction(qint64 actionId);
    // Selects an action without telling anyone (putting the selection back after a refused move).
    void selectQuietly(qint64 actionId);
    void selectNode(int kind, qint64 id);
    // My actions: all of this lead's actions, whatever the navigator shows, overdue first; an empty
    // lead shows the plan again.
    void showMyActions(const QString& lead);
    bool showsMyActions() const { return m_myActions; }
    // The actions aimed at one measure of a framework (WRES, WDES or HIA), the other filters cleared.
    void showIndicator(const QString& framework, int indicator);
    void focusSearch();
    void clearFilters();
    void setOneLine(bool oneLine);
    int shownCount() const;
    int totalCount() const;

signals:
    void currentActionChanged(qint64 actionId, qint64 previousId);
    void countChanged(int shown, int total);
    void myActionsChanged(bool on);

private:
    void showDocument();
    void followAction(qint64 actionId);
    void followOutline();
    void onNavigatorSelection();
    void onCurrentRowChanged();
    void updateCount();
    void checkEditedStillShown();
    void cyclePanes(int step);

    PlanDocument* m_document = nullptr;
    const class PlanSession* m_shown = nullptr; // the store last shown: the same one read again keeps the selection
    PlanTreeModel* m_treeModel;
    ActionTableModel* m_actionModel;
    ActionFilterModel* m_filter;
    QTreeView* m_navigator;
    FilterBar* m_filterBar;
    ActionTableView* m_table;
    ActionEditor* m_editor;
    QSplitter* m_splitter;
    QSplitter* m_tableAndEditor;
    qint64 m_current = 0;
    bool m_quiet = false;
    bool m_myActions = false;
};

} // namespace wres::ui
