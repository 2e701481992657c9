#include "IndicatorLinks.h"

#include <QRegularExpression>

#include <algorithm>

namespace wres::core {

QString IndicatorLinks::toText() const
{
    switch (scope) {
    case Scope::All:
        return QStringLiteral("All");
    case Scope::NotApplicable:
        return QStringLiteral("n/a");
    case Scope::Listed:
        break;
    }
    QStringList parts;
    for (int n : numbers)
        parts << QString::number(n);
    return parts.join(QStringLiteral(", "));
}

QString IndicatorLinks::scopeCode() const
{
    switch (scope) {
    case Scope::All:
        return QStringLiteral("all");
    case Scope::NotApplicable:
        return QStringLiteral("none");
    case Scope::Listed:
        break;
    }
    return QStringLiteral("listed");
}

IndicatorLinks::Scope IndicatorLinks::scopeFromCode(const QString& code)
{
    if (code == u"all")
        return Scope::All;
    if (code == u"none")
        return Scope::NotApplicable;
    return Scope::Listed;
}

IndicatorParseResult parseIndicatorLinks(const QString& text, int maxNumber)
{
    IndicatorParseResult result;
    QString t = text.simplified();
    const QString lower = t.toLower();
    if (lower.isEmpty())
        return result;
    if (lower == u"all" || lower == u"all indicators") {
        result.links.scope = IndicatorLinks::Scope::All;
        return result;
    }
    if (lower == u"n/a" || lower == u"na" || lower == u"none") {
        result.links.scope = IndicatorLinks::Scope::NotApplicable;
        return result;
    }
    // Words commonly written around the numbers ("Indicator 3", "WRES 1, 2 and 7").
    static const QRegularExpression noise(QStringLiteral("\\b(wres|indicators?|metrics?|and|&)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    t.replace(noise, QStringLiteral(","));
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList parts = t.split(separators, Qt::SkipEmptyParts);
    QStringList bad;
    for (const QString& part : parts) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 1 || n > maxNumber) {
            bad << part;
            continue;
        }
        if (!result.links.numbers.contains(n))
            result.links.numbers << n;
    }
    if (!bad.isEmpty()) {
        result.error = QStringLiteral("'%1' is not an indicator number (use 1 to %2, separated by ';' or ',', "
                                      "or All, or n/a)")
                           .arg(bad.join(QStringLiteral("', '")))
                           .arg(maxNumber);
        result.links = {};
        return result;
    }
    std::sort(result.links.numbers.begin(), result.links.numbers.end());
    return result;
}

} // namespace wres::core
