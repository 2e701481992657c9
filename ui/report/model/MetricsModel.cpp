#include "MetricsModel.h"

#include "metrics/MetricCharts.h"
#include "metrics/MetricFormat.h"
#include "report/chart/ChartWords.h"

#include <QCoreApplication>

#include <algorithm>

namespace wres::ui::report::MetricsModel {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BoardPack", text);
}

// An indicator's chart as core::MetricCharts gives it (in the public version from shown figures
// only), with what the report's renderers add: the unit and decimals of its values, and which
// categories are hidden (core names them "Clinical Band 8b (R)").
ChartSpec specOf(const core::ChartData& data, int indicator, const QString& symbol)
{
    ChartSpec spec;
    spec.kind = data.kind == core::ChartData::Kind::BandBars ? ChartSpec::Kind::BandBars : ChartSpec::Kind::Lines;
    spec.title = data.title;
    spec.axisTitle = data.axisTitle;
    spec.axisDecimals = indicator >= 2 && indicator <= 4 ? 2 : 1;
    spec.unit = indicator == 1 || (indicator >= 5 && indicator <= 8) ? QStringLiteral("%") : QString();
    spec.categories = data.categories;
    const QString hiddenMark = QStringLiteral(" (%1)").arg(symbol);
    for (const QString& category : data.categories)
        spec.hidden << category.endsWith(hiddenMark);
    spec.hiddenLabel = tr("not published");
    for (const core::ChartData::Series& s : data.series) {
        ChartSpec::Series series;
        series.name = s.name;
        series.values = s.values;
        spec.series << series;
    }
    for (const core::ChartData::Line& l : data.lines)
        spec.lines << ChartSpec::Line{l.name, l.value,
                                      l.kind == core::ChartData::Line::Kind::Target ? ChartSpec::Line::Kind::Target
                                                                                    : ChartSpec::Line::Kind::Reference};
    spec.shaded = data.shaded;
    spec.shadedName = data.shadedName;
    spec.axisMin = data.axisMin;
    spec.axisMax = data.axisMax;
    return spec;
}

Spans figureCell(const core::MetricFigure& f)
{
    Spans spans = plain(core::MetricFormat::value(f));
    if (f.redacted)
        return spans;
    if (!f.value) {
        spans << Span{QStringLiteral("\n") + f.unavailable, Span::Italic};
        return spans;
    }
    if (f.published)
        spans << Span{QStringLiteral("\n") + tr("published"), Span::Italic};
    for (const core::MetricPart& p : f.parts)
        if (QString counts = core::MetricFormat::countsText(p, false); !counts.isEmpty())
            // "1261 out of 6637" kept on one line: it breaks after the group's name only.
            spans << Span{QStringLiteral("\n%1: %2").arg(p.group, counts.replace(QLatin1Char(' '), QChar::Nbsp)),
                          Span::Plain};
    return spans;
}

Table figuresTable(const core::BoardPack& pack, int n)
{
    Table t;
    t.id = QStringLiteral("indicator-%1-figures").arg(n);
    t.caption = tr("Indicator %1: every figure by period").arg(n);
    t.shape = Table::Shape::Grid;
    const QStringList periods = pack.metrics.periods(n);
    QList<QPair<QString, QString>> rows;
    for (const core::MetricFigure& f : pack.metrics.figures)
        if (f.indicator == n && !rows.contains({f.category, f.measure}))
            rows << qMakePair(f.category, f.measure);
    const double share = periods.isEmpty() ? 76 : 76.0 / double(periods.size());
    t.columns << Column{tr("Figure"), 24};
    for (const QString& period : periods)
        t.columns << Column{period, share, Align::End};
    for (const auto& [category, measure] : rows) {
        Row row;
        row.rowHeader = true;
        row.cells << Cell{plain((category.isEmpty() ? QString() : category + QStringLiteral(": ")) +
                                core::MetricFormat::measureLabel(measure))};
        for (const QString& period : periods) {
            const core::MetricFigure* found = nullptr;
            for (const core::MetricFigure& f : pack.metrics.figures)
                if (f.indicator == n && f.period == period && f.category == category && f.measure == measure)
                    found = &f;
            row.cells << Cell{found ? figureCell(*found) : Spans{}};
        }
        t.rows << row;
    }
    return t;
}

