#include "MetricCount.h"

#include "framework/Framework.h"

#include <QRegularExpression>

namespace wres::core {

namespace MetricGroups {

QString canonical(const QString& text)
{
    const QString t = text.simplified().toLower();
    if (t == u"white")
        return QStringLiteral("White");
    if (t == u"bme" || t == u"bame" || t == u"ethnic minority" || t == u"black, asian and minority ethnic")
        return QStringLiteral("BME");
    if (t == u"asian")
        return QStringLiteral("Asian");
    if (t == u"black")
        return QStringLiteral("Black");
    if (t == u"mixed")
        return QStringLiteral("Mixed");
    if (t == u"other")
        return QStringLiteral("Other");
    if (t == u"disabled")
        return QStringLiteral("Disabled");
    if (t == u"non-disabled" || t == u"non disabled" || t == u"nondisabled" || t == u"not disabled")
        return QStringLiteral("Non-disabled");
    if (t == u"not known" || t == u"unknown" || t == u"unknown/null" || t == u"unknown or null" || t == u"null")
        return QStringLiteral("Not known");
    if (t == u"organisation" || t == u"organization" || t == u"organisation average" || t == u"all staff")
        return QStringLiteral("Organisation");
    return {};
}

bool isSubgroup(const QString& group)
{
    return group == u"Asian" || group == u"Black" || group == u"Mixed" || group == u"Other";
}

QStringList allowedFor(int indicator)
{
    const Indicator* definition = Framework::wres().indicator(indicator);
    return definition ? allowedFor(*definition) : QStringList();
}

QStringList allowedFor(const Indicator& indicator)
{
    return indicator.groups;
}

QString percentMeasure(const QString& group)
{
    QString name = group.toLower();
    name.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    return QStringLiteral("pct_") + name;
}

QString groupOfMeasure(const QString& measure)
{
    const qsizetype cut = measure.indexOf(QLatin1Char('_'));
    if (cut < 0 || (measure.left(cut) != u"pct" && measure.left(cut) != u"score"))
        return {};
    QString words = measure.mid(cut + 1);
    words.replace(QStringLiteral("non_"), QStringLiteral("non-")).replace(QLatin1Char('_'), QLatin1Char(' '));
    return canonical(words);
}

bool isSeniorBand(const QString& category)
{
    static const QRegularExpression senior(QStringLiteral("\\b(8[a-d]|band 9|8b-9|8c-9|vsm)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    return senior.match(category).hasMatch();
}

} // namespace MetricGroups

int periodYear(const QString& period)
{
    static const QRegularExpression year(QStringLiteral("(?<!\\d)(\\d{4})(?!\\d)"));
    const auto match = year.match(period);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

bool periodBefore(const QString& a, const QString& b)
{
    const int ya = periodYear(a);
    const int yb = periodYear(b);
    return ya != yb ? ya < yb : a < b;
}

} // namespace wres::core
