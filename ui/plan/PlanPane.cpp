#include "PlanPane.h"

#include "ActionEditor.h"
#include "ActionFilterModel.h"
#include "ActionTableModel.h"
#include "ActionTableView.h"
#include "FilterBar.h"
#include "PlanSession.h"
#include "PlanTreeModel.h"
#include "document/PlanDocument.h"
#include "domain/Clock.h"
#include "style/StatusStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace wres::ui {

PlanPane::PlanPane(QWidget* parent)
    : QWidget(parent), m_treeModel(new PlanTreeModel(this)), m_actionModel(new ActionTableModel(this)),
      m_filter(new ActionFilterModel(this)), m_navigator(new QTreeView), m_filterBar(new FilterBar),
      m_table(new ActionTableView), m_editor(new ActionEditor), m_splitter(new QSplitter),
      m_tableAndEditor(new QSplitter)
{
    setObjectName(QStringLiteral("planPane"));
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setModel(m_treeModel);
    m_navigator->setAccessibleName(tr("Plan navigator"));
    m_navigator->setUniformRowHeights(true);
    m_navigator->setMinimumWidth(fontMetrics().averageCharWidth() * 22);
    m_navigator->header()->setStretchLastSection(false);
    m_navigator->header()->setSectionResizeMode(PlanTreeModel::NameColumn, QHeaderView::Stretch);
    m_navigator->header()->setSectionResizeMode(PlanTreeModel::ActionsColumn, QHeaderView::ResizeToContents);
    m_navigator->header()->setSectionResizeMode(PlanTreeModel::RagColumn, QHeaderView::ResizeToContents);

    m_filter->setTableModel(m_actionModel);
    // Before the table is given the model: when a filter hides the selected action, the pane must
    // know before the table moves its selection to a neighbour.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex&, int first, int last) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && current.row() >= first && current.row() <= last)
            m_quiet = true;
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_quiet && m_current && m_actionModel->rowOf(m_current) >= 0 &&
            !m_filter->accepts(m_actionModel->rowOf(m_current)))
            m_table->selectionModel()->clearCurrentIndex();
        m_quiet = false;
        checkEditedStillShown();
        updateCount();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        checkEditedStillShown();
        updateCount();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PlanPane::updateCount);
    m_table->setModel(m_filter);
    m_table->sortByColumn(ActionTableModel::ReferenceColumn, Qt::AscendingOrder);

    // The colour key: every colour with its symbol and word.
    auto* key = new QWidget;
    key->setObjectName(QStringLiteral("colourKey"));
    key->setAccessibleName(tr("Status key"));
    auto* keyLayout = new QHBoxLayout(key);
    keyLayout->setContentsMargins(4, 2, 4, 2);
    keyLayout->addWidget(new QLabel(tr("Status key:")));
    for (core::Status status :
         {core::Status::NotStarted, core::Status::InProgress, core::Status::Delayed, core::Status::Complete}) {
        auto* swatch = new QLabel;
        swatch->setPixmap(StatusStyle::statusIcon(status).pixmap(16, 16));
        swatch->setAccessibleName(StatusStyle::statusText(status));
        keyLayout->addWidget(swatch);
        keyLayout->addWidget(new QLabel(core::statusLabel(status)));
    }
    keyLayout->addStretch();

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_filterBar);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addWidget(key);
    m_table->setMinimumWidth(fontMetrics().averageCharWidth() * 40);

    m_tableAndEditor->setObjectName(QStringLiteral("tableEditorSplitter"));
    m_tableAndEditor->addWidget(right);
    m_tableAndEditor->addWidget(m_editor);
    m_tableAndEditor->setStretchFactor(0, 3);
    m_tableAndEditor->setStretchFactor(1, 1);
    m_tableAndEditor->setChildrenCollapsible(false);
    m_tableAndEditor->setSizes({820, 360});
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_tableAndEditor);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({240, 1180});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_filterBar, &FilterBar::changed, this, [this](const ActionFilter& filter) {
        m_filter->setFilter(filter);
        updateCount();
    });
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlanPane::onNavigatorSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlanPane::onCurrentRowChanged);

    // Ctrl+Tab and Ctrl+Shift+Tab move between the panes (Tab moves within one).
    auto* next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab), this, [this] { cyclePanes(+1); });
    auto* previous =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), this, [this] { cyclePanes(-1); });
    for (QShortcut* shortcut : {next, previous})
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
}

void PlanPane::setDocument(PlanDocument* document)
{
    m_document = document;
    connect(document, &PlanDocument::reloaded, this, &PlanPane::showDocument);
    connect(document, &PlanDocument::actionChanged, this, &PlanPane::followAction);
    connect(document, &PlanDocument::outlineChanged, this, &PlanPane::followOutline);
    m_editor->setFramework(document->framework());
    showDocument();
}

