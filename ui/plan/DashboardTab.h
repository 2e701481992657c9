#pragma once

#include <QWidget>

class QChartView;
class QListWidget;
class QTableWidget;

namespace wres::ui {

class PlanSession;

// The plan at a glance: actions by status per theme (a stacked bar), the overdue actions and those
// due in the next 30 days with their leads, and how many actions aim at each WRES indicator.
// Activating an action opens it; activating an indicator filters the plan by it.
class DashboardTab : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardTab(QWidget* parent = nullptr);
    void setSession(const PlanSession* session);
    void refresh();

signals:
    void actionActivated(qint64 actionId);
    void indicatorActivated(int indicator);

private:
    const PlanSession* m_session = nullptr;
    QChartView* m_chart;
    QListWidget* m_overdue;
    QListWidget* m_dueSoon;
    QTableWidget* m_indicators;
};

} // namespace wres::ui
