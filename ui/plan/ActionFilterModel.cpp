#include "ActionFilterModel.h"

#include "ActionTableModel.h"

namespace wres::ui {

ActionFilterModel::ActionFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ActionTableModel::SortRole);
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

void ActionFilterModel::setFilter(const ActionFilter& filter)
{
    m_filter = filter;
    m_needle = filter.text.simplified().toCaseFolded();
    m_filter.lead = filter.lead.simplified().toCaseFolded();
    invalidateRowsFilter();
}

void ActionFilterModel::setToday(const QDate& today)
{
    m_today = today;
    invalidateRowsFilter();
}

bool ActionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (!m_table)
        return true;
    const core::ActionRow& row = m_table->action(sourceRow);
    if (m_objectiveId && row.objectiveId != m_objectiveId)
        return false;
    if (m_themeId && row.themeId != m_themeId)
        return false;
    const ActionFilter& f = m_filter;
    if (f.themeId && row.themeId != *f.themeId)
        return false;
    if (f.status && row.status != *f.status)
        return false;
    if (f.rag && row.rag != *f.rag)
        return false;
    if (f.indicator && !row.aims(*f.indicator))
        return false;
    if (f.overdue && !row.isOverdue(m_today))
        return false;
    if (f.dueSoon && (row.isClosed() || row.timescale.kind != core::Timescale::Kind::Dated ||
                      row.timescale.due < m_today || row.timescale.due > m_today.addDays(ActionFilter::kDueSoonDays)))
        return false;
    if (f.noRecentUpdate && row.lastUpdate.isValid() &&
        row.lastUpdate.date() >= m_today.addDays(-ActionFilter::kStaleDays))
        return false;
    if (!f.lead.isEmpty()) {
        bool found = false;
        for (const QString& lead : row.leads)
            found = found || lead.toCaseFolded() == f.lead;
        if (!found)
            return false;
    }
    return m_needle.isEmpty() || m_table->searchText(sourceRow).contains(m_needle);
}

} // namespace wres::ui
