#include "IndicatorLinks.h"

#include "framework/Framework.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace wres::core {
namespace {

qsizetype frameworkOrder(const QString& code)
{
    const auto& all = Framework::all();
    for (qsizetype i = 0; i < all.size(); ++i)
        if (all[i]->code == code)
            return i;
    return all.size();
}

QString codeOf(const IndicatorRef& ref)
{
    const Indicator* indicator = Framework::lookup(ref.framework, ref.number);
    return indicator ? indicator->code : QString::number(ref.number);
}

} // namespace

bool IndicatorLinks::covers(const QString& framework, int number) const
{
    const Framework* f = Framework::find(framework);
    if (!f)
        return false;
    if (f == &Framework::wres()) {
        if (scope == Scope::All)
            return true;
        QList<int> family = f->ancestors(number) + f->descendants(number);
        family << number;
        return std::any_of(family.begin(), family.end(), [&](int n) { return numbers.contains(n); });
    }
    QList<int> family = f->ancestors(number) + f->descendants(number);
    family << number;
    return std::any_of(others.begin(), others.end(), [&](const IndicatorRef& ref) {
        return ref.framework == f->code && family.contains(ref.number);
    });
}

bool IndicatorLinks::namesAny(const QString& framework) const
{
    if (framework.compare(Framework::wres().code, Qt::CaseInsensitive) == 0)
        return scope == Scope::All || !numbers.isEmpty();
    return std::any_of(others.begin(), others.end(), [&](const IndicatorRef& ref) {
        return ref.framework.compare(framework, Qt::CaseInsensitive) == 0;
    });
}

QString IndicatorLinks::codesOf(const QString& framework) const
{
    QStringList codes;
    for (const IndicatorRef& ref : others)
        if (ref.framework == framework)
            codes << codeOf(ref);
    return codes.join(QStringLiteral(", "));
}

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
    const QString own = parts.join(QStringLiteral(", "));
    if (others.isEmpty())
        return own; // a plan naming only WRES numbers reads as it always has
    QStringList groups;
    if (!own.isEmpty())
        groups << Framework::wres().code + QLatin1Char(' ') + own;
    QStringList seen;
    for (const IndicatorRef& ref : others)
        if (!seen.contains(ref.framework)) {
            seen << ref.framework;
            groups << ref.framework + QLatin1Char(' ') + codesOf(ref.framework);
        }
    return groups.join(QStringLiteral("; "));
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
    // "4a (i)" and "4a( ii )" are the code 4a(i), 4a(ii).
    static const QRegularExpression roman(QStringLiteral("\\s*\\(\\s*([ivxIVX]+)\\s*\\)"));
    t.replace(roman, QStringLiteral("(\\1)"));
    // Words commonly written around the numbers ("Indicator 3", "WRES 1, 2 and 7", "metric 4b").
    static const QRegularExpression noise(QStringLiteral("\\b(indicators?|metrics?|measures?|and)\\b|&"),
                                          QRegularExpression::CaseInsensitiveOption);
    t.replace(noise, QStringLiteral(","));
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList parts = t.split(separators, Qt::SkipEmptyParts);
    const Framework* current = &Framework::wres();
    bool named = true;        // a framework's name must be followed by at least one of its codes
    QStringList bad;          // not a number of the plan's framework
    QStringList badElsewhere; // not a code of the framework named before it
    QStringList empty;
    for (const QString& part : parts) {
        if (const Framework* f = Framework::find(part)) {
            if (!named)
                empty << current->code;
            current = f;
            named = false;
            continue;
        }
        named = true;
        if (current == &Framework::wres()) {
            bool ok = false;
            const int n = part.toInt(&ok);
            if (!ok || n < 1 || n > maxNumber) {
                bad << part;
                continue;
            }
            if (!result.links.numbers.contains(n))
                result.links.numbers << n;
            continue;
        }
        const Indicator* indicator = current->indicatorByCode(part);
        if (!indicator) {
            QStringList codes;
            for (const Indicator& i : current->indicators)
                codes << i.code;
            badElsewhere << QCoreApplication::translate("wres", "'%1 %2' is not a measure of %1 (%3)")
                                .arg(current->code, part, codes.join(QStringLiteral(", ")));
            continue;
        }
        const IndicatorRef ref{current->code, indicator->number};
        if (!result.links.others.contains(ref))
            result.links.others << ref;
    }
    if (!named)
        empty << current->code;
    if (!bad.isEmpty() || !badElsewhere.isEmpty() || !empty.isEmpty()) {
        QStringList why;
        if (!bad.isEmpty())
            why << QCoreApplication::translate("wres",
                                               "'%1' is not an indicator number (use 1 to %2, separated by ';' or ',', "
                                               "or All, or n/a; another framework's measures after its name, as in "
                                               "'WRES 2; WDES 4a(i), 5; HIA 2a')")
                       .arg(bad.join(QStringLiteral("', '")))
                       .arg(maxNumber);
        why << badElsewhere;
        if (!empty.isEmpty())
            why << QCoreApplication::translate("wres", "'%1' is followed by none of its measures")
                       .arg(empty.join(QStringLiteral("', '")));
        result.error = why.join(QStringLiteral("; "));
        result.links = {};
        return result;
    }
    std::sort(result.links.numbers.begin(), result.links.numbers.end());
    std::sort(result.links.others.begin(), result.links.others.end(), [](const IndicatorRef& a, const IndicatorRef& b) {
        const qsizetype fa = frameworkOrder(a.framework);
        const qsizetype fb = frameworkOrder(b.framework);
        return fa != fb ? fa < fb : a.number < b.number;
    });
    return result;
}

} // namespace wres::core
