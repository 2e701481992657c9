#include "MetricReport.h"

#include "MethodNote.h"
#include "MetricCalculator.h"
#include "MetricCharts.h"
#include "MetricsOutput.h"
#include "Narrative.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace wres::core {
namespace {

bool sameText(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Whether a count row is one the figure is computed from (as MetricCalculator groups them).
bool feeds(const MetricCount& row, const MetricFigure& f)
{
    if (row.indicator != f.indicator || row.period != f.period)
        return false;
    switch (row.indicator) {
    case 1:
        return sameText(row.category, f.category);
    case 2:
    case 3:
    case 4:
        return true; // White, BME and the published ratio all feed the period's ratio
    case 9:
        return sameText(row.category, f.category) || sameText(row.category, QStringLiteral("Workforce"));
    default:
        return !row.group.isEmpty() && f.measure == QStringLiteral("pct_") + row.group.toLower();
    }
}

// A row is hidden when the rule hides its count or total, or when it feeds a hidden figure and no
// shown one (its counts would let anyone work the hidden figure out).
bool rowHidden(const MetricCount& row, const MetricFigures& figures, const SuppressionRule& rule)
{
    if (rule.isExempt(row.indicator))
        return false;
    if ((row.count && rule.hides(*row.count)) || (row.total && rule.hides(*row.total)))
        return true;
    bool feedsHidden = false;
    for (const MetricFigure& f : figures)
        if (feeds(row, f)) {
            if (!f.redacted)
                return false;
            feedsHidden = true;
        }
    return feedsHidden;
}

// "Band 8a and above" for one period of indicator 1, from the shown counts of the senior bands.
MetricFigure seniorFigure(const MetricReport& report, const QString& period)
{
    MetricFigure f;
    f.indicator = 1;
    f.period = period;
    f.category = QString::fromLatin1(MetricReport::kSeniorCategory);
    f.measure = QStringLiteral("pct_bme");
    f.decimals = 1;
    f.symbol = report.symbol();
    qint64 count = 0;
    qint64 total = 0;
    bool counted = false;
    bool hidden = false;
    for (qsizetype i = 0; i < report.counts.size(); ++i) {
        const MetricCount& m = report.counts[i];
        if (m.indicator != 1 || m.period != period || !MetricGroups::isSeniorBand(m.category))
            continue;
        hidden = hidden || report.hidden[i];
        if (m.count && m.total) {
            count += *m.count;
            total += *m.total;
            counted = true;
        }
    }
    const SuppressionRule* rule = report.rule && !report.rule->isExempt(1) ? &*report.rule : nullptr;
    if (hidden || (rule && counted && (rule->hides(count) || rule->hides(total)))) {
        f.redacted = true; // a part is hidden, or the sum itself is a small number
        return f;
    }
    if (!counted) {
        f.unavailable = QStringLiteral("no senior band has counts");
        return f;
    }
    f.parts << MetricPart{QStringLiteral("BME"), count, total, std::nullopt, false, {}};
    if (total == 0) {
        f.unavailable = QStringLiteral("the total is zero");
        return f;
    }
    f.value = 100.0 * double(count) / double(total);
    f.parts.front().percent = f.value;
    return f;
}

} // namespace

MetricReport MetricReport::build(const MetricCounts& counts, const MetricTargets& targets,
                                 const std::optional<SuppressionRule>& rule, const ChangeTolerance& tolerance)
{
    MetricReport report;
    report.rule = rule;
    report.targets = targets;
    report.figures = rule ? MetricCalculator::compute(counts, *rule) : MetricCalculator::compute(counts);
    ChangeJudgement::apply(report.figures, tolerance);
    // The counts as shown: hidden rows lose their numbers here, before anything else is derived.
    report.counts = counts;
    report.hidden = QList<bool>(counts.size(), false);
    if (rule)
        for (qsizetype i = 0; i < report.counts.size(); ++i) {
            MetricCount& m = report.counts[i];
            if (rowHidden(m, report.figures, *rule)) {
                report.hidden[i] = true;
                m.count.reset();
                m.total.reset();
                m.value.reset();
            } else if (!rule->isExempt(m.indicator)) {
                if (m.count)
                    m.count = rule->shown(*m.count);
                if (m.total)
                    m.total = rule->shown(*m.total);
            }
        }
    for (const QString& period : report.periods(1)) {
        const bool anySenior = std::any_of(counts.begin(), counts.end(), [&](const MetricCount& m) {
            return m.indicator == 1 && m.period == period && MetricGroups::isSeniorBand(m.category);
        });
        if (anySenior)
            report.derived << seniorFigure(report, period);
    }
    return report;
}

bool MetricReport::hasIndicator(int indicator) const
{
    return std::any_of(counts.begin(), counts.end(), [&](const MetricCount& m) { return m.indicator == indicator; });
}

QStringList MetricReport::periods(int indicator) const
{
    QStringList list;
    for (const MetricFigure& f : figures)
        if (f.indicator == indicator && !list.contains(f.period))
            list << f.period;
    std::stable_sort(list.begin(), list.end(), periodBefore);
    return list;
}

QString MetricReport::sentence(int indicator, const QString& bmeName) const
{
    return Narrative::forIndicator(indicator, figures, bmeName);
}

QStringList MetricReport::methodNote() const
{
    return MethodNote::paragraphs(rule);
}

QByteArray MetricReport::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("version"), isPublic() ? QStringLiteral("public") : QStringLiteral("full"));
    if (rule) {
        QJsonArray exempt;
        for (int n : rule->exempt)
            exempt << n;
        root.insert(QStringLiteral("rule"), QJsonObject{{QStringLiteral("preset"), SuppressionRule::code(rule->preset)},
                                                        {QStringLiteral("name"), rule->name()},
                                                        {QStringLiteral("threshold"), rule->threshold()},
                                                        {QStringLiteral("symbol"), rule->symbol()},
                                                        {QStringLiteral("exempt"), exempt}});
    }
    root.insert(QStringLiteral("method_note"), QJsonArray::fromStringList(methodNote()));
    QJsonArray rows;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const MetricCount& m = counts[i];
        QJsonObject o{{QStringLiteral("indicator"), m.indicator},
                      {QStringLiteral("period"), m.period},
                      {QStringLiteral("category"), m.category},
                      {QStringLiteral("group"), m.group}};
        if (hidden[i]) {
            o.insert(QStringLiteral("shown"), symbol());
        } else {
            o.insert(QStringLiteral("count"), m.count ? QJsonValue(*m.count) : QJsonValue());
            o.insert(QStringLiteral("total"), m.total ? QJsonValue(*m.total) : QJsonValue());
            o.insert(QStringLiteral("value"), m.value ? QJsonValue(*m.value) : QJsonValue());
        }
        rows << o;
    }
    root.insert(QStringLiteral("counts"), rows);
    root.insert(QStringLiteral("figures"), MetricsOutput::figuresJson(figures));
    root.insert(QStringLiteral("derived"), MetricsOutput::figuresJson(derived));
    QJsonObject sentences;
    QJsonArray charts;
    for (const Indicator& definition : Framework::wres().indicators) {
        const int indicator = definition.number;
        if (!hasIndicator(indicator))
            continue;
        sentences.insert(QString::number(indicator), sentence(indicator));
        for (MetricCharts::View view : MetricCharts::viewsOf(indicator)) {
            if (view == MetricCharts::View::ByBand) {
                for (const QString& period : periods(indicator))
                    charts << MetricCharts::build(*this, indicator, view, period).toJson();
            } else {
                charts << MetricCharts::build(*this, indicator, view).toJson();
            }
        }
    }
    root.insert(QStringLiteral("sentences"), sentences);
    root.insert(QStringLiteral("charts"), charts);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace wres::core
