#include "MeasureLinksTree.h"

#include "framework/Framework.h"

#include <QHash>
#include <QHeaderView>

#include <algorithm>

namespace wres::ui {
namespace {

constexpr int kFrameworkRole = Qt::UserRole;
constexpr int kNumberRole = Qt::UserRole + 1;

// Where a measure comes in links(): its framework's place, then its place in the catalogue.
int rank(const core::IndicatorRef& link)
{
    const QList<const core::Framework*>& all = core::Framework::all();
    for (int f = 0; f < all.size(); ++f)
        if (all[f]->code == link.framework)
            for (int i = 0; i < all[f]->indicators.size(); ++i)
                if (all[f]->indicators[i].number == link.number)
                    return f * 10000 + i;
    return 1000000; // unknown: after every known one, in the order given
}

} // namespace

MeasureLinksTree::MeasureLinksTree(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("editOtherIndicators"));
    setAccessibleName(tr("WDES metrics and EDI Improvement Plan measures it aims to move"));
    setToolTip(tr("Tick each WDES metric or high impact action measure this action aims to move (Space ticks)."));
    setHeaderHidden(true);
    setColumnCount(1);
    setWordWrap(true);
    setUniformRowHeights(false);
    header()->setStretchLastSection(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const core::Framework& own = core::Framework::wres(); // the plan's own: its links are the boxes above
    for (const core::Framework* framework : core::Framework::all()) {
        if (framework->code == own.code)
            continue;
        auto* top = new QTreeWidgetItem(this, {QStringLiteral("%1: %2").arg(framework->code, framework->name)});
        top->setFlags(Qt::ItemIsEnabled);
        top->setToolTip(0, framework->source);
        QHash<QString, QTreeWidgetItem*> byCode;
        for (const core::Indicator& indicator : framework->indicators) {
            QTreeWidgetItem* parentItem = byCode.value(indicator.parent, top);
            // The code and title (the group above names the framework); its whole name is spoken.
            auto* item =
                new QTreeWidgetItem(parentItem, {QStringLiteral("%1. %2").arg(indicator.code, indicator.shortTitle)});
            item->setData(0, Qt::AccessibleTextRole,
                          QStringLiteral("%1. %2").arg(indicator.label(), indicator.shortTitle));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
            item->setData(0, kFrameworkRole, framework->code);
            item->setData(0, kNumberRole, indicator.number);
            item->setToolTip(
                0, QStringLiteral("%1. %2\n%3").arg(indicator.label(), indicator.shortTitle, indicator.definition));
            byCode.insert(indicator.code, item);
        }
    }
    connect(this, &QTreeWidget::itemChanged, this, [this] {
        if (!m_loading)
            emit linksChanged();
    });
    connect(this, &QTreeWidget::itemExpanded, this, &MeasureLinksTree::fitHeight);
    connect(this, &QTreeWidget::itemCollapsed, this, &MeasureLinksTree::fitHeight);
    fitHeight();
}

QTreeWidgetItem* MeasureLinksTree::itemFor(const core::IndicatorRef& link) const
{
    for (QTreeWidgetItemIterator it(const_cast<MeasureLinksTree*>(this)); *it; ++it)
        if ((*it)->data(0, kFrameworkRole).toString() == link.framework &&
            (*it)->data(0, kNumberRole).toInt() == link.number)
            return *it;
    return nullptr;
}

void MeasureLinksTree::setLinks(const QList<core::IndicatorRef>& links)
{
    m_loading = true;
    m_unshown.clear();
    for (QTreeWidgetItemIterator it(this); *it; ++it)
        if ((*it)->flags() & Qt::ItemIsUserCheckable)
            (*it)->setCheckState(0, Qt::Unchecked);
    collapseAll();
    for (const core::IndicatorRef& link : links) {
        QTreeWidgetItem* item = itemFor(link);
        if (!item) {
            m_unshown << link;
            continue;
        }
        item->setCheckState(0, Qt::Checked);
        for (QTreeWidgetItem* above = item->parent(); above; above = above->parent())
            above->setExpanded(true); // every link in view
    }
    m_loading = false;
    fitHeight();
}

void MeasureLinksTree::fitHeight()
{
    // As tall as the rows shown (the editor scrolls as a whole), up to 24 rows, at least 6.
    int rows = 0;
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        bool shown = true;
        for (QTreeWidgetItem* above = (*it)->parent(); above && shown; above = above->parent())
            shown = above->isExpanded();
        rows += shown ? 1 : 0;
    }
    const int row = std::max(fontMetrics().height() + 4, sizeHintForRow(0));
    setFixedHeight(std::clamp(rows, 6, 24) * row + 2 * frameWidth() + 2);
}

QList<core::IndicatorRef> MeasureLinksTree::links() const
{
    QList<core::IndicatorRef> checked;
    for (QTreeWidgetItemIterator it(const_cast<MeasureLinksTree*>(this), QTreeWidgetItemIterator::Checked); *it; ++it)
        checked << core::IndicatorRef{(*it)->data(0, kFrameworkRole).toString(), (*it)->data(0, kNumberRole).toInt()};
    return ordered(checked) + m_unshown;
}

QList<core::IndicatorRef> MeasureLinksTree::ordered(const QList<core::IndicatorRef>& links)
{
    QList<core::IndicatorRef> sorted = links;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const core::IndicatorRef& a, const core::IndicatorRef& b) { return rank(a) < rank(b); });
    return sorted;
}

} // namespace wres::ui
