#include "ActionTableModel.h"

#include "framework/Framework.h"
#include "style/StatusStyle.h"

#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QSet>

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

QString ActionTableModel::searchTextOf(const core::ActionRow& row)
{
    return QStringList{row.reference,      row.theme,   row.text, row.leads.join(QLatin1Char(' ')),
                       row.timescale.text, row.progress}
        .join(QLatin1Char('\n'))
        .toCaseFolded();
}

void ActionTableModel::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_actions.size());
    for (int i = 0; i < m_actions.size(); ++i)
        m_rowOf.insert(m_actions[i].id, i);
}

void ActionTableModel::setActions(const QList<core::ActionRow>& actions, const QDate& today)
{
    beginResetModel();
    m_actions = actions;
    m_today = today;
    m_search.clear();
    m_search.reserve(actions.size());
    m_planOrder.clear();
    m_planOrder.reserve(actions.size());
    for (int i = 0; i < actions.size(); ++i) {
        m_search << searchTextOf(actions[i]);
        m_planOrder.insert(actions[i].id, i);
    }
    reindex();
    endResetModel();
}

void ActionTableModel::syncActions(const QList<core::ActionRow>& actions)
{
    QHash<qint64, int> wanted;
    wanted.reserve(actions.size());
    for (int i = 0; i < actions.size(); ++i)
        wanted.insert(actions[i].id, i);
    // Rows whose action is gone, removed from the bottom up in runs.
    for (int row = int(m_actions.size()) - 1; row >= 0;) {
        if (wanted.contains(m_actions[row].id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !wanted.contains(m_actions[first - 1].id))
            --first;
        beginRemoveRows({}, first, row);
        m_actions.remove(first, row - first + 1);
        m_search.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    reindex();
    // The rest in place, then the new ones at the end (the view sorts by plan order).
    for (int row = 0; row < m_actions.size(); ++row) {
        m_actions[row] = actions[wanted.value(m_actions[row].id)];
        m_search[row] = searchTextOf(m_actions[row]);
    }
    QList<core::ActionRow> added;
    for (const core::ActionRow& action : actions)
        if (!m_rowOf.contains(action.id))
            added << action;
    m_planOrder = wanted;
    if (!m_actions.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_actions.size()) - 1, ColumnCount - 1));
    if (!added.isEmpty()) {
        const int first = int(m_actions.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const core::ActionRow& action : std::as_const(added)) {
            m_actions << action;
            m_search << searchTextOf(action);
        }
        reindex();
        endInsertRows();
    }
}

void ActionTableModel::updateAction(const core::ActionRow& action)
{
    const int row = rowOf(action.id);
    if (row < 0)
        return;
    m_actions[row] = action;
    m_search[row] = searchTextOf(action);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ActionTableModel::setToday(const QDate& today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (!m_actions.isEmpty())
        emit dataChanged(index(0, DueColumn), index(int(m_actions.size()) - 1, DueColumn));
}

void ActionTableModel::setOneLine(bool oneLine)
{
    if (oneLine == m_oneLine)
        return;
    m_oneLine = oneLine;
    if (!m_actions.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_actions.size()) - 1, ColumnCount - 1));
}

int ActionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int ActionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionTableModel::display(const core::ActionRow& row, int column) const
{
    switch (column) {
    case ReferenceColumn:
        return row.reference;
    case ThemeColumn:
        return m_oneLine ? firstLine(row.theme) : row.theme;
    case ActionColumn:
        return m_oneLine ? firstLine(row.text) : row.text.trimmed();
    case LeadsColumn:
        return row.leads.join(QStringLiteral("; "));
    case TimescaleColumn:
        return row.timescale.text;
    case DueColumn:
        if (row.isOverdue(m_today))
            return QString(dateText(row.timescale.due) + (m_oneLine ? QStringLiteral(" ") : QStringLiteral("\n")) +
                           tr("⚠ overdue"));
        if (row.timescale.kind == core::Timescale::Kind::Ongoing)
            return tr("Ongoing");
        if (row.timescale.kind == core::Timescale::Kind::Unparsed)
            return tr("? not a date");
        return dateText(row.timescale.due);
    case StatusColumn:
        // The icon carries the symbol: the cell says the word once.
        return row.status == core::Status::None ? tr("No status") : core::statusLabel(row.status);
    case RagColumn:
        return row.rag == core::Rag::None ? QString() : core::ragLabel(row.rag);
    case IndicatorsColumn:
        return linksText(row);
    case LastUpdateColumn:
        return row.lastUpdate.isValid() ? dateText(row.lastUpdate.toLocalTime().date()) : QString();
    default:
        return {};
    }
}

QVariant ActionTableModel::sortValue(const core::ActionRow& row, int column) const
{
    switch (column) {
    case ReferenceColumn:
        return m_planOrder.value(row.id); // plan order, not the text of the reference
    case DueColumn:
        return row.timescale.due.isValid() ? row.timescale.due : QDate(9999, 12, 31);
    case StatusColumn:
        return int(row.status);
    case RagColumn:
        return int(row.rag);
    case LastUpdateColumn:
        return row.lastUpdate;
    default:
        return display(row, column);
    }
}

