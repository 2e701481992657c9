#include "MetricsModel.h"

#include "framework/Framework.h"
#include "metrics/MetricCharts.h"
#include "metrics/MetricFormat.h"
#include "metrics/SmallNumbers.h"
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
ChartSpec specOf(const core::ChartData& data, const core::Indicator& indicator, const QString& symbol)
{
    using Kind = core::Indicator::Kind;
    ChartSpec spec;
    spec.kind = data.kind == core::ChartData::Kind::BandBars ? ChartSpec::Kind::BandBars : ChartSpec::Kind::Lines;
    spec.title = data.title;
    spec.axisTitle = data.axisTitle;
    spec.axisDecimals = indicator.kind == Kind::RelativeLikelihood ? 2 : 1;
    spec.unit =
        indicator.kind == Kind::Share || indicator.kind == Kind::SurveyPercentage ? QStringLiteral("%") : QString();
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

// How the pack names an indicator: "Indicator 2" for WRES, as always; "WDES metric 4a(i)".
QString nameOf(const core::Indicator& indicator)
{
    return indicator.framework == core::Framework::wres().code
               ? tr("Indicator %1").arg(indicator.code)
               : tr("%1 metric %2").arg(indicator.framework, indicator.code);
}

// Ids in the document: "indicator-2" for WRES, as always; "wdes-411" for another framework's.
QString idOf(const core::Indicator& indicator)
{
    return indicator.framework == core::Framework::wres().code
               ? QStringLiteral("indicator-%1").arg(indicator.number)
               : QStringLiteral("%1-%2").arg(indicator.framework.toLower()).arg(indicator.number);
}

// Counts such as "BME: 1,261 of 6,637" break only after the group's name.
QString keptTogether(const QString& counts)
{
    const qsizetype colon = counts.indexOf(QStringLiteral(": "));
    if (colon < 0)
        return QString(counts).replace(QLatin1Char(' '), QChar::Nbsp);
    return counts.left(colon + 2) + counts.mid(colon + 2).replace(QLatin1Char(' '), QChar::Nbsp);
}

Spans cellSpans(const core::IndicatorTable::Cell& cell)
{
    Spans spans = plain(cell.value);
    if (!cell.note.isEmpty())
        spans << Span{QStringLiteral("\n") + cell.note, Span::Italic};
    for (const QString& counts : cell.counts)
        spans << Span{QStringLiteral("\n") + keptTogether(counts), Span::Plain};
    if (cell.smallNumbers)
        spans << Span{QStringLiteral("\n") + core::SmallNumbers::flag(), Span::Italic};
    return spans;
}

// Every figure of an indicator by period, with its unit, counts and flags (core::IndicatorTable:
// indicator 1's bands in their fixed order, indicator 9's counts as "Board: 2 of 14").
Table figuresTable(const core::IndicatorTable& table, const core::Indicator& indicator)
{
    Table t;
    t.id = idOf(indicator) + QStringLiteral("-figures");
    t.caption = tr("%1: every figure by period").arg(nameOf(indicator));
    t.shape = Table::Shape::Grid;
    const double share = table.periods.isEmpty() ? 76 : 76.0 / double(table.periods.size());
    t.columns << Column{tr("Figure"), 24};
    for (const QString& period : table.periods)
        t.columns << Column{period, share, Align::End};
    for (const core::IndicatorTable::Row& r : table.rows) {
        Row row;
        row.rowHeader = true;
        row.cells << Cell{plain(r.label)};
        for (const core::IndicatorTable::Cell& cell : r.cells)
            row.cells << Cell{cellSpans(cell)};
        t.rows << row;
    }
    return t;
}

// The indicators at a glance: the headline figure with its unit (and White beside BME for the
// survey indicators), the one before, and the change in words with both figures and the move.
Table summaryTable(const core::BoardPack& pack)
{
    Table t;
    t.id = QStringLiteral("metrics-summary");
    t.caption = tr("The indicators at a glance");
    t.shape = Table::Shape::Grid;
    t.columns = {Column{tr("Indicator"), 30}, Column{tr("Latest"), 24}, Column{tr("Previous"), 20},
                 Column{tr("Change"), 26}};
    for (const auto& s : pack.indicators) {
        Row row;
        row.rowHeader = true;
        const bool wres = s.indicator.framework == core::Framework::wres().code;
        row.cells << Cell{
            plain(QStringLiteral("%1. %2").arg(wres ? s.indicator.code : s.indicator.label(), s.indicator.shortTitle))};
        if (!s.hasData) {
            row.cells << Cell{italic(tr("No figures recorded"))} << Cell{} << Cell{};
            t.rows << row;
            continue;
        }
        Spans latest = plain(QStringLiteral("%1: %2 (%3)")
                                 .arg(s.measure.isEmpty() ? tr("Figure") : s.measure, s.latest, s.latestPeriod));
        // The reference group's figure beside the comparison group's: White for WRES, non-disabled for WDES.
        const core::Framework* framework = core::Framework::find(s.indicator.framework);
        const QString reference = framework ? framework->referenceGroup : QStringLiteral("White");
        if (!s.white.isEmpty())
            latest << Span{QStringLiteral("\n") + tr("%1: %2").arg(reference, s.white), Span::Plain};
        if (s.smallNumbers)
            latest << Span{QStringLiteral("\n") + core::SmallNumbers::flag(), Span::Italic};
        Spans previous;
        if (!s.previous.isEmpty())
            previous = plain(QStringLiteral("%1 (%2)").arg(s.previous, s.previousPeriod));
        if (!s.whitePrevious.isEmpty())
            previous << Span{QStringLiteral("\n") + tr("%1: %2").arg(reference, s.whitePrevious), Span::Plain};
        row.cells << Cell{latest} << Cell{previous} << Cell{plain(s.changeText.isEmpty() ? s.change : s.changeText)};
        t.rows << row;
    }
    return t;
}

} // namespace

