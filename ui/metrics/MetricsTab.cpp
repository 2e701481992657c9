#include "MetricsTab.h"

#include "MetricCellDelegate.h"
#include "MetricChart.h"
#include "MetricGridModel.h"
#include "dialogs/Prompts.h"
#include "document/PlanDocument.h"
#include "framework/Framework.h"
#include "io/SafeWrite.h"
#include "metrics/MetricFormat.h"
#include "plan/PlanSession.h"
#include "store/StoreError.h"
#include "widgets/FlowLayout.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace wres::ui {

MetricsTab::MetricsTab(QWidget* parent)
    : QWidget(parent), m_frameworks(new QComboBox), m_grid(new MetricGridModel(this)), m_indicators(new QListWidget),
      m_title(new QLabel), m_narrative(new QLabel), m_problem(new QLabel),
      m_redact(new QCheckBox(tr("Publi&c version"))), m_rule(new QLabel),
      m_exportChart(new QPushButton(tr("E&xport chart…"))), m_exportMenu(new QMenu(this)), m_period(new QComboBox),
      m_periodLabel(new QLabel(tr("&By band in:"))), m_addBand(new QPushButton(tr("&Add band…"))),
      m_table(new QTableView), m_chart(new QChartView), m_trend(new QChartView), m_actions(new QListWidget)
{
    setObjectName(QStringLiteral("metricsTab"));
    // The standards with figures (WRES, WDES); the EDI Improvement Plan's measures are link targets only.
    m_frameworks->setObjectName(QStringLiteral("frameworkChoice"));
    m_frameworks->setAccessibleName(tr("Framework"));
    m_frameworks->setToolTip(tr("Which standard's metrics to show: WRES (race) or WDES (disability)."));
    // The code in the box (it is as narrow as the list below it), as Trusts say it; the name as its tooltip.
    for (const core::Framework* framework : core::Framework::all())
        if (!framework->linkTargetsOnly) {
            m_frameworks->addItem(framework->code, framework->code);
            m_frameworks->setItemData(m_frameworks->count() - 1, framework->name, Qt::ToolTipRole);
        }
    m_frameworks->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_frameworks->setMinimumContentsLength(12);
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
    m_redact->setToolTip(tr("Show the figures as the public version does: small numbers hidden under the file's "
                            "rule, and nothing worked out from them."));
    m_rule->setObjectName(QStringLiteral("redactionRule"));
    m_rule->setWordWrap(true);
    auto* rules = new QPushButton(tr("R&ules…"));
    rules->setObjectName(QStringLiteral("editRules"));
    rules->setToolTip(tr("Choose how the public version hides small numbers (Edit ▸ Preferences)."));
    m_period->setObjectName(QStringLiteral("chartPeriod"));
    m_period->setAccessibleName(tr("Period shown by band"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents); // filled after it is first shown
    auto* addPeriod = new QPushButton(tr("Add peri&od…"));
    auto* addTarget = m_addTarget = new QPushButton(tr("Add tar&get…"));
    addPeriod->setObjectName(QStringLiteral("addPeriod"));
    addTarget->setObjectName(QStringLiteral("addTarget"));
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
        view->setFocusPolicy(Qt::StrongFocus); // a screen reader user can reach its figures
    }
    m_chart->setObjectName(QStringLiteral("metricChart"));
    m_chart->setAccessibleName(tr("Chart of the indicator"));
    m_trend->setObjectName(QStringLiteral("metricTrend"));
    m_trend->setAccessibleName(tr("The share over time")); // WRES: overall and band 8a+; WDES: overall and not known
    m_actions->setObjectName(QStringLiteral("linkedActions"));
    m_actions->setAccessibleName(tr("Actions linked to this indicator"));
    m_actions->setMaximumHeight(120);

    // The controls wrap onto as many lines as the width needs, instead of widening the window.
    auto* controls = new FlowLayout;
    controls->addWidget(m_redact);
    controls->addWidget(m_rule);
    controls->addWidget(rules);
    m_periodLabel->setBuddy(m_period);
    controls->addWidget(m_periodLabel);
    controls->addWidget(m_period);
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
    auto* frameworkLabel = new QLabel(tr("Framewor&k:"));
    frameworkLabel->setBuddy(m_frameworks);
    auto* left = new QVBoxLayout;
    left->addWidget(frameworkLabel);
    left->addWidget(m_frameworks);
    left->addWidget(m_indicators, 1);
    m_frameworks->setMaximumWidth(300);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addWidget(scroll, 1);

    connect(m_indicators, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showIndicator(m_framework, m_indicators->item(row)->data(Qt::UserRole).toInt());
    });
    connect(m_frameworks, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString code = m_frameworks->itemData(index).toString();
        if (code == m_framework)
            return;
        // The new framework's first indicator with figures.
        const core::Framework* chosen = core::Framework::find(code);
        if (chosen && !chosen->measured().isEmpty())
            showIndicator(code, chosen->measured().first().number);
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
    connect(m_grid, &MetricGridModel::countsEdited, this, [this](const core::MetricCounts& counts) {
        if (!m_document || counts.isEmpty())
            return;
        m_problem->clear();
        const core::MetricCount& count = counts.first();
        if (m_document->setMetricCounts(counts))
            emit message(tr("Saved %1 for %2. Undo with Ctrl+Z.")
                             .arg(counts.size() > 1       ? tr("the band's headcount")
                                  : count.group.isEmpty() ? tr("the published figure")
                                                          : count.group,
                                  count.period));
    });
    connect(m_actions, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit actionActivated(item->data(Qt::UserRole).toLongLong()); });
}

