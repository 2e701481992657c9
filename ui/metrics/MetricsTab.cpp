#include "MetricsTab.h"

#include "MetricCellDelegate.h"
#include "MetricChart.h"
#include "MetricGridModel.h"
#include "dialogs/Prompts.h"
#include "document/PlanDocument.h"
#include "framework/Framework.h"
#include "metrics/MetricCalculator.h"
#include "metrics/MetricFormat.h"
#include "metrics/Narrative.h"
#include "widgets/FlowLayout.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace wres::ui {

MetricsTab::MetricsTab(QWidget* parent)
    : QWidget(parent), m_grid(new MetricGridModel(this)), m_indicators(new QListWidget), m_title(new QLabel),
      m_narrative(new QLabel), m_problem(new QLabel), m_redact(new QCheckBox(tr("&Redact for publication"))),
      m_threshold(new QSpinBox), m_period(new QComboBox), m_periodLabel(new QLabel(tr("&By band in:"))),
      m_addBand(new QPushButton(tr("&Add band…"))), m_table(new QTableView), m_chart(new QChartView),
      m_trend(new QChartView), m_actions(new QListWidget)
{
    setObjectName(QStringLiteral("metricsTab"));
    m_indicators->setObjectName(QStringLiteral("indicatorList"));
    m_indicators->setAccessibleName(tr("Indicators"));
    fillIndicators();
    m_indicators->setMaximumWidth(300);
    m_indicators->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    m_indicators->setWordWrap(true);

    m_title->setObjectName(QStringLiteral("indicatorTitle"));
    m_title->setWordWrap(true);
    m_narrative->setObjectName(QStringLiteral("narrative"));
    m_narrative->setWordWrap(true);
    m_narrative->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_narrative->setStyleSheet(
        QStringLiteral("QLabel { background: #e8edee; padding: 8px; border-left: 4px solid #005eb8; }"));
    m_problem->setObjectName(QStringLiteral("metricMessage"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #8a1538; font-weight: bold; }"));

    m_redact->setObjectName(QStringLiteral("redactToggle"));
    m_redact->setToolTip(
        tr("Show R for every figure resting on a count below the threshold, as the public version must."));
    m_threshold->setObjectName(QStringLiteral("redactionThreshold"));
    m_threshold->setRange(1, 1000);
    m_threshold->setValue(10);
    m_threshold->setPrefix(tr("below "));
    m_threshold->setAccessibleName(tr("Redaction threshold"));
    m_period->setObjectName(QStringLiteral("chartPeriod"));
    m_period->setAccessibleName(tr("Period shown by band"));
    auto* addPeriod = new QPushButton(tr("Add peri&od…"));
    auto* addTarget = new QPushButton(tr("Add tar&get…"));
    auto* exportChart = new QPushButton(tr("E&xport chart…"));
    m_editControls = {addPeriod, m_addBand, addTarget, m_threshold};
    exportChart->setObjectName(QStringLiteral("exportChart"));

    m_table->setObjectName(QStringLiteral("metricGrid"));
    m_table->setAccessibleName(tr("Counts and figures"));
    m_table->setModel(m_grid);
    m_table->setItemDelegate(new MetricCellDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);

    for (QChartView* view : {m_chart, m_trend}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
        view->setFocusPolicy(Qt::StrongFocus); // a screen reader user can reach its figures
    }
    m_chart->setObjectName(QStringLiteral("metricChart"));
    m_chart->setAccessibleName(tr("Chart of the indicator"));
    m_trend->setObjectName(QStringLiteral("metricTrend"));
    m_trend->setAccessibleName(tr("Trend of the senior bands"));
    m_actions->setObjectName(QStringLiteral("linkedActions"));
    m_actions->setAccessibleName(tr("Actions linked to this indicator"));
    m_actions->setMaximumHeight(120);

    // The controls wrap onto as many lines as the width needs, instead of widening the window.
    auto* controls = new FlowLayout;
    controls->addWidget(m_redact);
    controls->addWidget(m_threshold);
    m_periodLabel->setBuddy(m_period);
    controls->addWidget(m_periodLabel);
    controls->addWidget(m_period);
    controls->addWidget(addPeriod);
    controls->addWidget(m_addBand);
    controls->addWidget(addTarget);
    controls->addWidget(exportChart);

    auto* charts = new QWidget;
    auto* chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_chart, 3);
    chartsLayout->addWidget(m_trend, 2);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(charts);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    m_table->setMinimumHeight(160);

    auto* right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_narrative);
    right->addLayout(controls);
    right->addWidget(m_problem);
    right->addWidget(split, 1);
    auto* linkedLabel = new QLabel(tr("Ac&tions meant to move this indicator (double-click to open):"));
    linkedLabel->setBuddy(m_actions);
    right->addWidget(linkedLabel);
    right->addWidget(m_actions);

    // The indicator's page scrolls when the window is small, rather than making the window grow.
    auto* page = new QWidget;
    page->setLayout(right);
    page->setMinimumHeight(700);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("metricsScroll"));
    scroll->setAccessibleName(tr("The indicator's figures, charts and actions"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_indicators);
    layout->addWidget(scroll, 1);

    connect(m_indicators, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showIndicator(m_indicators->item(row)->data(Qt::UserRole).toInt());
    });
    connect(m_redact, &QCheckBox::toggled, this, &MetricsTab::refresh);
    connect(m_threshold, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_document && value != m_document->redactionThreshold())
            m_document->setRedactionThreshold(value); // an undo step; the document says when it changed
        else
            refresh();
    });
    connect(m_period, &QComboBox::currentTextChanged, this, &MetricsTab::buildCharts);
    connect(addPeriod, &QPushButton::clicked, this, &MetricsTab::addPeriod);
    connect(m_addBand, &QPushButton::clicked, this, &MetricsTab::addBand);
    connect(addTarget, &QPushButton::clicked, this, &MetricsTab::addTarget);
    connect(exportChart, &QPushButton::clicked, this, &MetricsTab::exportChart);
    connect(m_grid, &MetricGridModel::problem, m_problem, &QLabel::setText);
    connect(m_grid, &MetricGridModel::countEdited, this, [this](const core::MetricCount& count) {
        if (!m_document)
            return;
        m_problem->clear();
        if (m_document->setMetricCount(count))
            emit message(tr("Saved %1 for %2. Undo with Ctrl+Z.")
                             .arg(count.group.isEmpty() ? tr("the published figure") : count.group, count.period));
    });
    connect(m_actions, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit actionActivated(item->data(Qt::UserRole).toLongLong()); });
}