Table summaryTable(const core::BoardPack& pack)
{
    Table t;
    t.id = QStringLiteral("metrics-summary");
    t.caption = tr("The indicators at a glance");
    t.shape = Table::Shape::Grid;
    t.columns = {Column{tr("Indicator"), 46}, Column{tr("Latest"), 20}, Column{tr("Previous"), 20},
                 Column{tr("Change"), 14}};
    for (const auto& s : pack.indicators) {
        Row row;
        row.rowHeader = true;
        row.cells << Cell{plain(QStringLiteral("%1. %2").arg(s.indicator.number).arg(s.indicator.shortTitle))};
        if (!s.hasData) {
            row.cells << Cell{italic(tr("No figures recorded"))} << Cell{} << Cell{};
        } else {
            row.cells << Cell{plain(QStringLiteral("%1 (%2)").arg(s.latest, s.latestPeriod))}
                      << Cell{plain(s.previous.isEmpty() ? QString()
                                                         : QStringLiteral("%1 (%2)").arg(s.previous, s.previousPeriod))}
                      << Cell{plain(s.change)};
        }
        t.rows << row;
    }
    return t;
}

} // namespace

QList<ChartSpec> charts(const core::BoardPack& pack, int n)
{
    QList<ChartSpec> specs;
    for (const core::MetricCharts::View view : core::MetricCharts::viewsOf(n))
        specs << specOf(core::MetricCharts::build(pack.metrics, n, view), n, pack.metrics.symbol());
    return specs;
}

void add(ReportDocument& doc, const core::BoardPack& pack)
{
    doc.add(PageBreak{});
    doc.add(Heading{1, tr("2. WRES metrics"), QStringLiteral("metrics"), true, false});
    if (pack.metrics.counts.isEmpty()) {
        doc.add(Paragraph{plain(tr("No metrics recorded for this plan."))});
        return;
    }
    if (pack.redacted) {
        // The method note, as core words it for every public output: the rule, what is hidden
        // and why, what is published in full.
        doc.add(Heading{2, tr("Method note: small numbers"), QStringLiteral("method-note"), false, false});
        for (const QString& text : pack.metrics.methodNote())
            doc.add(Paragraph{plain(text), Paragraph::Role::Small});
        doc.add(Paragraph{plain(tr("%1: not published. -: cannot be computed.").arg(pack.metrics.symbol()))});
    } else {
        doc.add(Paragraph{plain(tr("-: cannot be computed (the reason is given in the table)."))});
    }
    doc.add(summaryTable(pack));
    for (const auto& s : pack.indicators) {
        if (!s.hasData)
            continue;
        const int n = s.indicator.number;
        doc.add(PageBreak{});
        doc.add(Heading{2, tr("Indicator %1: %2").arg(n).arg(s.indicator.shortTitle),
                        QStringLiteral("indicator-%1").arg(n), true, false});
        doc.add(Paragraph{italic(s.indicator.definition)});
        if (!s.narrative.isEmpty())
            doc.add(Paragraph{bold(s.narrative)});
        const QList<ChartSpec> specs = charts(pack, n);
        for (int i = 0; i < specs.size(); ++i) {
            Figure figure;
            figure.id = QStringLiteral("indicator-%1-chart-%2").arg(n).arg(i + 1);
            figure.chart = specs[i];
            figure.alternative = ChartWords::describe(specs[i]);
            if (i + 1 == specs.size())
                figure.data = figuresTable(pack, n);
            doc.add(figure);
        }
    }
}

} // namespace wres::ui::report::MetricsModel
