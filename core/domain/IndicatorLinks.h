#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace wres::core {

// The indicators an action or theme aims to move, as published: a list ("2, 7"), "All", or "n/a".
struct IndicatorLinks
{
    enum class Scope
    {
        Listed,        // the numbers below (none when nothing was given)
        All,           // every indicator of the plan's framework
        NotApplicable, // "n/a": deliberately none
    };

    Scope scope = Scope::Listed;
    QList<int> numbers; // ascending, no duplicates; empty unless scope is Listed

    bool covers(int number) const { return scope == Scope::All || numbers.contains(number); }
    bool isEmpty() const { return scope == Scope::Listed && numbers.isEmpty(); }
    // "2, 7", "All", "n/a" or "".
    QString toText() const;
    QString scopeCode() const;
    static Scope scopeFromCode(const QString& code);

    friend bool operator==(const IndicatorLinks&, const IndicatorLinks&) = default;
};

struct IndicatorParseResult
{
    IndicatorLinks links;
    QString error; // empty when the text was understood
};

// Reads "2, 7", "2;7", "All", "n/a", "Indicator 3", "WRES 1, 2, 7" or empty. Numbers outside
// 1..maxNumber are an error naming them.
IndicatorParseResult parseIndicatorLinks(const QString& text, int maxNumber);

} // namespace wres::core
