#include "Framework.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace wres::core {

int Framework::maxIndicatorNumber() const
{
    int max = 0;
    for (const Indicator& indicator : indicators)
        max = std::max(max, indicator.number);
    return max;
}

const Indicator* Framework::indicator(int number) const
{
    for (const Indicator& indicator : indicators)
        if (indicator.number == number)
            return &indicator;
    return nullptr;
}

Framework Framework::fromJson(const QByteArray& json, const QString& source)
{
    auto fail = [&](const QString& what) {
        throw std::runtime_error(QString(source + QStringLiteral(": ") + what).toStdString());
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        fail(error.errorString());
    const QJsonObject root = doc.object();
    Framework framework;
    framework.code = root.value(QStringLiteral("framework")).toString();
    framework.name = root.value(QStringLiteral("name")).toString();
    framework.comparisonGroup =
        root.value(QStringLiteral("groups")).toObject().value(QStringLiteral("comparison")).toString();
    if (framework.code.isEmpty())
        fail(QStringLiteral("no framework code"));
    const QJsonArray list = root.value(QStringLiteral("indicators")).toArray();
    for (const QJsonValue& value : list) {
        const QJsonObject o = value.toObject();
        Indicator indicator;
        indicator.framework = framework.code;
        indicator.number = o.value(QStringLiteral("number")).toInt();
        indicator.shortTitle = o.value(QStringLiteral("short_title")).toString();
        indicator.definition = o.value(QStringLiteral("definition")).toString();
        indicator.numeratorGroup = o.value(QStringLiteral("numerator_group")).toString();
        indicator.countWords = o.value(QStringLiteral("count_words")).toString(QStringLiteral("counted"));
        indicator.totalWords = o.value(QStringLiteral("total_words")).toString(QStringLiteral("in all"));
        bool kindOk = false;
        bool betterOk = false;
        indicator.kind = indicatorKindFromCode(o.value(QStringLiteral("kind")).toString(), &kindOk);
        indicator.better = betterFromCode(o.value(QStringLiteral("better")).toString(), &betterOk);
        if (indicator.number < 1 || !kindOk || !betterOk || indicator.shortTitle.isEmpty())
            fail(QStringLiteral("indicator %1 is incomplete").arg(indicator.number));
        framework.indicators << indicator;
    }
    if (framework.indicators.isEmpty())
        fail(QStringLiteral("no indicators"));
    return framework;
}

const Framework& Framework::wres()
{
    static const Framework framework = [] {
        QFile file(QStringLiteral(":/frameworks/wres.json"));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("the WRES indicator catalogue is missing from the program's resources");
        return fromJson(file.readAll(), file.fileName());
    }();
    return framework;
}

} // namespace wres::core
