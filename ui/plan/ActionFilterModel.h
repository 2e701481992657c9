#pragma once

#include "ActionFilter.h"

#include <QDate>
#include <QSortFilterProxyModel>

namespace wres::ui {

class ActionTableModel;

// The action table as the user narrows it: the navigator's scope (whole plan, a theme, an
// objective) and the filter bar's criteria together. My actions looks past the navigator's scope
// (scopeIgnored). Sorting uses ActionTableModel::SortRole.
class ActionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ActionFilterModel(QObject* parent = nullptr);

    void setTableModel(ActionTableModel* model);
    void showAll();
    void showTheme(qint64 themeId);
    void showObjective(qint64 objectiveId);
    void setScopeIgnored(bool ignored);
    void setFilter(const ActionFilter& filter);
    const ActionFilter& filter() const { return m_filter; }
    void setToday(const QDate& today);
    // Whether an action passes the scope and the filters (wherever its row is).
    bool accepts(int sourceRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ActionTableModel* m_table = nullptr;
    qint64 m_themeId = 0;
    qint64 m_objectiveId = 0;
    bool m_scopeIgnored = false;
    ActionFilter m_filter;
    core::ActionQuery m_query; // the filter as core's rules read it
    QString m_needle;          // the text filter, case-folded once
    QDate m_today;
};

} // namespace wres::ui
