#pragma once

#include <QWidget>

class QChartView;
class QListWidget;
class QTableWidget;

namespace wres::ui {

class PlanDocument;

// The plan at a glance: actions by status per theme (a bar each, "No status" a part of its own,
// counts written on the parts), the overdue actions and those due soon with their leads, and how
// many actions aim at each indicator of the plan's framework. Activating an action opens it;
// activating an indicator filters the plan by it. Kept up to date only while it is shown.
class DashboardTab : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardTab(QWidget* parent = nullptr);
    void setDocument(const PlanDocument* document);
    void refresh();

signals:
    void actionActivated(qint64 actionId);
    void indicatorActivated(const QString& framework, int indicator);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void changed();

    const PlanDocument* m_document = nullptr;
    bool m_stale = true;
    QChartView* m_chart;
    QListWidget* m_overdue;
    QListWidget* m_dueSoon;
    QTableWidget* m_indicators;
};

} // namespace wres::ui
