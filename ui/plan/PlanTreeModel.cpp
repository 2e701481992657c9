#include "PlanTreeModel.h"

#include "style/StatusStyle.h"

#include <QHash>

#include <algorithm>

namespace wres::ui {

PlanTreeModel::PlanTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

core::Rag PlanTreeModel::rollUp(const QList<core::Rag>& ratings)
{
    bool anyRated = false;
    bool allBlue = true;
    core::Rag worst = core::Rag::None;
    auto severity = [](core::Rag rag) {
        switch (rag) {
        case core::Rag::Red:
            return 3;
        case core::Rag::Amber:
            return 2;
        case core::Rag::Green:
            return 1;
        default:
            return 0;
        }
    };
    for (core::Rag rag : ratings) {
        if (rag == core::Rag::None)
            continue;
        anyRated = true;
        allBlue = allBlue && rag == core::Rag::Blue;
        if (severity(rag) > severity(worst))
            worst = rag;
    }
    if (!anyRated)
        return core::Rag::None;
    return allBlue ? core::Rag::Blue : worst;
}

void PlanTreeModel::setPlan(const core::PlanData& plan, const QList<core::ActionRow>& actions)
{
    QList<Node> before;
    before.swap(m_nodes);
    QHash<qint64, QList<core::Rag>> themeRatings;
    QHash<qint64, int> objectiveCounts;
    for (const core::ActionRow& row : actions) {
        themeRatings[row.themeId] << row.rag;
        ++objectiveCounts[row.objectiveId];
    }
    const QString planLabel = plan.info.title.isEmpty() ? tr("Untitled plan") : plan.info.title;
    m_nodes << Node{
        PlanNode, -1, 0, {}, plan.info.id, planLabel, plan.info.organisation, int(actions.size()), rollUp([&] {
            QList<core::Rag> all;
            for (const auto& row : actions)
                all << row.rag;
            return all;
        }())};
    for (const core::ThemeData& theme : plan.themes) {
        const int themeNode = int(m_nodes.size());
        const int themeRow = int(m_nodes[0].children.size());
        m_nodes[0].children << themeNode;
        const QList<core::Rag> ratings = themeRatings.value(theme.id);
        QString tip = theme.name;
        if (!theme.indicators.isEmpty())
            tip += tr("\nWRES indicators: %1").arg(theme.indicators.toText());
        if (!theme.tags.isEmpty())
            tip += QLatin1Char('\n') + core::tagsToText(theme.tags);
        m_nodes << Node{ThemeNode, 0, themeRow, {}, theme.id, theme.name, tip, int(ratings.size()), rollUp(ratings)};
        for (const core::ObjectiveData& objective : theme.objectives) {
            const int objectiveNode = int(m_nodes.size());
            const int objectiveRow = int(m_nodes[themeNode].children.size());
            m_nodes[themeNode].children << objectiveNode;
            QString label = objective.text.simplified();
            if (label.isEmpty())
                label = tr("(no objective)");
            if (!objective.number.isEmpty())
                label = objective.number + QStringLiteral(". ") + label;
            m_nodes << Node{ObjectiveNode,  themeNode, objectiveRow,   {},
                            objective.id,   label,     objective.text, objectiveCounts.value(objective.id),
                            core::Rag::None};
        }
    }
    // The same themes and objectives in the same order: names, counts and RAG change in place, and
    // the navigator keeps its selection and what is expanded. Otherwise the tree is laid out anew.
    const bool sameShape =
        std::equal(before.begin(), before.end(), m_nodes.begin(), m_nodes.end(), [](const Node& a, const Node& b) {
            return a.kind == b.kind && a.id == b.id && a.parent == b.parent;
        });
    if (sameShape) {
        // Only the nodes whose name, count or RAG changed: an edit touches its objective, theme and
        // the plan, and a navigator of hundreds of objectives need not be measured again.
        for (int n = 0; n < m_nodes.size(); ++n) {
            const Node& now = m_nodes[n];
            const Node& was = before[n];
            if (now.label != was.label || now.toolTip != was.toolTip || now.actionCount != was.actionCount ||
                now.rag != was.rag)
                emit dataChanged(createIndex(now.row, 0, quintptr(n)),
                                 createIndex(now.row, ColumnCount - 1, quintptr(n)));
        }
        return;
    }
    QList<Node> after;
    after.swap(m_nodes);
    m_nodes.swap(before);
    beginResetModel();
    m_nodes.swap(after);
    endResetModel();
}

int PlanTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 && !m_nodes.isEmpty() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.column() != 0)
        return {};
    const Node& node = m_nodes.at(nodeOf(parent));
    if (row >= node.children.size())
        return {};
    return createIndex(row, column, quintptr(node.children.at(row)));
}

QModelIndex PlanTreeModel::parent(const QModelIndex& child) const
{
    const int n = nodeOf(child);
    if (n < 0)
        return {};
    const int p = m_nodes.at(n).parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes.at(p).row, 0, quintptr(p));
}

int PlanTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_nodes.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(nodeOf(parent)).children.size());
}

int PlanTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant PlanTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node& node = m_nodes.at(nodeOf(index));
    if (role == KindRole)
        return int(node.kind);
    if (role == IdRole)
        return node.id;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return node.label;
        if (role == Qt::ToolTipRole)
            return node.toolTip;
        break;
    case ActionsColumn:
        if (role == Qt::DisplayRole)
            return node.actionCount;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RagColumn:
        if (node.kind == ObjectiveNode)
            break;
        if (role == Qt::DisplayRole)
            return node.rag == core::Rag::None ? QStringLiteral("—") : core::ragLetter(node.rag);
        if (role == Qt::DecorationRole)
            return StatusStyle::ragIcon(node.rag);
        if (role == Qt::ToolTipRole)
            return node.rag == core::Rag::None ? tr("No RAG ratings recorded")
                                               : tr("RAG roll-up: %1").arg(core::ragLabel(node.rag));
        break;
    default:
        break;
    }
    return {};
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Plan");
    case ActionsColumn:
        return tr("Actions");
    case RagColumn:
        return tr("RAG");
    default:
        return {};
    }
}

} // namespace wres::ui
