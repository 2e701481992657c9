#pragma once

#include <QSortFilterProxyModel>

namespace wres::ui {

// Narrows the action table to what is selected in the navigator: the whole plan, one theme or one
// objective. Sorting uses ActionTableModel::SortRole.
class ActionScopeFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ActionScopeFilter(QObject* parent = nullptr);

    void showAll();
    void showTheme(qint64 themeId);
    void showObjective(qint64 objectiveId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    qint64 m_themeId = 0;
    qint64 m_objectiveId = 0;
};

} // namespace wres::ui