void MetricsTab::setDocument(PlanDocument* document)
{
    m_document = document;
    connect(document, &PlanDocument::metricsChanged, this, [this](int indicator) {
        {
            const QSignalBlocker block(m_threshold);
            m_threshold->setValue(int(m_document->redactionThreshold()));
        }
        if (indicator == 0 || indicator == m_indicator)
            refresh();
    });
    connect(document, &PlanDocument::reloaded, this, [this] {
        const QSignalBlocker block(m_threshold);
        m_threshold->setValue(int(m_document->redactionThreshold()));
        fillIndicators();
        refresh();
    });
    connect(document, &PlanDocument::outlineChanged, this, &MetricsTab::refresh);
    const QSignalBlocker block(m_threshold);
    m_threshold->setValue(int(m_document->redactionThreshold()));
    fillIndicators();
    refresh();
}

void MetricsTab::fillIndicators()
{
    const core::Framework& framework = m_document ? m_document->framework() : core::Framework::wres();
    const QSignalBlocker block(m_indicators);
    m_indicators->clear();
    for (const core::Indicator& indicator : framework.indicators) {
        auto* item = new QListWidgetItem(QStringLiteral("%1. %2").arg(indicator.number).arg(indicator.shortTitle));
        item->setData(Qt::UserRole, indicator.number);
        m_indicators->addItem(item);
    }
    for (int row = 0; row < m_indicators->count(); ++row)
        if (m_indicators->item(row)->data(Qt::UserRole).toInt() == m_indicator)
            m_indicators->setCurrentRow(row);
}

int MetricsTab::kind() const
{
    const core::Framework& framework = m_document ? m_document->framework() : core::Framework::wres();
    const core::Indicator* info = framework.indicator(m_indicator);
    return int(info ? info->kind : core::Indicator::Kind::Share);
}

