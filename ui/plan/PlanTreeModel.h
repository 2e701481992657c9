#pragma once

#include "domain/ActionRow.h"
#include "domain/PlanData.h"

#include <QAbstractItemModel>
#include <QList>

namespace wres::ui {

// The navigator: plan -> themes -> objectives, each with its number of actions, and each theme's
// RAG roll-up (the worst rating among its actions: R, then A, then G; B when all are complete).
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ActionsColumn,
        RagColumn,
        ColumnCount
    };
    enum Kind
    {
        PlanNode,
        ThemeNode,
        ObjectiveNode
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        IdRole,
    };

    explicit PlanTreeModel(QObject* parent = nullptr);

    // The plan's outline with its actions' counts and RAG. When the themes and objectives are the
    // same as before, only their data changes (dataChanged); otherwise the tree is reset.
    void setPlan(const core::PlanData& plan, const QList<core::ActionRow>& actions);
    static core::Rag rollUp(const QList<core::Rag>& ratings);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Kind kind;
        int parent; // -1 for the plan
        int row;    // position under the parent
        QList<int> children;
        qint64 id;
        QString label;
        QString toolTip;
        int actionCount = 0;
        core::Rag rag = core::Rag::None;
    };
    int nodeOf(const QModelIndex& index) const;

    QList<Node> m_nodes; // m_nodes[0] is the plan when a plan is set
};

} // namespace wres::ui
