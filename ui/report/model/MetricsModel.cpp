#include "MetricsModel.h"

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

QStringList periodsOf(const core::MetricFigures& figures, int indicator)
{
    QStringList periods;
    for (const core::MetricFigure& f : figures)
        if (f.indicator == indicator && !periods.contains(f.period))
            periods << f.period;
    std::stable_sort(periods.begin(), periods.end(), core::periodBefore);
    return periods;
}

template <typename Pick>
QList<std::optional<double>> valuesByPeriod(const core::MetricFigures& figures, int indicator,
                                            const QStringList& periods, Pick pick)
{
    QList<std::optional<double>> values;
    for (const QString& period : periods) {
        std::optional<double> v;
        for (const core::MetricFigure& f : figures)
            if (f.indicator == indicator && f.period == period && !f.redacted && f.value && pick(f))
                v = f.value;
        values << v;
    }
    return values;
}

void addTargets(ChartSpec& spec, const core::MetricTargets& targets, int indicator)
{
    for (const core::MetricTarget& t : targets) {
        if (t.indicator != indicator)
            continue;
        ChartSpec::Line line;
        line.kind = ChartSpec::Line::Kind::Target;
        line.value = t.value;
        line.name = QStringLiteral("Target %1%2%3")
                        .arg(core::MetricFormat::number(t.value, indicator >= 2 && indicator <= 4 ? 2 : 1),
                             t.byPeriod.isEmpty() ? QString() : QStringLiteral(" by ") + t.byPeriod,
                             t.label.isEmpty() ? QString() : QStringLiteral(" (") + t.label + QLatin1Char(')'));
        spec.lines << line;
    }
}

ChartSpec byBand(const core::BoardPack& pack)
{
    const QStringList periods = periodsOf(pack.figures, 1);
    const QString period = periods.isEmpty() ? QString() : periods.last();
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::BandBars;
    spec.title = tr("Indicator 1: BME staff by band, %1").arg(period);
    spec.axisTitle = tr("% BME");
    spec.unit = QStringLiteral("%");
    spec.hiddenLabel = tr("R (not published)");
    ChartSpec::Series series;
    series.name = tr("% BME in the band");
    for (const core::MetricFigure& f : pack.figures) {
        if (f.indicator != 1 || f.period != period)
            continue;
        const bool shown = f.value && !f.redacted;
        if (f.category.compare(QStringLiteral("Overall"), Qt::CaseInsensitive) == 0) {
            if (shown)
                spec.lines << ChartSpec::Line{tr("Overall share %1%").arg(core::MetricFormat::number(*f.value, 1)),
                                              *f.value, ChartSpec::Line::Kind::Reference};
            continue;
        }
        spec.categories << f.category;
        series.values << (shown ? f.value : std::nullopt);
        spec.hidden << f.redacted;
    }
    spec.series << series;
    spec.axisMax = 10;
    return spec;
}

ChartSpec trend(const core::BoardPack& pack)
{
    ChartSpec spec;
    spec.title = tr("Indicator 1: BME share of the workforce over time");
    spec.axisTitle = tr("% BME");
    spec.unit = QStringLiteral("%");
    spec.categories = periodsOf(pack.figures, 1);
    ChartSpec::Series overall;
    overall.name = tr("Overall");
    overall.values = valuesByPeriod(pack.figures, 1, spec.categories, [](const core::MetricFigure& f) {
        return f.category.compare(QStringLiteral("Overall"), Qt::CaseInsensitive) == 0;
    });
    spec.series << overall;
    addTargets(spec, pack.targets, 1);
    return spec;
}