QList<ChartSpec> charts(const core::BoardPack& pack, int n)
{
    const core::Indicator* indicator = core::Framework::wres().indicator(n);
    return indicator ? charts(pack, *indicator) : QList<ChartSpec>();
}

QList<ChartSpec> charts(const core::BoardPack& pack, const core::Indicator& indicator)
{
    QList<ChartSpec> specs;
    for (const core::MetricCharts::View view : core::MetricCharts::viewsOf(indicator))
        specs << specOf(core::MetricCharts::build(pack.metrics, indicator, view), indicator, pack.metrics.symbol());
    return specs;
}

void add(ReportDocument& doc, const core::BoardPack& pack)
{
    doc.add(PageBreak{});
    // "2. WRES metrics", "2. WDES metrics", "2. WRES and WDES metrics": the frameworks the pack shows.
    const QStringList shown = pack.frameworks.isEmpty() ? QStringList{core::Framework::wres().code} : pack.frameworks;
    doc.add(Heading{1, tr("2. %1 metrics").arg(shown.join(tr(" and "))), QStringLiteral("metrics"), true, false});
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
    for (const QString& note : pack.methodNotes)
        doc.add(Paragraph{plain(note), Paragraph::Role::Small});
    doc.add(summaryTable(pack));
    for (const auto& s : pack.indicators) {
        if (!s.hasData)
            continue;
        doc.add(PageBreak{});
        doc.add(
            Heading{2, tr("%1: %2").arg(nameOf(s.indicator), s.indicator.shortTitle), idOf(s.indicator), true, false});
        doc.add(Paragraph{italic(s.indicator.definition)});
        if (!s.narrative.isEmpty())
            doc.add(Paragraph{bold(s.narrative)});
        const core::IndicatorTable* table = nullptr;
        for (const core::IndicatorTable& candidate : pack.tables)
            if (candidate.indicator == s.indicator.number && candidate.framework == s.indicator.framework)
                table = &candidate;
        if (table && !table->smallNumbers.isEmpty())
            doc.add(Paragraph{italic(table->smallNumbers)});
        const QList<ChartSpec> specs = charts(pack, s.indicator);
        for (int i = 0; i < specs.size(); ++i) {
            Figure figure;
            figure.id = QStringLiteral("%1-chart-%2").arg(idOf(s.indicator)).arg(i + 1);
            figure.chart = specs[i];
            figure.alternative = ChartWords::describe(specs[i]);
            if (i + 1 == specs.size() && table)
                figure.data = figuresTable(*table, s.indicator);
            doc.add(figure);
        }
    }
}

} // namespace wres::ui::report::MetricsModel
