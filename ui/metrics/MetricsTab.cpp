#include "MetricsTab.h"

#include "MetricCellDelegate.h"
#include "MetricChart.h"
#include "MetricGridModel.h"
#include "framework/Framework.h"
#include "io/SafeWrite.h"
#include "plan/PlanSession.h"
#include "plan/StoreCommand.h"
#include "store/StoreError.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace wres::ui {

MetricsTab::MetricsTab(QWidget* parent)
    : QWidget(parent), m_grid(new MetricGridModel(this)), m_indicators(new QListWidget), m_title(new QLabel),
      m_narrative(new QLabel), m_problem(new QLabel), m_redact(new QCheckBox(tr("&Public version"))),
      m_rule(new QLabel), m_exportChart(new QPushButton(tr("&Export chart…"))), m_exportMenu(new QMenu(this)),
      m_period(new QComboBox), m_periodLabel(new QLabel(tr("By band &in:"))),
      m_addBand(new QPushButton(tr("Add &band…"))), m_table(new QTableView), m_chart(new QChartView),
      m_trend(new QChartView), m_actions(new QListWidget)
{
    setObjectName(QStringLiteral("metricsTab"));
    m_indicators->setObjectName(QStringLiteral("indicatorList"));
    m_indicators->setAccessibleName(tr("WRES indicators"));
    for (const core::Indicator& indicator : core::Framework::wres().indicators)
        m_indicators->addItem(QStringLiteral("%1. %2").arg(indicator.number).arg(indicator.shortTitle));
    m_indicators->setMaximumWidth(300);
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
    m_redact->setToolTip(tr("Show the figures as the public version does: small numbers hidden under the file's "
                            "rule, and nothing worked out from them."));
    m_rule->setObjectName(QStringLiteral("redactionRule"));
    m_rule->setWordWrap(true);
    auto* rules = new QPushButton(tr("R&ules…"));
    rules->setObjectName(QStringLiteral("editRules"));
    rules->setToolTip(tr("Choose how the public version hides small numbers (Edit ▸ Preferences)."));
    m_period->setObjectName(QStringLiteral("chartPeriod"));
    m_period->setAccessibleName(tr("Period shown by band"));
    auto* addPeriod = new QPushButton(tr("Add &period…"));
    auto* addTarget = new QPushButton(tr("Add &target…"));
    m_editControls = {addPeriod, m_addBand, addTarget, rules};
    m_exportChart->setObjectName(QStringLiteral("exportChart"));
    m_exportMenu->addAction(tr("Chart &by band…"), this, [this] { exportChart(core::MetricCharts::View::Main); });
    m_exportMenu->addAction(tr("Chart &over time…"), this, [this] { exportChart(core::MetricCharts::View::Trend); });

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
        view->setMinimumHeight(300);
    }
    m_chart->setObjectName(QStringLiteral("metricChart"));
    m_trend->setObjectName(QStringLiteral("metricTrend"));
    m_actions->setObjectName(QStringLiteral("linkedActions"));
    m_actions->setAccessibleName(tr("Actions linked to this indicator"));
    m_actions->setMaximumHeight(120);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_redact);
    controls->addWidget(m_rule, 1);
    controls->addWidget(rules);
    controls->addSpacing(16);
    m_periodLabel->setBuddy(m_period);
    controls->addWidget(m_periodLabel);
    controls->addWidget(m_period);
    controls->addStretch();
    controls->addWidget(addPeriod);
    controls->addWidget(m_addBand);
    controls->addWidget(addTarget);
    controls->addWidget(m_exportChart);

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
    m_table->setMinimumHeight(200);

    auto* right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_narrative);
    right->addLayout(controls);
    right->addWidget(m_problem);
    right->addWidget(split, 1);
    auto* linkedLabel = new QLabel(tr("&Actions meant to move this indicator (double-click to open):"));
    linkedLabel->setBuddy(m_actions);
    right->addWidget(linkedLabel);
    right->addWidget(m_actions);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_indicators);
    layout->addLayout(right, 1);

    connect(m_indicators, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showIndicator(row + 1);
    });
    connect(m_redact, &QCheckBox::toggled, this, &MetricsTab::refresh);
    connect(rules, &QPushButton::clicked, this, &MetricsTab::editRulesRequested);
    connect(m_period, &QComboBox::currentTextChanged, this, &MetricsTab::buildCharts);
    connect(addPeriod, &QPushButton::clicked, this, &MetricsTab::addPeriod);
    connect(m_addBand, &QPushButton::clicked, this, &MetricsTab::addBand);
    connect(addTarget, &QPushButton::clicked, this, &MetricsTab::addTarget);
    connect(m_exportChart, &QPushButton::clicked, this, [this] {
        if (!m_exportChart->menu())
            exportChart(core::MetricCharts::View::Main);
    });
    connect(m_grid, &MetricGridModel::problem, m_problem, &QLabel::setText);
    connect(m_grid, &MetricGridModel::countEdited, this, [this](const core::MetricCount& count) {
        if (!m_session)
            return;
        m_problem->clear();
        // What was there before, so the step can be undone exactly.
        std::optional<core::MetricCount> before;
        for (const core::MetricCount& m : m_session->metricCounts())
            if (m.indicator == count.indicator && m.period == count.period && m.group == count.group &&
                m.category.compare(count.category, Qt::CaseInsensitive) == 0)
                before = m;
        auto apply = [this](const std::optional<core::MetricCount>& value, const core::MetricCount& key) {
            if (value)
                m_session->saveMetricCount(*value);
            else
                m_session->removeMetricCount(key);
            refresh();
        };
        auto* command = new StoreCommand(
            tr("Metric %1, %2").arg(count.indicator).arg(count.period), [=] { apply(count, count); },
            [=] { apply(before, count); }, [this](const QString& problem) { m_problem->setText(problem); });
        if (m_undo) {
            m_undo->push(command);
        } else {
            command->redo();
            delete command;
        }
        emit message(tr("Saved %1 for %2. Undo with Ctrl+Z.")
                         .arg(count.group.isEmpty() ? tr("the published figure") : count.group, count.period));
    });
    connect(m_actions, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit actionActivated(item->data(Qt::UserRole).toLongLong()); });
}

