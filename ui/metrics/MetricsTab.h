#pragma once

#include <QWidget>

class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace wres::ui {

class MetricGridModel;
class PlanSession;

// The Metrics tab: pick an indicator; see and type its counts period by period, the figures with
// their change, a report sentence, the chart, and the actions meant to move it. A toggle shows the
// redacted public version everywhere in the tab.
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
    // For a file open read-only: the grid and the import, target and threshold controls do not edit.
    void setReadOnly(bool readOnly);
    // Writes the indicator's main chart as PNG or SVG (by the file's extension); false with a
    // message when it cannot be written.
    bool saveChart(const QString& path, QString* error) const;
    // Re-reads counts from the session (after an import).
    void refresh();

signals:
    void actionActivated(qint64 actionId);
    void message(const QString& text);

private:
    void buildCharts();
    void exportChart();
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
    QSpinBox* m_threshold;
    QComboBox* m_period;
    QLabel* m_periodLabel;
    QPushButton* m_addBand;
    QList<QWidget*> m_editControls; // disabled for a read-only file
    QTableView* m_table;
    QChartView* m_chart;
    QChartView* m_trend;
    QListWidget* m_actions;
};

} // namespace wres::ui
