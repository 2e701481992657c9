#include "MetricsOutput.h"

#include "MetricFormat.h"
#include "framework/Framework.h"
#include "io/CsvTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wres::core::MetricsOutput {

QByteArray toCsv(const MetricFigures& figures)
{
    QByteArray out;
    appendCsvRecord(out, {QStringLiteral("indicator"), QStringLiteral("period"), QStringLiteral("category"),
                          QStringLiteral("measure"), QStringLiteral("value")});
    for (const MetricFigure& f : figures)
        appendCsvRecord(out, {QString::number(f.indicator), guardCsvText(f.period), guardCsvText(f.category), f.measure,
                              MetricFormat::value(f)});
    return out;
}

QJsonArray figuresJson(const MetricFigures& figures)
{
    QJsonArray list;
    for (const MetricFigure& f : figures) {
        QJsonObject o{{QStringLiteral("indicator"), f.indicator},
                      {QStringLiteral("period"), f.period},
                      {QStringLiteral("category"), f.category},
                      {QStringLiteral("measure"), f.measure},
                      {QStringLiteral("shown"), MetricFormat::value(f)}};
        if (f.redacted) {
            o.insert(QStringLiteral("value"), f.symbol);
        } else {
            o.insert(QStringLiteral("value"), f.value ? QJsonValue(*f.value) : QJsonValue());
            if (!f.value)
                o.insert(QStringLiteral("unavailable"), f.unavailable);
            o.insert(QStringLiteral("published"), f.published);
            QJsonArray parts;
            for (const MetricPart& p : f.parts)
                parts << QJsonObject{{QStringLiteral("group"), p.group},
                                     {QStringLiteral("count"), p.count ? QJsonValue(*p.count) : QJsonValue()},
                                     {QStringLiteral("total"), p.total ? QJsonValue(*p.total) : QJsonValue()}};
            o.insert(QStringLiteral("counts"), parts);
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
    QString text;
    for (const Indicator& i : Framework::wres().indicators)
        if (!indicator || i.number == *indicator)
            text += QStringLiteral("%1. %2\n").arg(i.number).arg(report.sentence(i.number));
    if (report.isPublic())
        text += QLatin1Char('\n') + report.methodNote().join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    return text.toUtf8();
}

} // namespace wres::core::MetricsOutput
