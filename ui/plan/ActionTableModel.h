#pragma once

#include "domain/ActionRow.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace wres::ui {

// The plan's actions as a table: reference, theme, action (the whole text, or its first line),
// leads, timescale, due date, status, RAG, indicators (the action's own, or its theme's marked as
// inherited), last update. Read-only. A change to one action is dataChanged on its row; a change of
// the plan's shape is rows inserted and removed, never a reset (see syncActions).
class ActionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The indicators column: the action's own links in the unambiguous form ("WRES 2; WDES 4a; HIA 2"),
    // and, marked (theme), its theme's for a framework it names none of (as ActionRow::aims reads them).
    static QString linksText(const core::ActionRow& row);
    enum Column
    {
        ReferenceColumn,
        ThemeColumn,
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
        SortRole,      // a value that sorts naturally: plan order for references, dates as dates
        InheritedRole, // the indicators cell shows the theme's indicators (bool)
    };

    explicit ActionTableModel(QObject* parent = nullptr);

    // A new plan (or everything read again): the table is reset.
    void setActions(const QList<core::ActionRow>& actions, const QDate& today);
    // The plan after a change of shape: rows of actions gone are removed, new ones inserted, the
    // rest updated in place; plan order comes from the list's order.
    void syncActions(const QList<core::ActionRow>& actions);
    // One action changed.
    void updateAction(const core::ActionRow& action);
    void setToday(const QDate& today);
    // The whole action text (rows grow to fit), or its first line only.
    void setOneLine(bool oneLine);
    bool oneLine() const { return m_oneLine; }

    const core::ActionRow& action(int row) const { return m_actions.at(row); }
    // Reference, theme, text, leads, timescale and progress, case-folded once, for the text filter.
    const QString& searchText(int row) const { return m_search.at(row); }
    // The row of an action id, or -1.
    int rowOf(qint64 actionId) const { return m_rowOf.value(actionId, -1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString searchTextOf(const core::ActionRow& row);
    QVariant display(const core::ActionRow& row, int column) const;
    QVariant sortValue(const core::ActionRow& row, int column) const;
    QVariant toolTip(const core::ActionRow& row, int column) const;
    QString spoken(const core::ActionRow& row, int column) const;
    void reindex();

    QList<core::ActionRow> m_actions;
    QStringList m_search;
    QHash<qint64, int> m_rowOf;
    QHash<qint64, int> m_planOrder; // action id -> place in plan order
    QDate m_today;
    bool m_oneLine = false;
};

} // namespace wres::ui
