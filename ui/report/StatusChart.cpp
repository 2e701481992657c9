#include "StatusChart.h"

#include "style/StatusStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

namespace wres::ui::StatusChart {

// Actions by status per theme as a stacked bar; each status also has its own fill pattern.
QChart* build(const QList<core::BoardPack::StatusCount>& counts)
{
    auto* chart = new QChart;
    chart->setTitle(QCoreApplication::translate("BoardPack", "Actions by status and theme"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    struct Part
    {
        core::Status status;
        Qt::BrushStyle pattern;
        int core::BoardPack::StatusCount::*field;
    };
    const Part parts[] = {{core::Status::NotStarted, Qt::SolidPattern, &core::BoardPack::StatusCount::notStarted},
                          {core::Status::InProgress, Qt::Dense3Pattern, &core::BoardPack::StatusCount::inProgress},
                          {core::Status::Delayed, Qt::DiagCrossPattern, &core::BoardPack::StatusCount::delayed},
                          {core::Status::Complete, Qt::SolidPattern, &core::BoardPack::StatusCount::complete}};
    auto* series = new QHorizontalStackedBarSeries;
    for (const Part& part : parts) {
        auto* set = new QBarSet(StatusStyle::statusText(part.status));
        QBrush brush(StatusStyle::statusColour(part.status), part.pattern);
        set->setBrush(brush);
        set->setBorderColor(Qt::black);
        for (auto it = counts.crbegin(); it != counts.crend(); ++it)
            set->append((*it).*part.field);
        series->append(set);
    }
    auto* none = new QBarSet(QCoreApplication::translate("BoardPack", "No status"));
    none->setBrush(QBrush(Qt::white));
    none->setBorderColor(Qt::black);
    for (auto it = counts.crbegin(); it != counts.crend(); ++it)
        none->append(it->none);
    series->append(none);
    chart->addSeries(series);
    auto* themes = new QBarCategoryAxis;
    for (auto it = counts.crbegin(); it != counts.crend(); ++it)
        themes->append(it->theme.size() > 40 ? it->theme.left(39) + QChar(0x2026) : it->theme);
    themes->setTruncateLabels(false);
    auto* count = new QValueAxis;
    count->setLabelFormat(QStringLiteral("%d"));
    count->setTitleText(QCoreApplication::translate("BoardPack", "Actions"));
    chart->addAxis(themes, Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignBottom);
    series->attachAxis(themes);
    series->attachAxis(count);
    count->applyNiceNumbers();
    return chart;
}

} // namespace wres::ui::StatusChart
