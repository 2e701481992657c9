#include "DashboardTab.h"

#include "ActionFilter.h"
#include "PlanSession.h"
#include "framework/Framework.h"
#include "report/StatusChart.h"

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
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    m_overdue->setObjectName(QStringLiteral("overdueList"));
    m_dueSoon->setObjectName(QStringLiteral("dueSoonList"));
    m_indicators->setObjectName(QStringLiteral("indicatorCounts"));
    m_indicators->setHorizontalHeaderLabels({tr("WRES indicator"), tr("Actions")});
    m_indicators->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_indicators->verticalHeader()->hide();
    m_indicators->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_indicators->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_chart, 0, 0, 1, 2);
    layout->addWidget(title(tr("&Overdue"), m_overdue), 1, 0);
    layout->addWidget(title(tr("Due in the next &30 days"), m_dueSoon), 1, 1);
    layout->addWidget(m_overdue, 2, 0);
    layout->addWidget(m_dueSoon, 2, 1);
    layout->addWidget(title(tr("Actions per WRES &indicator (activate to filter the plan)"), m_indicators), 3, 0, 1, 2);
    layout->addWidget(m_indicators, 4, 0, 1, 2);
    layout->setRowStretch(0, 3);
    layout->setRowStretch(2, 2);
    layout->setRowStretch(4, 2);

    for (QListWidget* list : {m_overdue, m_dueSoon})
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            if (item->data(Qt::UserRole).isValid())
                emit actionActivated(item->data(Qt::UserRole).toLongLong());
        });
    connect(m_indicators, &QTableWidget::cellActivated, this,
            [this](int row, int) { emit indicatorActivated(row + 1); });
}

void DashboardTab::setSession(const PlanSession* session)
{
    m_session = session;
    refresh();
}

void DashboardTab::refresh()
{
    if (!m_session)
        return;
    const QDate today = QDate::currentDate();
    const QList<core::ActionRow>& actions = m_session->actions();
    m_chart->setChart(StatusChart::build(core::BoardPack::countByTheme(m_session->plan(), actions)));
    m_overdue->clear();
    m_dueSoon->clear();
    QList<const core::ActionRow*> soon;
    for (const core::ActionRow& row : actions) {
        if (row.isOverdue(today))
            m_overdue->addItem(itemFor(row));
        else if (!row.isClosed() && row.timescale.kind == core::Timescale::Kind::Dated &&
                 row.timescale.due <= today.addDays(ActionFilter::kDueSoonDays))
            soon << &row;
    }
    std::stable_sort(soon.begin(), soon.end(), [](const core::ActionRow* a, const core::ActionRow* b) {
        return a->timescale.due < b->timescale.due;
    });
    for (const core::ActionRow* row : soon)
        m_dueSoon->addItem(itemFor(*row));
    if (m_overdue->count() == 0)
        m_overdue->addItem(tr("Nothing is overdue."));
    if (m_dueSoon->count() == 0)
        m_dueSoon->addItem(tr("Nothing falls due in the next 30 days."));

    const core::Indicators& indicators = core::Framework::wres().indicators;
    m_indicators->setRowCount(int(indicators.size()));
    for (int i = 0; i < indicators.size(); ++i) {
        const int number = indicators[i].number;
        const auto count = std::count_if(actions.begin(), actions.end(),
                                         [number](const core::ActionRow& row) { return row.aims(number); });
        m_indicators->setItem(i, 0,
                              new QTableWidgetItem(QStringLiteral("%1. %2").arg(number).arg(indicators[i].shortTitle)));
        auto* cell = new QTableWidgetItem(QString::number(count));
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_indicators->setItem(i, 1, cell);
    }
}

} // namespace wres::ui