void MetricsTab::setDocument(PlanDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (!document) {
        refresh();
        return;
    }
    connect(document, &PlanDocument::metricsChanged, this, [this](int indicator, const QString& framework) {
        if (!indicator || (indicator == m_indicator && framework == m_framework)) // none named: all
            refresh();
    });
    connect(document, &PlanDocument::reloaded, this, [this] {
        fillIndicators();
        refresh();
    });
    connect(document, &PlanDocument::outlineChanged, this, &MetricsTab::refresh);
    fillIndicators();
    refresh();
}

const core::Framework& MetricsTab::framework() const
{
    const core::Framework* found = core::Framework::find(m_framework);
    return found ? *found : core::Framework::wres();
}

const core::Indicator& MetricsTab::info() const
{
    if (const core::Indicator* found = framework().indicator(m_indicator))
        return *found;
    // The framework's first with figures (from its own list: measured() is a copy).
    const core::Indicators& all = framework().indicators;
    return *std::find_if(all.begin(), all.end(), [](const core::Indicator& i) { return i.hasFigures(); });
}

void MetricsTab::fillIndicators()
{
    {
        const QSignalBlocker block(m_frameworks);
        m_frameworks->setCurrentIndex(m_frameworks->findData(m_framework));
    }
    const QSignalBlocker block(m_indicators);
    m_indicators->clear();
    // Only what has figures: WDES headings (4, 4a, 9) are link targets, listed through their metrics.
    for (const core::Indicator& indicator : framework().measured()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1. %2").arg(indicator.code, indicator.shortTitle));
        item->setData(Qt::UserRole, indicator.number);
        item->setToolTip(indicator.label());
        m_indicators->addItem(item);
    }
    for (int row = 0; row < m_indicators->count(); ++row)
        if (m_indicators->item(row)->data(Qt::UserRole).toInt() == m_indicator)
            m_indicators->setCurrentRow(row);
}

void MetricsTab::showIndicator(int indicator)
{
    showIndicator(core::Framework::wres().code, indicator);
}

