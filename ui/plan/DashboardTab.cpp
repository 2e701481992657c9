#include "DashboardTab.h"

#include "StatusByThemeChart.h"
#include "document/PlanDocument.h"
#include "domain/Clock.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTableWidget>

namespace wres::ui {
namespace {

QListWidgetItem* itemFor(const core::ActionRow& row)
{
    const QString first = row.text.section(QLatin1Char('\n'), 0, 0).simplified();
    auto* item =
        new QListWidgetItem(QStringLiteral("%1  due %2 — %3 — %4")
                                .arg(row.reference, QLocale().toString(row.timescale.due, QStringLiteral("d MMM yyyy")),
                                     row.leads.join(QStringLiteral("; ")), first));
    item->setData(Qt::UserRole, row.id);
    item->setToolTip(row.text);
    return item;
}

QLabel* title(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text));
    label->setBuddy(buddy);
    return label;
}

} // namespace

DashboardTab::DashboardTab(QWidget* parent)
    : QWidget(parent), m_chart(new QChartView), m_overdue(new QListWidget), m_dueSoon(new QListWidget),
      m_indicators(new QTableWidget(0, 2))
{
    setObjectName(QStringLiteral("dashboardTab"));
    m_chart->setObjectName(QStringLiteral("statusChart"));
    m_chart->setAccessibleName(tr("Actions by status, per theme"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(180);
    m_chart->setFocusPolicy(Qt::StrongFocus); // so a screen reader user can reach its figures
    m_overdue->setObjectName(QStringLiteral("overdueList"));
    m_overdue->setAccessibleName(tr("Overdue actions"));
    m_dueSoon->setObjectName(QStringLiteral("dueSoonList"));
    m_dueSoon->setAccessibleName(tr("Actions due in the next %1 days").arg(core::ActionQuery::kDueSoonDays));
    m_indicators->setObjectName(QStringLiteral("indicatorCounts"));
    m_indicators->setAccessibleName(tr("Actions per indicator"));
    m_indicators->setHorizontalHeaderLabels({tr("Indicator"), tr("Actions")});
    m_indicators->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_indicators->verticalHeader()->hide();
    m_indicators->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_indicators->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_indicators->setTabKeyNavigation(false);
    for (QAbstractItemView* view : std::initializer_list<QAbstractItemView*>{m_overdue, m_dueSoon, m_indicators})
        view->setMinimumHeight(4 * fontMetrics().lineSpacing());

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_chart, 0, 0, 1, 2);
    layout->addWidget(title(tr("&Overdue"), m_overdue), 1, 0);
    layout->addWidget(title(tr("Due in the next &%1 days").arg(core::ActionQuery::kDueSoonDays), m_dueSoon), 1, 1);
    layout->addWidget(m_overdue, 2, 0);
    layout->addWidget(m_dueSoon, 2, 1);
    layout->addWidget(title(tr("Actions per &indicator (activate one to filter the plan)"), m_indicators), 3, 0, 1, 2);
    layout->addWidget(m_indicators, 4, 0, 1, 2);
    layout->setRowStretch(0, 3);
    layout->setRowStretch(2, 2);
    layout->setRowStretch(4, 2);

    for (QListWidget* list : {m_overdue, m_dueSoon})
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            if (item->data(Qt::UserRole).isValid())
                emit actionActivated(item->data(Qt::UserRole).toLongLong());
        });
    connect(m_indicators, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const QTableWidgetItem* item = m_indicators->item(row, 0))
            emit indicatorActivated(item->data(Qt::UserRole + 1).toString(), item->data(Qt::UserRole).toInt());
    });
}

void DashboardTab::setDocument(const PlanDocument* document)
{
    m_document = document;
    connect(document, &PlanDocument::reloaded, this, &DashboardTab::changed);
    connect(document, &PlanDocument::outlineChanged, this, &DashboardTab::changed);
    connect(document, &PlanDocument::actionChanged, this, &DashboardTab::changed);
    changed();
}

void DashboardTab::changed()
{
    // Only while shown: an edit in the plan tab does not pay for a dashboard nobody is looking at.
    m_stale = true;
    if (isVisible())
        refresh();
}

void DashboardTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardTab::refresh()
{
    if (!m_document)
        return;
    m_stale = false;
    const QDate today = core::Clock::today();
    const QList<core::ActionRow>& actions = m_document->actions();
    const auto counts = core::BoardPack::countByTheme(m_document->outline(), actions);
    m_chart->setChart(StatusByThemeChart::build(counts));
    m_chart->setAccessibleDescription(StatusByThemeChart::describe(counts));
    m_chart->setToolTip(StatusByThemeChart::describe(counts));
    m_overdue->clear();
    m_dueSoon->clear();
    QList<const core::ActionRow*> soon;
    for (const core::ActionRow& row : actions) {
        if (row.isOverdue(today))
            m_overdue->addItem(itemFor(row));
        else if (row.isDueWithin(today, core::ActionQuery::kDueSoonDays))
            soon << &row;
    }
    std::stable_sort(soon.begin(), soon.end(), [](const core::ActionRow* a, const core::ActionRow* b) {
        return a->timescale.due < b->timescale.due;
    });
    for (const core::ActionRow* row : std::as_const(soon))
        m_dueSoon->addItem(itemFor(*row));
    if (m_overdue->count() == 0)
        m_overdue->addItem(tr("Nothing is overdue."));
    if (m_dueSoon->count() == 0)
        m_dueSoon->addItem(tr("Nothing falls due in the next %1 days.").arg(core::ActionQuery::kDueSoonDays));

    // Every framework's measures: WRES's as ever, then WDES's and the high impact actions', each
    // counted as the filters and the store count them (ActionRow::aims).
    QList<const core::Indicator*> indicators;
    for (const core::Framework* framework : core::Framework::all())
        for (const core::Indicator& indicator : framework->indicators)
            indicators << &indicator;
    m_indicators->setRowCount(int(indicators.size()));
    const QString own = m_document->framework().code;
    for (int i = 0; i < indicators.size(); ++i) {
        const core::Indicator& indicator = *indicators[i];
        const bool plans = indicator.framework == own;
        const auto count = std::count_if(actions.begin(), actions.end(), [&](const core::ActionRow& row) {
            return plans ? row.aims(indicator.number) : row.aims(indicator.framework, indicator.number);
        });
        auto* name =
            new QTableWidgetItem(plans ? QStringLiteral("%1. %2").arg(indicator.code, indicator.shortTitle)
                                       : QStringLiteral("%1. %2").arg(indicator.label(), indicator.shortTitle));
        name->setData(Qt::UserRole, indicator.number);
        name->setData(Qt::UserRole + 1, indicator.framework);
        name->setToolTip(indicator.definition);
        m_indicators->setItem(i, 0, name);
        auto* cell = new QTableWidgetItem(QString::number(count));
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_indicators->setItem(i, 1, cell);
    }
}

} // namespace wres::ui
