#include "ActionFilterModel.h"

#include "ActionTableModel.h"
#include "domain/Clock.h"

namespace wres::ui {

ActionFilterModel::ActionFilterModel(QObject* parent) : QSortFilterProxyModel(parent), m_today(core::Clock::today())
{
    setSortRole(ActionTableModel::SortRole);
    m_query = m_filter.query(m_today);
}

void ActionFilterModel::setTableModel(ActionTableModel* model)
{
    m_table = model;
    setSourceModel(model);
}

void ActionFilterModel::showAll()
{
    m_themeId = 0;
    m_objectiveId = 0;
    invalidateRowsFilter();
}

void ActionFilterModel::showTheme(qint64 themeId)
{
    m_themeId = themeId;
    m_objectiveId = 0;
    invalidateRowsFilter();
}

void ActionFilterModel::showObjective(qint64 objectiveId)
{
    m_themeId = 0;
    m_objectiveId = objectiveId;
    invalidateRowsFilter();
}

void ActionFilterModel::setScopeIgnored(bool ignored)
{
    if (ignored == m_scopeIgnored)
        return;
    m_scopeIgnored = ignored;
    invalidateRowsFilter();
}

void ActionFilterModel::setFilter(const ActionFilter& filter)
{
    m_filter = filter;
    m_query = filter.query(m_today);
    m_needle = filter.text.simplified().toCaseFolded();
    invalidateRowsFilter();
}

void ActionFilterModel::setToday(const QDate& today)
{
    m_today = today;
    m_query = m_filter.query(today);
    invalidateRowsFilter();
}

bool ActionFilterModel::accepts(int sourceRow) const
{
    if (!m_table)
        return true;
    const core::ActionRow& row = m_table->action(sourceRow);
    if (!m_scopeIgnored &&
        ((m_objectiveId && row.objectiveId != m_objectiveId) || (m_themeId && row.themeId != m_themeId)))
        return false;
    if (!m_query.matches(row))
        return false;
    return m_needle.isEmpty() || m_table->searchText(sourceRow).contains(m_needle);
}

bool ActionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    return accepts(sourceRow);
}

} // namespace wres::ui
