#include "Framework.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <stdexcept>

namespace wres::core {
namespace {

QString plainCode(const QString& code)
{
    QString c = code.toLower();
    c.remove(QLatin1Char(' '));
    return c;
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list << v.toString();
    return list;
}

// A missing catalogue is a broken build, not a user's problem.
Framework bundled(const char* path, const char* what)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(std::string("the ") + what + " catalogue is missing from the program's resources");
    return Framework::fromJson(file.readAll(), file.fileName());
}

} // namespace

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

const Indicator* Framework::indicatorByCode(const QString& written) const
{
    const QString wanted = plainCode(written);
    for (const Indicator& indicator : indicators)
        if (plainCode(indicator.code) == wanted)
            return &indicator;
    return nullptr;
}

QList<int> Framework::descendants(int number) const
{
    QList<int> found;
    const Indicator* top = indicator(number);
    if (!top)
        return found;
    QStringList heads{top->code};
    for (qsizetype i = 0; i < heads.size(); ++i)
        for (const Indicator& other : indicators)
            if (!other.parent.isEmpty() && other.parent == heads[i] && !found.contains(other.number)) {
                found << other.number;
                heads << other.code;
            }
    return found;
}

QList<int> Framework::ancestors(int number) const
{
    QList<int> found;
    const Indicator* at = indicator(number);
    while (at && !at->parent.isEmpty()) {
        at = indicatorByCode(at->parent);
        if (!at || found.contains(at->number))
            break;
        found << at->number;
    }
    return found;
}

Indicators Framework::measured() const
{
    Indicators list;
    for (const Indicator& indicator : indicators)
        if (indicator.hasFigures())
            list << indicator;
    return list;
}

const Indicator* Framework::boardIndicator() const
{
    for (const Indicator& indicator : indicators)
        if (indicator.kind == Indicator::Kind::Difference)
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
    framework.source = root.value(QStringLiteral("source")).toString();
    const QJsonObject groups = root.value(QStringLiteral("groups")).toObject();
    framework.comparisonGroup = groups.value(QStringLiteral("comparison")).toString();
    framework.referenceGroup = groups.value(QStringLiteral("reference")).toString();
    framework.subgroups = strings(groups.value(QStringLiteral("subgroups")));
    framework.linkTargetsOnly = root.value(QStringLiteral("link_targets_only")).toBool();
    if (framework.code.isEmpty())
        fail(QStringLiteral("no framework code"));
    const QJsonArray list = root.value(QStringLiteral("indicators")).toArray();
    QSet<QString> codes;
    for (const QJsonValue& value : list) {
        const QJsonObject o = value.toObject();
        Indicator indicator;
        indicator.framework = framework.code;
        indicator.number = o.value(QStringLiteral("number")).toInt();
        indicator.code = o.value(QStringLiteral("code")).toString(QString::number(indicator.number));
        indicator.parent = o.value(QStringLiteral("parent")).toString();
        indicator.shortTitle = o.value(QStringLiteral("short_title")).toString();
        indicator.definition = o.value(QStringLiteral("definition")).toString();
        indicator.numeratorGroup = o.value(QStringLiteral("numerator_group")).toString();
        indicator.countWords = o.value(QStringLiteral("count_words")).toString(QStringLiteral("counted"));
        indicator.totalWords = o.value(QStringLiteral("total_words")).toString(QStringLiteral("in all"));
        bool kindOk = false;
        bool betterOk = false;
        indicator.kind = indicatorKindFromCode(o.value(QStringLiteral("kind")).toString(), &kindOk);
        indicator.better = betterFromCode(o.value(QStringLiteral("better")).toString(), &betterOk);
        betterOk = betterOk || indicator.kind == Indicator::Kind::Link; // a link target is never judged
        indicator.groups = strings(o.value(QStringLiteral("groups")));
        indicator.categories = o.value(QStringLiteral("categories")).toString();
        indicator.boardScopes = strings(o.value(QStringLiteral("board_scopes")));
        indicator.rollingYears = o.value(QStringLiteral("rolling_years")).toInt(1);
        indicator.noTotal = o.value(QStringLiteral("no_total")).toString(QStringLiteral("no %1 staff were counted"));
        indicator.noCount = o.value(QStringLiteral("no_count")).toString(QStringLiteral("the %1 rate is zero"));
        indicator.subject = o.value(QStringLiteral("subject")).toString(QStringLiteral("staff"));
        indicator.predicate = o.value(QStringLiteral("predicate")).toString();
        indicator.wording = o.value(QStringLiteral("wording")).toString();
        if (indicator.number < 1 || !kindOk || !betterOk || indicator.shortTitle.isEmpty() || indicator.code.isEmpty())
            fail(QStringLiteral("indicator %1 is incomplete").arg(indicator.number));
        if (codes.contains(plainCode(indicator.code)) || framework.indicator(indicator.number))
            fail(QStringLiteral("indicator %1 appears twice").arg(indicator.code));
        if (indicator.rollingYears < 1 || indicator.rollingYears > 2)
            fail(QStringLiteral("indicator %1: rolling_years is 1 or 2").arg(indicator.code));
        if (!indicator.parent.isEmpty() && !codes.contains(plainCode(indicator.parent)))
            fail(QStringLiteral("indicator %1: its heading %2 must come before it")
                     .arg(indicator.code, indicator.parent));
        codes.insert(plainCode(indicator.code));
        framework.indicators << indicator;
    }
    if (framework.indicators.isEmpty())
        fail(QStringLiteral("no indicators"));
    return framework;
}

const Framework& Framework::wres()
{
    static const Framework framework = bundled(":/frameworks/wres.json", "WRES indicator");
    return framework;
}

const Framework& Framework::wdes()
{
    static const Framework framework = bundled(":/frameworks/wdes.json", "WDES metric");
    return framework;
}

const Framework& Framework::hia()
{
    static const Framework framework = bundled(":/frameworks/hia.json", "EDI Improvement Plan");
    return framework;
}

const QList<const Framework*>& Framework::all()
{
    static const QList<const Framework*> list{&wres(), &wdes(), &hia()};
    return list;
}

const Framework* Framework::find(const QString& frameworkCode)
{
    for (const Framework* framework : all())
        if (framework->code.compare(frameworkCode.trimmed(), Qt::CaseInsensitive) == 0)
            return framework;
    return nullptr;
}

const Indicator* Framework::lookup(const QString& framework, int number)
{
    const Framework* f = find(framework);
    return f ? f->indicator(number) : nullptr;
}

} // namespace wres::core