void PlanPane::showDocument()
{
    const qint64 previous = m_current;
    m_quiet = true;
    m_current = 0;
    const QDate today = core::Clock::today();
    m_actionModel->setActions(m_document->actions(), today);
    m_filter->setToday(today);
    m_treeModel->setPlan(m_document->outline(), m_document->actions());
    m_navigator->expandAll();
    m_navigator->setCurrentIndex(m_treeModel->index(0, 0));
    m_filterBar->setPlan(m_document->outline(), m_document->session() ? m_document->session()->leads() : QStringList());
    m_quiet = false;
    updateCount();
    // The first action, for the editor to show (reading the same file again keeps the one shown).
    const bool same = m_document->session() == m_shown;
    m_shown = m_document->session();
    if (same && previous && m_actionModel->rowOf(previous) >= 0)
        selectQuietly(previous);
    else if (m_filter->rowCount() > 0)
        selectQuietly(m_filter->index(0, 0).data(ActionTableModel::ActionIdRole).toLongLong());
    emit currentActionChanged(m_current, 0);
}

void PlanPane::followAction(qint64 actionId)
{
    if (const core::ActionRow* row = m_document->row(actionId))
        m_actionModel->updateAction(*row);
    m_treeModel->setPlan(m_document->outline(), m_document->actions()); // counts and RAG roll-ups
    updateCount();
    checkEditedStillShown();
}

void PlanPane::followOutline()
{
    const int kind = navigatorKind();
    const qint64 node = navigatorId();
    const qint64 previous = m_current;
    m_quiet = true;
    m_actionModel->syncActions(m_document->actions());
    m_treeModel->setPlan(m_document->outline(), m_document->actions());
    m_navigator->expandAll();
    if (kind >= 0)
        selectNode(kind, node); // the navigator stays where it was, if that is still there
    if (!m_navigator->currentIndex().isValid())
        m_navigator->setCurrentIndex(m_treeModel->index(0, 0));
    m_filterBar->setPlan(m_document->outline(), m_document->session() ? m_document->session()->leads() : QStringList());
    m_quiet = false;
    if (previous && m_actionModel->rowOf(previous) >= 0) {
        selectQuietly(previous);
    } else {
        m_table->selectionModel()->clearCurrentIndex();
        m_current = 0;
        if (previous)
            emit currentActionChanged(0, previous); // deleted: the editor clears
    }
    updateCount();
}

qint64 PlanPane::currentActionId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ActionTableModel::ActionIdRole).toLongLong() : 0;
}

int PlanPane::navigatorKind() const
{
    const QModelIndex current = m_navigator->currentIndex();
    return current.isValid() ? current.data(PlanTreeModel::KindRole).toInt() : -1;
}

qint64 PlanPane::navigatorId() const
{
    return m_navigator->currentIndex().data(PlanTreeModel::IdRole).toLongLong();
}

qint64 PlanPane::currentThemeId() const
{
    QModelIndex current = m_navigator->currentIndex();
    if (current.data(PlanTreeModel::KindRole).toInt() == PlanTreeModel::ObjectiveNode)
        current = current.parent();
    if (current.data(PlanTreeModel::KindRole).toInt() == PlanTreeModel::ThemeNode)
        return current.data(PlanTreeModel::IdRole).toLongLong();
    const QModelIndex action = m_table->currentIndex();
    return action.isValid() ? action.data(ActionTableModel::ThemeIdRole).toLongLong() : 0;
}

qint64 PlanPane::currentObjectiveId() const
{
    const QModelIndex current = m_navigator->currentIndex();
    if (current.data(PlanTreeModel::KindRole).toInt() == PlanTreeModel::ObjectiveNode)
        return current.data(PlanTreeModel::IdRole).toLongLong();
    const QModelIndex action = m_table->currentIndex();
    return action.isValid() ? action.data(ActionTableModel::ObjectiveIdRole).toLongLong() : 0;
}