void MetricsTab::showIndicator(const QString& frameworkCode, int indicator)
{
    const core::Framework* chosen = core::Framework::find(frameworkCode);
    const core::Indicator* definition = chosen ? chosen->indicator(indicator) : nullptr;
    if (!definition || !definition->hasFigures())
        return;
    const bool otherFramework = chosen->code != m_framework;
    m_framework = chosen->code;
    m_indicator = indicator;
    if (otherFramework)
        fillIndicators();
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
    const core::Indicator& definition = info();
    const bool wres = definition.framework == core::Framework::wres().code;
    m_title->setText(QStringLiteral("<b>%1: %2</b><br>%3")
                         .arg(wres ? tr("Indicator %1").arg(definition.code)
                                   : tr("%1 metric %2").arg(definition.framework, definition.code),
                              definition.shortTitle.toHtmlEscaped(), definition.definition.toHtmlEscaped()));
    const bool byBand = kind() == Kind::Share; // a share in each band, as WRES 1 and WDES 1 are
    const bool drawn = !core::MetricCharts::viewsOf(definition).isEmpty(); // a yes or no is told in words
    m_addBand->setVisible(byBand);
    m_period->setVisible(byBand);
    m_periodLabel->setVisible(byBand);
    m_trend->setVisible(byBand);
    m_chart->setVisible(drawn);
    m_exportChart->setVisible(drawn);
    m_addTarget->setVisible(drawn); // a target is drawn on a chart: a yes or no has none
    PlanSession* session = m_document ? m_document->session() : nullptr;
    const core::MetricCounts counts = session ? session->metricCounts() : core::MetricCounts();
    // The public view reads the file's rule; one that cannot be read is said, and WRES's applies.
    std::optional<core::SuppressionRule> rule;
    if (m_redact->isChecked()) {
        rule = core::SuppressionRule::defaults();
        try {
            if (session)
                rule = session->suppressionRule();
        } catch (const std::exception& e) {
            m_problem->setText(QString::fromStdString(e.what()));
        }
    }
    // "Similar" as the file says, as in the pack.
    m_report = core::MetricReport::build(counts, session ? session->metricTargets() : core::MetricTargets(), rule,
                                         session ? session->changeTolerance() : core::ChangeTolerance{});
    m_rule->setText(rule ? tr("%1; published in full: %2")
                               .arg(rule->name(), rule->exempt.isEmpty() ? tr("none") : rule->exemptText())
                         : QString());
    m_rule->setToolTip(m_report.methodNote().join(QStringLiteral("\n\n")));
    m_grid->setIndicator(definition, m_report);
    m_narrative->setText(m_report.hasIndicator(definition.framework, definition.number)
                             ? (wres ? m_report.sentence(definition.number) : m_report.sentence(definition))
                             : tr("No figures recorded for this indicator yet. Use File ▸ Import Metrics, or add a "
                                  "period and type the counts."));
    // One chart exports on a click; an indicator with two (by band, and over time) asks which.
    m_exportChart->setMenu(core::MetricCharts::viewsOf(definition).size() > 1 ? m_exportMenu : nullptr);
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
    if (session)
        for (const core::ActionRow& row : session->actionsForIndicator(definition.framework, definition.number)) {
            const QString first = row.text.section(QLatin1Char('\n'), 0, 0).simplified();
            auto* item = new QListWidgetItem(
                QStringLiteral("%1 %2 — %3").arg(row.reference, first, row.leads.join(QStringLiteral("; "))));
            item->setData(Qt::UserRole, row.id);
            item->setToolTip(row.text);
            m_actions->addItem(item);
        }
    if (m_actions->count() == 0)
        m_actions->addItem(tr("No action in the plan names this %1.").arg(wres ? tr("indicator") : tr("metric")));
}

void MetricsTab::buildCharts()
{
    const core::Indicator& definition = info();
    const bool byBand = kind() == core::Indicator::Kind::Share;
    const QString period = m_period->currentText();
    m_chart->setChart(
        MetricChart::build(m_report, definition, byBand ? MetricChart::View::ByBand : MetricChart::View::Main, period));
    // By band, a line of text per band: tall enough that the axis names every one.
    int bands = 0;
    for (const core::MetricFigure& f : m_report.figures)
        bands += f.indicator == m_indicator && f.framework == m_framework && f.period == period ? 1 : 0;
    m_chart->setMinimumHeight(byBand ? std::max(300, bands * (fontMetrics().height() + 6) + 140) : 300);
    // The chart's figures in words, for screen readers: the grid's figures as the chart shows them
    // (the public version's when it is shown).
    QStringList figures;
    for (const core::MetricFigure& f : m_report.figures)
        if (f.indicator == m_indicator && f.framework == m_framework && (!byBand || f.period == period))
            figures << QStringLiteral("%1%2 %3: %4")
                           .arg(f.category.isEmpty() ? QString() : f.category + QStringLiteral(", "), f.period,
                                core::MetricFormat::measureLabel(f.measure),
                                f.redacted ? m_report.symbol() : core::MetricFormat::value(f));
    m_chart->setAccessibleDescription(figures.isEmpty() ? tr("No figures to show.")
                                                        : figures.join(QStringLiteral("; ")));
    if (byBand) {
        m_trend->setChart(MetricChart::build(m_report, definition, MetricChart::View::Trend));
        m_trend->setAccessibleDescription(m_chart->accessibleDescription());
    }
}

