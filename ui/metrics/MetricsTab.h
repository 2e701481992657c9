#pragma once

#include "metrics/MetricCharts.h"
#include "metrics/MetricReport.h"

#include <QWidget>

class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QTableView;
class QUndoStack;

namespace wres::ui {

class MetricGridModel;
class PlanSession;

// The Metrics tab: pick an indicator; see and type its counts period by period, the figures with
// their change, a report sentence, the chart, and the actions meant to move it. A toggle shows the
// public version everywhere in the tab, under the file's small-number rule (core::MetricReport):
// the grid, the sentence and the charts then read only what the public version shows.
class MetricsTab : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsTab(QWidget* parent = nullptr);

    void setSession(PlanSession* session);
    // Typed counts go on this stack, so Edit > Undo takes them back.
    void setUndoStack(QUndoStack* stack) { m_undo = stack; }
    void showIndicator(int indicator);
    int currentIndicator() const { return m_indicator; }
    void setRedacted(bool redacted);
    // For a file open read-only: the grid and the import and target controls do not edit.
    void setReadOnly(bool readOnly);
    // Writes one of the indicator's charts (the main one, or indicator 1's trend) as PNG or SVG (by
    // the file's extension), as the tab shows it; false with a message when it cannot be written.
    bool saveChart(const QString& path, QString* error,
                   core::MetricCharts::View view = core::MetricCharts::View::Main) const;
    // What the tab shows: the full figures, or the public version's.
    const core::MetricReport& report() const { return m_report; }
    // Re-reads counts from the session (after an import).
    void refresh();

signals:
    void actionActivated(qint64 actionId);
    void message(const QString& text);
    // The user asked to change the file's small-number rule (it lives in Preferences).
    void editRulesRequested();

private:
    void buildCharts();
    void exportChart(core::MetricCharts::View view);
    void addPeriod();
    void addBand();
    void addTarget();

    PlanSession* m_session = nullptr;
    QUndoStack* m_undo = nullptr;
    int m_indicator = 1;
    MetricGridModel* m_grid;
    QListWidget* m_indicators;
    QLabel* m_title;
    QLabel* m_narrative;
    QLabel* m_problem;
    QCheckBox* m_redact;
    QLabel* m_rule;
    QPushButton* m_exportChart;
    QMenu* m_exportMenu;
    QComboBox* m_period;
    QLabel* m_periodLabel;
    QPushButton* m_addBand;
    QList<QWidget*> m_editControls; // disabled for a read-only file
    QTableView* m_table;
    QChartView* m_chart;
    QChartView* m_trend;
    QListWidget* m_actions;
    core::MetricReport m_report;
};

} // namespace wres::ui
