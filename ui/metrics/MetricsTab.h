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
class QScrollArea;

namespace wres::ui {

class MetricGridModel;
class PlanDocument;

// The Metrics tab: pick a framework (WRES or WDES) and one of its indicators; see and type its counts period by
// period, the figures with their change, a report sentence, the chart (its figures also in words
// for screen readers), and the actions meant to move it. A toggle shows the public version
// everywhere in the tab, under the file's small-number rule (core::MetricReport): the grid, the
// sentence and the charts then read only what the public version shows. Every change is an undo
// step on the document; the tab scrolls rather than making the window larger.
class MetricsTab : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsTab(QWidget* parent = nullptr);

    void setDocument(PlanDocument* document);
    void showIndicator(int indicator); // WRES
    // Any framework's indicator with figures ("WDES", 411 for 4a(i)); the framework list follows.
    void showIndicator(const QString& framework, int indicator);
    int currentIndicator() const { return m_indicator; }
    QString currentFramework() const { return m_framework; }
    void setRedacted(bool redacted);
    // For a file open read-only: the grid and the import and target controls do not edit.
    void setReadOnly(bool readOnly);
    // Writes one of the indicator's charts (the main one, or indicator 1's trend) as PNG or SVG (by
    // the file's extension), as the tab shows it but at a size of its own (1000 by 600, taller for
    // many bands); false with a message when it cannot be written.
    bool saveChart(const QString& path, QString* error,
                   core::MetricCharts::View view = core::MetricCharts::View::Main) const;
    // What the tab shows: the full figures, or the public version's.
    const core::MetricReport& report() const { return m_report; }
    // Shows the document's counts again.
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

    void fillIndicators();
    // The shown indicator as its framework describes it (its kind: a share by band, a ratio, a
    // survey percentage, a score, a yes or no, a board difference).
    const core::Indicator& info() const;
    core::Indicator::Kind kind() const { return info().kind; }
    const core::Framework& framework() const;

    PlanDocument* m_document = nullptr;
    QString m_framework = QStringLiteral("WRES");
    int m_indicator = 1;
    QComboBox* m_frameworks;
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
    QPushButton* m_addTarget = nullptr;
    QList<QWidget*> m_editControls; // disabled for a read-only file
    QTableView* m_table;
    QChartView* m_chart;
    QChartView* m_trend;
    QListWidget* m_actions;
    core::MetricReport m_report;
};

} // namespace wres::ui
