#include "ActionScopeFilter.h"

#include "ActionTableModel.h"

namespace wres::ui {

ActionScopeFilter::ActionScopeFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ActionTableModel::SortRole);
}

void ActionScopeFilter::showAll()
{
    m_themeId = 0;
    m_objectiveId = 0;
    invalidateRowsFilter();
}

void ActionScopeFilter::showTheme(qint64 themeId)
{
    m_themeId = themeId;
    m_objectiveId = 0;
    invalidateRowsFilter();
}

void ActionScopeFilter::showObjective(qint64 objectiveId)
{
    m_themeId = 0;
    m_objectiveId = objectiveId;
    invalidateRowsFilter();
}

bool ActionScopeFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_objectiveId)
        return index.data(ActionTableModel::ObjectiveIdRole).toLongLong() == m_objectiveId;
    if (m_themeId)
        return index.data(ActionTableModel::ThemeIdRole).toLongLong() == m_themeId;
    return true;
}

} // namespace wres::ui