ChartSpec likelihood(const core::BoardPack& pack, int n)
{
    static const char* const kTitles[] = {"", "",
                                          "Indicator 2: relative likelihood of White applicants being appointed",
                                          "Indicator 3: relative likelihood of BME staff entering disciplinary",
                                          "Indicator 4: relative likelihood of White staff accessing training"};
    ChartSpec spec;
    spec.title = tr(kTitles[n]);
    spec.axisTitle = tr("Relative likelihood");
    spec.axisDecimals = 2;
    spec.categories = periodsOf(pack.figures, n);
    spec.shaded = std::make_pair(0.80, 1.25);
    spec.shadedName = tr("0.80 to 1.25: no adverse impact");
    spec.lines << ChartSpec::Line{tr("1.00: equal likelihood"), 1.0, ChartSpec::Line::Kind::Reference};
    ChartSpec::Series series;
    series.name = tr("Relative likelihood");
    series.values = valuesByPeriod(pack.figures, n, spec.categories,
                                   [](const core::MetricFigure& f) { return f.measure == u"relative_likelihood"; });
    spec.series << series;
    addTargets(spec, pack.targets, n);
    spec.axisMin = 0.5;
    spec.axisMax = 1.5;
    return spec;
}

ChartSpec survey(const core::BoardPack& pack, int n)
{
    static const char* const kTitles[] = {"",
                                          "",
                                          "",
                                          "",
                                          "",
                                          "Indicator 5: harassment, bullying or abuse from patients and the public",
                                          "Indicator 6: harassment, bullying or abuse from staff",
                                          "Indicator 7: believe there are equal opportunities for progression",
                                          "Indicator 8: discrimination from a manager or colleague"};
    ChartSpec spec;
    spec.title = tr(kTitles[n]);
    spec.axisTitle = tr("% of staff");
    spec.unit = QStringLiteral("%");
    spec.categories = periodsOf(pack.figures, n);
    QStringList measures;
    for (const core::MetricFigure& f : pack.figures)
        if (f.indicator == n && !measures.contains(f.measure))
            measures << f.measure;
    for (const QString& measure : measures) {
        ChartSpec::Series series;
        series.name = core::MetricFormat::measureLabel(measure).mid(2);
        series.values = valuesByPeriod(pack.figures, n, spec.categories,
                                       [&](const core::MetricFigure& f) { return f.measure == measure; });
        spec.series << series;
    }
    addTargets(spec, pack.targets, n);
    spec.axisMax = 10;
    return spec;
}

ChartSpec board(const core::BoardPack& pack)
{
    ChartSpec spec;
    spec.title = tr("Indicator 9: BME share of the Board minus BME share of the workforce");
    spec.axisTitle = tr("Percentage points");
    spec.categories = periodsOf(pack.figures, 9);
    spec.lines << ChartSpec::Line{tr("0: the Board matches the workforce"), 0.0, ChartSpec::Line::Kind::Reference};
    for (const QString& scope :
         {QStringLiteral("Board overall"), QStringLiteral("Voting"), QStringLiteral("Executive")}) {
        ChartSpec::Series series;
        series.name = scope;
        series.values = valuesByPeriod(pack.figures, 9, spec.categories,
                                       [&](const core::MetricFigure& f) { return f.category == scope; });
        spec.series << series;
    }
    addTargets(spec, pack.targets, 9);
    spec.axisMin = -1;
    spec.axisMax = 1;
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
    const QStringList periods = periodsOf(pack.figures, n);
    QList<QPair<QString, QString>> rows;
    for (const core::MetricFigure& f : pack.figures)
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
            for (const core::MetricFigure& f : pack.figures)
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
    switch (n) {
    case 1:
        return {byBand(pack), trend(pack)};
    case 2:
    case 3:
    case 4:
        return {likelihood(pack, n)};
    case 9:
        return {board(pack)};
    default:
        return {survey(pack, n)};
    }
}

void add(ReportDocument& doc, const core::BoardPack& pack)
{
    doc.add(PageBreak{});
    doc.add(Heading{1, tr("2. WRES metrics"), QStringLiteral("metrics"), true, false});
    if (pack.counts.isEmpty()) {
        doc.add(Paragraph{plain(tr("No metrics recorded for this plan."))});
        return;
    }
    doc.add(Paragraph{plain(pack.redacted ? tr("R: not published, the figure rests on fewer than %1 people or would "
                                               "reveal such a number. -: cannot be computed.")
                                                .arg(pack.threshold)
                                          : tr("-: cannot be computed (the reason is given in the table)."))});
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