void MetricsTab::showIndicator(int indicator)
{
    const core::Framework& framework = m_document ? m_document->framework() : core::Framework::wres();
    if (!framework.indicator(indicator))
        return;
    m_indicator = indicator;
    for (int row = 0; row < m_indicators->count(); ++row)
        if (m_indicators->item(row)->data(Qt::UserRole).toInt() == indicator && m_indicators->currentRow() != row) {
            const QSignalBlocker block(m_indicators);
            m_indicators->setCurrentRow(row);
        }
    m_problem->clear();
    refresh();
}

void MetricsTab::setReadOnly(bool readOnly)
{
    for (QWidget* control : m_editControls)
        control->setEnabled(!readOnly);
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                            QAbstractItemView::AnyKeyPressed);
}

void MetricsTab::setRedacted(bool redacted)
{
    m_redact->setChecked(redacted);
}

void MetricsTab::refresh()
{
    using Kind = core::Indicator::Kind;
    const core::Framework& framework = m_document ? m_document->framework() : core::Framework::wres();
    const core::Indicator* info = framework.indicator(m_indicator);
    m_title->setText(info ? QStringLiteral("<b>Indicator %1: %2</b><br>%3")
                                .arg(m_indicator)
                                .arg(info->shortTitle.toHtmlEscaped(), info->definition.toHtmlEscaped())
                          : QString());
    const bool byBand = Kind(kind()) == Kind::Share; // a share in each band, as indicator 1 is
    m_addBand->setVisible(byBand);
    m_period->setVisible(byBand);
    m_periodLabel->setVisible(byBand);
    m_trend->setVisible(byBand);
    const core::MetricCounts counts = m_document ? m_document->metricCounts() : core::MetricCounts();
    const std::optional<qint64> redactBelow =
        m_redact->isChecked() ? std::optional<qint64>(m_threshold->value()) : std::nullopt;
    const core::MetricFigures figures = core::MetricCalculator::compute(counts, redactBelow);
    m_grid->setIndicator(m_indicator, counts, figures, redactBelow);
    const bool any = std::any_of(counts.begin(), counts.end(),
                                 [this](const core::MetricCount& m) { return m.indicator == m_indicator; });
    m_narrative->setText(any ? core::Narrative::forIndicator(m_indicator, figures)
                             : tr("No figures recorded for this indicator yet. Use File ▸ Import Metrics, or add a "
                                  "period and type the counts."));
    {
        const QSignalBlocker block(m_period);
        const QString chosen = m_period->currentText();
        m_period->clear();
        const QStringList periods = byBand ? m_grid->periods() : QStringList();
        m_period->addItems(periods);
        m_period->setCurrentIndex(periods.contains(chosen) ? int(periods.indexOf(chosen)) : int(periods.size()) - 1);
    }
    buildCharts();
    m_actions->clear();
    if (m_document)
        for (const core::ActionRow& row : m_document->actions()) {
            if (!row.aims(m_indicator))
                continue;
            const QString first = row.text.section(QLatin1Char('\n'), 0, 0).simplified();
            auto* item = new QListWidgetItem(
                QStringLiteral("%1 %2 — %3").arg(row.reference, first, row.leads.join(QStringLiteral("; "))));
            item->setData(Qt::UserRole, row.id);
            item->setToolTip(row.text);
            m_actions->addItem(item);
        }
    if (m_actions->count() == 0)
        m_actions->addItem(tr("No action in the plan names this indicator."));
}

void MetricsTab::buildCharts()
{
    const bool byBand = core::Indicator::Kind(kind()) == core::Indicator::Kind::Share;
    MetricChart::Input input;
    input.indicator = m_indicator;
    input.counts = m_document ? m_document->metricCounts() : core::MetricCounts();
    input.targets = m_document ? m_document->metricTargets() : core::MetricTargets();
    input.redactBelow = m_redact->isChecked() ? std::optional<qint64>(m_threshold->value()) : std::nullopt;
    input.figures = core::MetricCalculator::compute(input.counts, input.redactBelow);
    input.period = m_period->currentText();
    m_chart->setChart(MetricChart::build(input, byBand ? MetricChart::Kind::ByBand : MetricChart::Kind::Main));
    // By band, a line of text per band: tall enough that the axis names every one.
    int bands = 0;
    for (const core::MetricFigure& f : input.figures)
        bands += f.indicator == m_indicator && f.period == input.period ? 1 : 0;
    m_chart->setMinimumHeight(byBand ? std::max(220, bands * (fontMetrics().height() + 6) + 140) : 220);
    // The chart's figures in words, for screen readers: the grid's figures as the chart shows them.
    QStringList figures;
    for (const core::MetricFigure& f : input.figures)
        if (f.indicator == m_indicator && (!byBand || f.period == input.period))
            figures << QStringLiteral("%1%2 %3: %4")
                           .arg(f.category.isEmpty() ? QString() : f.category + QStringLiteral(", "), f.period,
                                core::MetricFormat::measureLabel(f.measure), core::MetricFormat::value(f));
    m_chart->setAccessibleDescription(figures.isEmpty() ? tr("No figures to show.")
                                                        : figures.join(QStringLiteral("; ")));
    if (byBand) {
        m_trend->setChart(MetricChart::build(input, MetricChart::Kind::Trend));
        m_trend->setAccessibleDescription(m_chart->accessibleDescription());
    }
}