void MetricsTab::setSession(PlanSession* session)
{
    m_session = session;
    refresh();
}

void MetricsTab::showIndicator(int indicator)
{
    if (indicator < 1 || indicator > 9)
        return;
    m_indicator = indicator;
    if (m_indicators->currentRow() != indicator - 1) {
        const QSignalBlocker block(m_indicators);
        m_indicators->setCurrentRow(indicator - 1);
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
    const core::Indicator* info = core::Framework::wres().indicator(m_indicator);
    m_title->setText(info ? QStringLiteral("<b>Indicator %1: %2</b><br>%3")
                                .arg(m_indicator)
                                .arg(info->shortTitle.toHtmlEscaped(), info->definition.toHtmlEscaped())
                          : QString());
    m_addBand->setVisible(m_indicator == 1);
    m_period->setVisible(m_indicator == 1);
    m_periodLabel->setVisible(m_indicator == 1);
    m_trend->setVisible(m_indicator == 1);
    const core::MetricCounts counts = m_session ? m_session->metricCounts() : core::MetricCounts();
    // The public view reads the file's rule; one that cannot be read is said, and WRES's applies.
    std::optional<core::SuppressionRule> rule;
    if (m_redact->isChecked()) {
        rule = core::SuppressionRule::defaults();
        try {
            if (m_session)
                rule = m_session->suppressionRule();
        } catch (const std::exception& e) {
            m_problem->setText(QString::fromStdString(e.what()));
        }
    }
    // "Similar" as the file says, as in the pack.
    m_report = core::MetricReport::build(counts, m_session ? m_session->metricTargets() : core::MetricTargets(), rule,
                                         m_session ? m_session->changeTolerance() : core::ChangeTolerance{});
    m_rule->setText(rule ? tr("%1; published in full: %2")
                               .arg(rule->name(), rule->exempt.isEmpty() ? tr("none") : rule->exemptText())
                         : QString());
    m_rule->setToolTip(m_report.methodNote().join(QStringLiteral("\n\n")));
    m_grid->setIndicator(m_indicator, m_report);
    m_narrative->setText(m_report.hasIndicator(m_indicator)
                             ? m_report.sentence(m_indicator)
                             : tr("No figures recorded for this indicator yet. Use File ▸ Import Metrics, or add a "
                                  "period and type the counts."));
    // One chart exports on a click; an indicator with two (by band, and over time) asks which.
    m_exportChart->setMenu(core::MetricCharts::viewsOf(m_indicator).size() > 1 ? m_exportMenu : nullptr);
    {
        const QSignalBlocker block(m_period);
        const QString chosen = m_period->currentText();
        m_period->clear();
        const QStringList periods = m_indicator == 1 ? m_grid->periods() : QStringList();
        m_period->addItems(periods);
        m_period->setCurrentIndex(periods.contains(chosen) ? int(periods.indexOf(chosen)) : int(periods.size()) - 1);
    }
    buildCharts();
    m_actions->clear();
    if (m_session)
        for (const core::ActionRow& row : m_session->actionsForIndicator(m_indicator)) {
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
    const bool byBand = m_indicator == 1;
    m_chart->setChart(MetricChart::build(
        m_report, m_indicator, byBand ? MetricChart::View::ByBand : MetricChart::View::Main, m_period->currentText()));
    if (byBand)
        m_trend->setChart(MetricChart::build(m_report, m_indicator, MetricChart::View::Trend));
}

bool MetricsTab::saveChart(const QString& path, QString* error, core::MetricCharts::View view) const
{
    // A chart just set (another indicator, the public view), or a tab just shown, is laid out when
    // its posted layout requests are handled: do that now, so the file shows what the tab shows
    // whatever came before.
    QCoreApplication::sendPostedEvents();
    QChartView* shown =
        view == core::MetricCharts::View::Trend && core::MetricCharts::viewsOf(m_indicator).contains(view) ? m_trend
                                                                                                           : m_chart;
    const QSize size = shown->size().isEmpty() ? QSize(1000, 600) : shown->size();
    QChart* chart = shown->chart();
    chart->resize(size);
    if (chart->layout())
        chart->layout()->activate();
    const bool svg = QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0;
    const auto draw = [&](QIODevice& file) {
        if (svg) {
            QSvgGenerator generator;
            generator.setOutputDevice(&file);
            generator.setSize(size);
            generator.setViewBox(QRect(QPoint(0, 0), size));
            generator.setTitle(chart->title());
            QPainter painter;
            if (!painter.begin(&generator))
                return false;
            shown->scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
            return painter.end() && file.pos() > 0;
        }
        QImage image(size * 2, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        shown->scene()->render(&painter, QRectF(QPointF(0, 0), size * 2), QRectF(QPointF(0, 0), size));
        painter.end();
        return image.save(&file, "PNG");
    };
    try {
        // Through core's safe-write routine: never over the open plan or its backups, atomically.
        if (core::SafeWrite::write(path, draw))
            return true;
        if (error)
            *error = tr("The chart could not be drawn into %1.").arg(QDir::toNativeSeparators(path));
    } catch (const core::StoreError& e) {
        if (error)
            *error = e.message();
    }
    return false;
}

void MetricsTab::exportChart(core::MetricCharts::View view)
{
    QString selected;
    const QString name = view == core::MetricCharts::View::Trend
                             ? QStringLiteral("wres-indicator-%1-trend.png").arg(m_indicator)
                             : QStringLiteral("wres-indicator-%1.png").arg(m_indicator);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), name,
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    QString error;
    if (saveChart(path, &error, view))
        emit message(tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)));
    else
        m_problem->setText(error);
}