QVariant ActionTableModel::toolTip(const core::ActionRow& row, int column) const
{
    switch (column) {
    case ReferenceColumn:
        if (row.displayNumber() != row.reference && !row.displayNumber().isEmpty())
            return tr("Action %1 (numbered %2 in the plan as typed)").arg(row.reference, row.displayNumber());
        return tr("Action %1").arg(row.reference);
    case ThemeColumn:
        return row.objective.isEmpty() ? row.theme : tr("%1\nObjective: %2").arg(row.theme, row.objective);
    case ActionColumn:
        return row.text;
    case DueColumn:
        if (row.timescale.kind == core::Timescale::Kind::Unparsed)
            return tr("\"%1\" gives no due date; it is kept as typed.").arg(row.timescale.text);
        return row.timescale.text;
    case IndicatorsColumn:
        if (row.inheritsIndicators() && !row.themeIndicators.isEmpty())
            return tr("The action lists no indicators of its own; it inherits its theme's: %1.")
                .arg(row.themeIndicators.toText());
        if (row.indicators.isEmpty())
            return QString();
        if (linksText(row) != row.indicators.toText())
            return tr("The action's own links, and its theme's for a framework it names none of: %1.")
                .arg(linksText(row));
        return tr("The action's own indicators: %1.").arg(row.indicators.toText());
    case StatusColumn:
    case RagColumn:
        return QString(spoken(row, StatusColumn) + QStringLiteral("; ") + spoken(row, RagColumn));
    default:
        return {};
    }
}

namespace {

// Links with their framework named, even when they are all WRES's ("WRES 2, 7"), for a text that
// mixes frameworks; WRES's "All" is "WRES All".
QString named(const core::IndicatorLinks& links)
{
    if (links.scope == core::IndicatorLinks::Scope::All)
        return core::Framework::wres().code + QStringLiteral(" All");
    if (links.others.isEmpty() && !links.numbers.isEmpty())
        return core::Framework::wres().code + QLatin1Char(' ') + links.toText();
    return links.toText();
}

} // namespace

QString ActionTableModel::linksText(const core::ActionRow& row)
{
    using Scope = core::IndicatorLinks::Scope;
    const core::IndicatorLinks& own = row.indicators;
    const core::IndicatorLinks& theme = row.themeIndicators;
    if (row.inheritsIndicators())
        return theme.isEmpty() ? QString() : tr("%1 (theme)").arg(theme.toText());
    if (own.scope != Scope::Listed || theme.scope == Scope::NotApplicable)
        return own.toText();
    // As ActionRow::aims reads them: a framework the action names none of is read against its theme.
    core::IndicatorLinks inherited;
    if (own.numbers.isEmpty()) {
        inherited.scope = theme.scope;
        inherited.numbers = theme.numbers;
    }
    if (theme.scope == Scope::Listed)
        for (const core::IndicatorRef& ref : theme.others)
            if (!own.namesAny(ref.framework))
                inherited.others << ref;
    if (inherited.isEmpty())
        return own.toText();
    return QStringLiteral("%1; %2").arg(named(own), tr("%1 (theme)").arg(named(inherited)));
}

QString ActionTableModel::spoken(const core::ActionRow& row, int column) const
{
    switch (column) {
    case StatusColumn:
        return tr("Status: %1").arg(row.status == core::Status::None ? tr("none") : core::statusLabel(row.status));
    case RagColumn:
        return tr("RAG: %1").arg(row.rag == core::Rag::None ? tr("none") : core::ragLabel(row.rag));
    case IndicatorsColumn:
        if (row.inheritsIndicators())
            return row.themeIndicators.isEmpty() ? tr("No indicators")
                                                 : tr("Inherited from its theme: %1").arg(row.themeIndicators.toText());
        return tr("Its own indicators: %1").arg(linksText(row));
    case DueColumn:
        return display(row, column)
            .toString()
            .replace(QLatin1Char('\n'), QLatin1Char(' '))
            .remove(QStringLiteral("⚠ "));
    default:
        return display(row, column).toString();
    }
}

QVariant ActionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ActionRow& row = m_actions.at(index.row());
    const int column = index.column();
    switch (role) {
    case ActionIdRole:
        return row.id;
    case ThemeIdRole:
        return row.themeId;
    case ObjectiveIdRole:
        return row.objectiveId;
    case InheritedRole:
        return row.inheritsIndicators();
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::AccessibleTextRole:
        return spoken(row, column);
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return StatusStyle::statusIcon(row.status);
        if (column == RagColumn)
            return StatusStyle::ragIcon(row.rag);
        return {};
    case Qt::FontRole:
        if (column == IndicatorsColumn && row.inheritsIndicators()) {
            QFont italic;
            italic.setItalic(true);
            return italic; // inherited, not the action's own: shown apart
        }
        return {};
    case Qt::ForegroundRole:
        if (column == IndicatorsColumn && row.inheritsIndicators())
            return QPalette().brush(QPalette::Disabled, QPalette::Text).color().darker(130);
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignTop);
    default:
        return {};
    }
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn:
        return role == Qt::ToolTipRole ? tr("The action's reference, the same everywhere in the program and the pack")
                                       : tr("Ref.");
    case ThemeColumn:
        return tr("Theme");
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
        return role == Qt::ToolTipRole ? tr("WRES indicators, WDES metrics and high impact actions (HIA): the action's "
                                            "own, or its theme's, marked (theme)")
                                       : tr("Indicators");
    case LastUpdateColumn:
        return tr("Last update");
    default:
        return {};
    }
}

} // namespace wres::ui