bool MetricsTab::saveChart(const QString& path, QString* error) const
{
    const QSize size = m_chart->size().isEmpty() ? QSize(1000, 600) : m_chart->size();
    QChart* chart = m_chart->chart();
    const bool svg = QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0;
    bool ok = false;
    if (svg) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(chart->title());
        QPainter painter;
        ok = painter.begin(&generator);
        if (ok) {
            chart->resize(size);
            m_chart->scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
            ok = painter.end();
        }
        ok = ok && QFileInfo(path).size() > 0;
    } else {
        QImage image(size * 2, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_chart->scene()->render(&painter, QRectF(QPointF(0, 0), size * 2), QRectF(QPointF(0, 0), size));
        painter.end();
        ok = image.save(path, "PNG");
    }
    if (!ok && error)
        *error = tr("The chart could not be written to %1. Check the folder exists and you may write there.")
                     .arg(QDir::toNativeSeparators(path));
    return ok;
}

void MetricsTab::exportChart()
{
    const QString path =
        Prompts::saveFileName(this, tr("Export chart"), QStringLiteral("wres-indicator-%1.png").arg(m_indicator),
                              tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveChart(path, &error))
        emit message(tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)));
    else
        m_problem->setText(error);
}

void MetricsTab::addPeriod()
{
    using Kind = core::Indicator::Kind;
    const Kind k = Kind(kind());
    const QString hint = k == Kind::SurveyPercentage                 ? QStringLiteral("2024")
                         : k == Kind::Share || k == Kind::Difference ? QStringLiteral("March 2024")
                                                                     : QStringLiteral("2023/24");
    const auto period = Prompts::text(this, tr("Add period"), tr("Period as published (e.g. %1):").arg(hint), hint);
    if (!period || period->trimmed().isEmpty())
        return;
    if (core::periodYear(period->trimmed()) == 0) {
        m_problem->setText(tr("'%1' has no four-digit year, so it cannot be placed in order.").arg(period->trimmed()));
        return;
    }
    m_grid->addPeriod(period->trimmed());
}

void MetricsTab::addBand()
{
    const auto band = Prompts::text(this, tr("Add band"), tr("Band or staff group (e.g. Clinical Band 6):"));
    if (band && !band->trimmed().isEmpty())
        m_grid->addCategory(band->trimmed());
}

void MetricsTab::addTarget()
{
    if (!m_document)
        return;
    using Kind = core::Indicator::Kind;
    const Kind k = Kind(kind());
    const auto value = Prompts::number(this, tr("Add target"),
                                       tr("Target value for indicator %1 (e.g. 25.6 for 25.6%):").arg(m_indicator),
                                       k == Kind::RelativeLikelihood ? 1.0 : 25.6, -100, 100, 2);
    if (!value)
        return;
    const auto label = Prompts::text(this, tr("Add target"), tr("Name (e.g. Model Employer):"), tr("Model Employer"));
    if (!label)
        return;
    const auto by = Prompts::text(this, tr("Add target"), tr("By when (e.g. 2025):"), QStringLiteral("2025"));
    if (!by)
        return;
    const QString measure = k == Kind::RelativeLikelihood ? QStringLiteral("relative_likelihood")
                            : k == Kind::Difference       ? QStringLiteral("difference")
                                                          : QStringLiteral("pct_bme");
    m_document->addTarget({m_indicator, k == Kind::Share ? QStringLiteral("Band 8a and above") : QString(), measure,
                           *value, label->trimmed(), by->trimmed()});
}

} // namespace wres::ui