bool MetricsTab::saveChart(const QString& path, QString* error, core::MetricCharts::View view) const
{
    QChartView* shown = view == core::MetricCharts::View::Trend && core::MetricCharts::viewsOf(info()).contains(view)
                            ? m_trend
                            : m_chart;
    // The file has a size of its own, whatever the window's: 1000 by 600 (taller when a chart by
    // band needs room to name every band), so exports match from one time to the next and read on
    // a slide. The chart goes back to the view's size afterwards.
    const QSize size(1000, std::max(600, shown->minimumHeight()));
    QChart* chart = shown->chart();
    const QSizeF viewed = chart->size();
    chart->resize(size);
    if (chart->layout())
        chart->layout()->activate();
    const auto restore = qScopeGuard([chart, viewed] { chart->resize(viewed); });
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
    // "wres-indicator-2.png", "wdes-metric-4a-i.png": the framework and the code as written.
    const core::Indicator& definition = info();
    const bool wres = definition.framework == core::Framework::wres().code;
    QString code = definition.code.toLower();
    code.replace(QLatin1Char('('), QLatin1Char('-')).remove(QLatin1Char(')'));
    const QString stem = wres ? QStringLiteral("wres-indicator-%1").arg(code)
                              : QStringLiteral("%1-metric-%2").arg(definition.framework.toLower(), code);
    const QString name =
        view == core::MetricCharts::View::Trend ? stem + QStringLiteral("-trend.png") : stem + QStringLiteral(".png");
    const QString path =
        Prompts::saveFileName(this, tr("Export chart"), name, tr("PNG image (*.png);;SVG drawing (*.svg)"));
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
    using Kind = core::Indicator::Kind;
    const Kind k = kind();
    const QString hint = k == Kind::SurveyPercentage || k == Kind::Score ? QStringLiteral("2024")
                         : k == Kind::Share || k == Kind::Difference     ? QStringLiteral("March 2024")
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
    const core::Indicator& definition = info();
    const Kind k = definition.kind;
    const bool wres = definition.framework == core::Framework::wres().code;
    const QString name =
        wres ? tr("indicator %1").arg(definition.code) : tr("%1 metric %2").arg(definition.framework, definition.code);
    const QString example = k == Kind::RelativeLikelihood ? tr("e.g. 1.00 for parity")
                            : k == Kind::Score            ? tr("e.g. 7.0")
                            : k == Kind::Difference       ? tr("e.g. 0 for a Board like its workforce")
                                                          : tr("e.g. 25.6 for 25.6%");
    const double suggested = k == Kind::RelativeLikelihood ? 1.0
                             : k == Kind::Score            ? 7.0
                             : k == Kind::Difference       ? 0
                                                           : 25.6;
    const auto value = Prompts::number(this, tr("Add target"), tr("Target value for %1 (%2):").arg(name, example),
                                       suggested, -100, 100, 2);
    if (!value)
        return;
    const auto label = Prompts::text(this, tr("Add target"), tr("Name (e.g. Model Employer):"), tr("Model Employer"));
    if (!label)
        return;
    const auto by = Prompts::text(this, tr("Add target"), tr("By when (e.g. 2025):"), QStringLiteral("2025"));
    if (!by)
        return;
    // The figure the chart draws the target against: the comparison group's (BME, Disabled).
    const core::Framework& standard = framework();
    QString measure = core::MetricGroups::percentMeasure(standard.comparisonGroup);
    if (k == Kind::RelativeLikelihood)
        measure = QStringLiteral("relative_likelihood");
    else if (k == Kind::Difference)
        measure = QStringLiteral("difference");
    else if (k == Kind::Score)
        measure = QStringLiteral("score_") + measure.mid(4);
    core::MetricTarget target{
        m_indicator,      k == Kind::Share && wres ? QStringLiteral("Band 8a and above") : QString(),
        measure,          *value,
        label->trimmed(), by->trimmed()};
    target.framework = definition.framework;
    m_document->addTarget(target);
}

} // namespace wres::ui