void MetricsTab::addPeriod()
{
    bool ok = false;
    const QString hint = m_indicator >= 5 && m_indicator <= 8   ? QStringLiteral("2024")
                         : m_indicator == 1 || m_indicator == 9 ? QStringLiteral("March 2024")
                                                                : QStringLiteral("2023/24");
    const QString period = QInputDialog::getText(this, tr("Add period"), tr("Period as published (e.g. %1):").arg(hint),
                                                 QLineEdit::Normal, hint, &ok)
                               .trimmed();
    if (!ok || period.isEmpty())
        return;
    if (core::periodYear(period) == 0) {
        m_problem->setText(tr("'%1' has no four-digit year, so it cannot be placed in order.").arg(period));
        return;
    }
    m_grid->addPeriod(period);
}

void MetricsTab::addBand()
{
    bool ok = false;
    const QString band = QInputDialog::getText(this, tr("Add band"), tr("Band or staff group (e.g. Clinical Band 6):"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (ok && !band.isEmpty())
        m_grid->addCategory(band);
}

void MetricsTab::addTarget()
{
    if (!m_session)
        return;
    bool ok = false;
    const double value = QInputDialog::getDouble(
        this, tr("Add target"), tr("Target value for indicator %1 (e.g. 25.6 for 25.6%):").arg(m_indicator),
        m_indicator >= 2 && m_indicator <= 4 ? 1.0 : 25.6, -100, 100, 2, &ok);
    if (!ok)
        return;
    const QString label = QInputDialog::getText(this, tr("Add target"), tr("Name (e.g. Model Employer):"),
                                                QLineEdit::Normal, tr("Model Employer"), &ok);
    if (!ok)
        return;
    const QString by = QInputDialog::getText(this, tr("Add target"), tr("By when (e.g. 2025):"), QLineEdit::Normal,
                                             QStringLiteral("2025"), &ok);
    if (!ok)
        return;
    const QString measure = m_indicator == 1                       ? QStringLiteral("pct_bme")
                            : m_indicator >= 2 && m_indicator <= 4 ? QStringLiteral("relative_likelihood")
                            : m_indicator == 9                     ? QStringLiteral("difference")
                                                                   : QStringLiteral("pct_bme");
    m_session->addMetricTarget({m_indicator, m_indicator == 1 ? QStringLiteral("Band 8a and above") : QString(),
                                measure, value, label.trimmed(), by.trimmed()});
    buildCharts();
}

} // namespace wres::ui