void PlanPane::showAction(qint64 actionId)
{
    const int source = m_actionModel->rowOf(actionId);
    if (source < 0)
        return;
    if (!m_filter->accepts(source))
        m_navigator->setCurrentIndex(m_treeModel->index(0, 0)); // the whole plan
    if (!m_filter->accepts(source))
        clearFilters();
    const QModelIndex index = m_filter->mapFromSource(m_actionModel->index(source, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus();
}

void PlanPane::selectQuietly(qint64 actionId)
{
    const int source = m_actionModel->rowOf(actionId);
    const QModelIndex index = source < 0 ? QModelIndex() : m_filter->mapFromSource(m_actionModel->index(source, 0));
    m_quiet = true;
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    } else {
        m_table->selectionModel()->clearCurrentIndex();
    }
    m_current = actionId;
    m_quiet = false;
}

void PlanPane::selectNode(int kind, qint64 id)
{
    std::function<QModelIndex(const QModelIndex&)> find = [&](const QModelIndex& parent) -> QModelIndex {
        for (int r = 0; r < m_treeModel->rowCount(parent); ++r) {
            const QModelIndex index = m_treeModel->index(r, 0, parent);
            if (index.data(PlanTreeModel::KindRole).toInt() == kind &&
                index.data(PlanTreeModel::IdRole).toLongLong() == id)
                return index;
            if (const QModelIndex below = find(index); below.isValid())
                return below;
        }
        return {};
    };
    if (const QModelIndex index = find({}); index.isValid())
        m_navigator->setCurrentIndex(index);
}

void PlanPane::onNavigatorSelection()
{
    const QModelIndex current = m_navigator->currentIndex();
    const auto kind = PlanTreeModel::Kind(current.data(PlanTreeModel::KindRole).toInt());
    const qint64 id = current.data(PlanTreeModel::IdRole).toLongLong();
    // Choosing a theme or objective is a new view of the plan: My actions ends.
    if (m_myActions && !m_quiet && current.isValid() && kind != PlanTreeModel::PlanNode)
        showMyActions({});
    if (!current.isValid() || kind == PlanTreeModel::PlanNode)
        m_filter->showAll();
    else if (kind == PlanTreeModel::ThemeNode)
        m_filter->showTheme(id);
    else
        m_filter->showObjective(id);
    updateCount();
}

void PlanPane::onCurrentRowChanged()
{
    const qint64 id = currentActionId();
    if (m_quiet || !id || id == m_current)
        return;
    const qint64 previous = m_current;
    m_current = id;
    emit currentActionChanged(id, previous);
}

void PlanPane::showMyActions(const QString& lead)
{
    const bool on = !lead.isEmpty();
    m_myActions = on;
    m_filter->setScopeIgnored(on); // all of the lead's actions, whatever the navigator shows
    if (on) {
        m_quiet = true;
        m_navigator->setCurrentIndex(m_treeModel->index(0, 0));
        m_quiet = false;
    }
    m_filterBar->setLead(lead);
    m_table->sortByColumn(on ? ActionTableModel::DueColumn : ActionTableModel::ReferenceColumn, Qt::AscendingOrder);
    updateCount();
    emit myActionsChanged(on);
}

void PlanPane::showIndicator(const QString& framework, int indicator)
{
    m_filterBar->clear();
    m_navigator->setCurrentIndex(m_treeModel->index(0, 0));
    ActionFilter filter;
    filter.indicator = indicator;
    filter.indicatorFramework = framework;
    m_filter->setFilter(filter);
    updateCount();
}

void PlanPane::focusSearch()
{
    m_filterBar->focusSearch();
}

void PlanPane::clearFilters()
{
    m_filterBar->clear();
}

void PlanPane::setOneLine(bool oneLine)
{
    m_actionModel->setOneLine(oneLine);
    m_table->setOneLine(oneLine);
}

int PlanPane::shownCount() const
{
    return m_filter->rowCount();
}

int PlanPane::totalCount() const
{
    return m_actionModel->rowCount();
}

void PlanPane::updateCount()
{
    m_filterBar->setCount(shownCount(), totalCount());
    emit countChanged(shownCount(), totalCount());
}

void PlanPane::checkEditedStillShown()
{
    const qint64 edited = m_editor->actionId();
    const int source = edited ? m_actionModel->rowOf(edited) : -1;
    const QString hidden = tr("Action %1 is hidden by the filters or the navigator now; it stays here until you "
                              "choose another.")
                               .arg(m_editor->reference());
    if (source >= 0 && !m_filter->accepts(source)) {
        // The editor and the table always speak of the same action. With nothing typed to lose, the
        // editor follows the table to the first action shown; with typing not yet saved, the action
        // stays in the editor, said so, and no other row is highlighted beside it.
        if (!m_editor->isModified() && m_filter->rowCount() > 0) {
            m_table->setCurrentIndex(m_filter->index(0, 0));
            return;
        }
        m_quiet = true;
        m_table->selectionModel()->clear();
        m_quiet = false;
        m_editor->setNotice(hidden);
        return;
    }
    if (m_editor->notice() == hidden)
        m_editor->setNotice({});
    // Shown again: the table selects it again.
    if (source >= 0 && !m_table->currentIndex().isValid())
        selectQuietly(edited);
}

void PlanPane::cyclePanes(int step)
{
    const QList<std::function<void()>> panes = {
        [this] { m_navigator->setFocus(Qt::TabFocusReason); }, [this] { focusSearch(); },
        [this] { m_table->setFocus(Qt::TabFocusReason); }, [this] { m_editor->focusUpdate(); }};
    QWidget* focus = focusWidget();
    int at = 0;
    if (focus == m_navigator || m_navigator->isAncestorOf(focus))
        at = 0;
    else if (m_filterBar->isAncestorOf(focus))
        at = 1;
    else if (focus == m_table || m_table->isAncestorOf(focus))
        at = 2;
    else if (m_editor->isAncestorOf(focus))
        at = 3;
    panes[(at + step + int(panes.size())) % int(panes.size())]();
}

} // namespace wres::ui
