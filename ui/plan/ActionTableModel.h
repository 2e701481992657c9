#pragma once

#include "domain/ActionRow.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace wres::ui {

// The plan's actions as a table: number, action (first line; full text on hover), leads, timescale,
// due date, status, RAG, indicators, last update. Read-only; sorting by the roles below.
class ActionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        ActionColumn,
        LeadsColumn,
        TimescaleColumn,
        DueColumn,
        StatusColumn,
        RagColumn,
        IndicatorsColumn,
        LastUpdateColumn,
        ColumnCount
    };
    enum Role
    {
        ActionIdRole = Qt::UserRole + 1,
        ThemeIdRole,
        ObjectiveIdRole,
        SortRole, // a value that sorts naturally: plan order for numbers, dates as dates
    };

    explicit ActionTableModel(QObject* parent = nullptr);

    void setActions(const QList<core::ActionRow>& actions, const QDate& today);
    const core::ActionRow& action(int row) const { return m_actions.at(row); }
    // Number, text, leads, timescale and progress, case-folded once, for the text filter.
    const QString& searchText(int row) const { return m_search.at(row); }
    // The row of an action id, or -1.
    int rowOf(qint64 actionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::ActionRow> m_actions;
    QStringList m_search;
    QDate m_today;
};

} // namespace wres::ui
