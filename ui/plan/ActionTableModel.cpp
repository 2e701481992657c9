#include "ActionTableModel.h"

#include "style/StatusStyle.h"

#include <QLocale>

namespace wres::ui {
namespace {

QString firstLine(const QString& text)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            return simple;
    }
    return {};
}

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

} // namespace

ActionTableModel::ActionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ActionTableModel::setActions(const QList<core::ActionRow>& actions, const QDate& today)
{
    beginResetModel();
    m_actions = actions;
    m_today = today;
    m_search.clear();
    m_search.reserve(actions.size());
    for (const core::ActionRow& row : actions)
        m_search << QStringList{row.reference, row.text, row.leads.join(QLatin1Char(' ')), row.timescale.text,
                                row.progress}
                        .join(QLatin1Char('\n'))
                        .toCaseFolded();
    endResetModel();
}

int ActionTableModel::rowOf(qint64 actionId) const
{
    for (qsizetype i = 0; i < m_actions.size(); ++i)
        if (m_actions[i].id == actionId)
            return int(i);
    return -1;
}

int ActionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int ActionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ActionRow& row = m_actions.at(index.row());
    switch (role) {
    case ActionIdRole:
        return row.id;
    case ThemeIdRole:
        return row.themeId;
    case ObjectiveIdRole:
        return row.objectiveId;
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (column) {
        case NumberColumn:
            return sort ? QVariant(index.row()) : QVariant(row.reference); // rows come in plan order
        case ActionColumn:
            return firstLine(row.text);
        case LeadsColumn:
            return row.leads.join(QStringLiteral("; "));
        case TimescaleColumn:
            return row.timescale.text;
        case DueColumn:
            if (sort)
                return row.timescale.due.isValid() ? row.timescale.due : QDate(9999, 12, 31);
            if (row.isOverdue(m_today))
                return QString(dateText(row.timescale.due) + QStringLiteral(" ⚠ overdue"));
            if (row.timescale.kind == core::Timescale::Kind::Ongoing)
                return tr("Ongoing");
            if (row.timescale.kind == core::Timescale::Kind::Unparsed)
                return tr("? not a date");
            return dateText(row.timescale.due);
        case StatusColumn:
            return sort ? QVariant(int(row.status)) : QVariant(StatusStyle::statusText(row.status));
        case RagColumn:
            return sort ? QVariant(int(row.rag)) : QVariant(StatusStyle::ragText(row.rag));
        case IndicatorsColumn:
            // An action listing none of its own is read against its theme's: show those, marked.
            if (row.indicators.isEmpty() && !row.themeIndicators.isEmpty())
                return tr("%1 (theme)").arg(row.themeIndicators.toText());
            return row.indicators.toText();
        case LastUpdateColumn:
            if (sort)
                return row.lastUpdate;
            return row.lastUpdate.isValid() ? dateText(row.lastUpdate.toLocalTime().date()) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case ActionColumn:
            return row.text;
        case DueColumn:
            if (row.timescale.kind == core::Timescale::Kind::Unparsed)
                return tr("\"%1\" gives no due date; it is kept as typed.").arg(row.timescale.text);
            return {};
        case IndicatorsColumn:
            if (row.indicators.isEmpty() && !row.themeIndicators.isEmpty())
                return tr("The action lists no indicators of its own; its theme aims at %1.")
                    .arg(row.themeIndicators.toText());
            return {};
        case StatusColumn:
        case RagColumn:
            return tr("Status: %1; RAG: %2")
                .arg(row.status == core::Status::None ? tr("none") : core::statusLabel(row.status),
                     row.rag == core::Rag::None ? tr("none") : core::ragLabel(row.rag));
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole) {
        if (column == StatusColumn)
            return StatusStyle::statusIcon(row.status);
        if (column == RagColumn)
            return StatusStyle::ragIcon(row.rag);
    }
    if (role == Qt::AccessibleTextRole && (column == StatusColumn || column == RagColumn))
        return column == StatusColumn ? core::statusLabel(row.status) : core::ragLabel(row.rag);
    return {};
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case ActionColumn:
        return tr("Action");
    case LeadsColumn:
        return tr("Leads");
    case TimescaleColumn:
        return tr("Timescale");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case RagColumn:
        return tr("RAG");
    case IndicatorsColumn:
        return tr("Indicators");
    case LastUpdateColumn:
        return tr("Last update");
    default:
        return {};
    }
}

} // namespace wres::ui
