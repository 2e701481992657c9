#include "StatusByThemeChart.h"

#include "style/StatusStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

namespace wres::ui::StatusByThemeChart {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("wres::ui::DashboardTab", text);
}

struct Part
{
    core::Status status;
    QColor colour;
    Qt::BrushStyle pattern; // shapes as well as colours, so the parts read in greyscale
    int core::BoardPack::StatusCount::*field;
};

QList<Part> parts()
{
    using Count = core::BoardPack::StatusCount;
    return {
        {core::Status::NotStarted, StatusStyle::statusColour(core::Status::NotStarted), Qt::SolidPattern,
         &Count::notStarted},
        {core::Status::InProgress, StatusStyle::statusColour(core::Status::InProgress), Qt::Dense3Pattern,
         &Count::inProgress},
        {core::Status::Delayed, StatusStyle::statusColour(core::Status::Delayed), Qt::DiagCrossPattern,
         &Count::delayed},
        {core::Status::Complete, StatusStyle::statusColour(core::Status::Complete), Qt::SolidPattern, &Count::complete},
        // No status is a part of its own: a colour none of the statuses uses, and a hatch.
        {core::Status::None, QColor(0x76, 0x86, 0x92), Qt::BDiagPattern, &Count::none}};
}

QString partName(core::Status status)
{
    return status == core::Status::None ? tr("No status") : core::statusLabel(status);
}

// 1, 2 or 5 times a power of ten, giving at most eight steps up to the largest bar.
int stepFor(int largest)
{
    for (int magnitude = 1;; magnitude *= 10)
        for (int factor : {1, 2, 5})
            if (largest <= factor * magnitude * 8)
                return factor * magnitude;
}

} // namespace

QChart* build(const QList<core::BoardPack::StatusCount>& counts)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Actions by status, per theme"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    auto* series = new QHorizontalStackedBarSeries;
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    for (const Part& part : parts()) {
        auto* set = new QBarSet(partName(part.status));
        set->setBrush(QBrush(part.colour, part.pattern));
        set->setBorderColor(Qt::black);
        set->setLabelColor(part.colour.lightness() > 140 || part.pattern != Qt::SolidPattern ? Qt::black : Qt::white);
        QFont bold = set->labelFont();
        bold.setBold(true);
        set->setLabelFont(bold);
        for (auto it = counts.crbegin(); it != counts.crend(); ++it)
            set->append((*it).*part.field);
        series->append(set);
    }
    chart->addSeries(series);
    auto* themes = new QBarCategoryAxis;
    int largest = 0;
    for (auto it = counts.crbegin(); it != counts.crend(); ++it) {
        const QString name = it->theme.size() > 40 ? it->theme.left(39) + QChar(0x2026) : it->theme;
        themes->append(QStringLiteral("%1 (%2)").arg(name).arg(it->total()));
        largest = std::max(largest, it->total());
    }
    themes->setTruncateLabels(false);
    auto* axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(tr("Actions"));
    const int step = stepFor(std::max(1, largest));
    const int top = std::max(step, (largest + step - 1) / step * step);
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setMinorTickCount(0);
    chart->addAxis(themes, Qt::AlignLeft);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(themes);
    series->attachAxis(axis);
    return chart;
}

QString describe(const QList<core::BoardPack::StatusCount>& counts)
{
    QStringList themes;
    for (const core::BoardPack::StatusCount& count : counts) {
        QStringList kinds;
        for (const Part& part : parts())
            kinds << QStringLiteral("%1 %2").arg(count.*part.field).arg(partName(part.status).toLower());
        themes << tr("%1: %2 actions (%3)").arg(count.theme).arg(count.total()).arg(kinds.join(QStringLiteral(", ")));
    }
    return themes.join(QStringLiteral("; ")) + QLatin1Char('.');
}

} // namespace wres::ui::StatusByThemeChart
