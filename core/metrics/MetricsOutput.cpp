#include "MetricsOutput.h"

#include "MetricFormat.h"
#include "framework/Framework.h"
#include "io/CsvTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wres::core::MetricsOutput {

QString indicatorText(const MetricFigure& f, Naming naming)
{
    if (f.framework == Framework::wres().code)
        return QString::number(f.indicator);
    const Indicator* definition = Framework::lookup(f.framework, f.indicator);
    const QString code = definition ? definition->code : QString::number(f.indicator);
    return naming == Naming::Qualified ? f.framework + QLatin1Char(' ') + code : code;
}

QJsonValue indicatorJson(const QString& framework, int indicator)
{
    if (framework == Framework::wres().code)
        return indicator;
    return MetricReport::indicatorKey(framework, indicator);
}

QByteArray toCsv(const MetricFigures& figures, Naming naming)
{
    QByteArray out;
    appendCsvRecord(out, {QStringLiteral("indicator"), QStringLiteral("period"), QStringLiteral("category"),
                          QStringLiteral("measure"), QStringLiteral("value")});
    for (const MetricFigure& f : figures)
        appendCsvRecord(out, {indicatorText(f, naming), guardCsvText(f.period), guardCsvText(f.category), f.measure,
                              MetricFormat::value(f)});
    return out;
}

QJsonArray figuresJson(const MetricFigures& figures)
{
    QJsonArray list;
    for (const MetricFigure& f : figures) {
        QJsonObject o{{QStringLiteral("indicator"), indicatorJson(f.framework, f.indicator)},
                      {QStringLiteral("period"), f.period},
                      {QStringLiteral("category"), f.category},
                      {QStringLiteral("measure"), f.measure},
                      {QStringLiteral("shown"), MetricFormat::value(f)}};
        if (f.framework != Framework::wres().code)
            o.insert(QStringLiteral("framework"), f.framework);
        if (f.redacted) {
            o.insert(QStringLiteral("value"), f.symbol);
        } else {
            o.insert(QStringLiteral("value"), f.value ? QJsonValue(*f.value) : QJsonValue());
            if (!f.value)
                o.insert(QStringLiteral("unavailable"), f.unavailable);
            o.insert(QStringLiteral("published"), f.published);
            QJsonArray parts;
            for (const MetricPart& p : f.parts) {
                QJsonObject part{{QStringLiteral("group"), p.group},
                                 {QStringLiteral("count"), p.count ? QJsonValue(*p.count) : QJsonValue()},
                                 {QStringLiteral("total"), p.total ? QJsonValue(*p.total) : QJsonValue()}};
                if (f.framework != Framework::wres().code && !p.label.isEmpty())
                    part.insert(QStringLiteral("of"), p.label);
                parts << part;
            }
            o.insert(QStringLiteral("counts"), parts);
            if (!f.note.isEmpty())
                o.insert(QStringLiteral("note"), f.note);
            if (f.previous) {
                o.insert(QStringLiteral("previous"), *f.previous);
                o.insert(QStringLiteral("previous_period"), f.previousPeriod);
                o.insert(QStringLiteral("change"), MetricFormat::changeWord(f.change));
            }
        }
        list << o;
    }
    return list;
}

QByteArray toJson(const MetricFigures& figures)
{
    return QJsonDocument(figuresJson(figures)).toJson(QJsonDocument::Indented);
}

QByteArray narrative(const MetricReport& report, std::optional<int> indicator)
{
    return narrative(report, {Framework::wres().code}, indicator);
}

QByteArray narrative(const MetricReport& report, const QStringList& frameworks, const std::optional<int>& indicator,
                     const QString& indicatorFramework)
{
    QString text;
    for (const QString& code : frameworks) {
        const Framework* framework = Framework::find(code);
        if (!framework)
            continue;
        const bool own = framework == &Framework::wres();
        if (frameworks.size() > 1)
            text += framework->name + QLatin1Char('\n');
        for (const Indicator& i : framework->measured()) {
            if (indicator &&
                (i.number != *indicator || (!indicatorFramework.isEmpty() && indicatorFramework != framework->code)))
                continue;
            if (own)
                text += QStringLiteral("%1. %2\n").arg(i.number).arg(report.sentence(i.number));
            else
                text += QStringLiteral("%1. %2\n").arg(i.code, report.sentence(i));
        }
    }
    if (report.isPublic())
        text += QLatin1Char('\n') + report.methodNote().join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    return text.toUtf8();
}

} // namespace wres::core::MetricsOutput
