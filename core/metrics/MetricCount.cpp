#include "MetricCount.h"

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
    return {};
}

bool isSubgroup(const QString& group)
{
    return group == u"Asian" || group == u"Black" || group == u"Mixed" || group == u"Other";
}

QStringList allowedFor(int indicator)
{
    switch (indicator) {
    case 1:
        return {QStringLiteral("BME")};
    case 2:
    case 3:
    case 4:
        return {QStringLiteral("White"), QStringLiteral("BME"), QString()};
    case 5:
    case 6:
    case 7:
    case 8:
        return {QStringLiteral("White"), QStringLiteral("BME"),   QStringLiteral("Asian"),
                QStringLiteral("Black"), QStringLiteral("Mixed"), QStringLiteral("Other")};
    case 9:
        return {QStringLiteral("BME"), QString()};
    default:
        return {};
    }
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
