#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace wres::core {

// An indicator of a framework other than the plan's own: a WDES metric or an EDI Improvement Plan
// measure, by its framework's code and its number there (Framework: WDES 4a(i) is 411).
struct IndicatorRef
{
    QString framework;
    int number = 0;

    friend bool operator==(const IndicatorRef&, const IndicatorRef&) = default;
};

// The indicators an action or theme aims to move, as published: a list ("2, 7"), "All", or "n/a",
// and links to other frameworks' measures ("WRES 2; WDES 4a; HIA 2").
struct IndicatorLinks
{
    enum class Scope
    {
        Listed,        // the numbers below (none when nothing was given)
        All,           // every indicator of the plan's framework
        NotApplicable, // "n/a": deliberately none
    };

    Scope scope = Scope::Listed;
    QList<int> numbers;              // the plan's framework (WRES): ascending, no duplicates; empty unless Listed
    QList<IndicatorRef> others = {}; // other frameworks (WDES, HIA), in catalogue order; empty unless Listed

    bool covers(int number) const { return scope == Scope::All || numbers.contains(number); }
    // Whether a link names this indicator, a heading above it or one below it (WDES 4a covers 4a(i),
    // and a link to 4a(i) is found by asking for 4a). "All" covers the plan's framework only.
    bool covers(const QString& framework, int number) const;
    // Whether any link names an indicator of this framework ("All" counts for the plan's).
    bool namesAny(const QString& framework) const;
    bool isEmpty() const { return scope == Scope::Listed && numbers.isEmpty() && others.isEmpty(); }
    // "2, 7", "All", "n/a" or ""; with other frameworks' links, each framework's codes after its
    // name, frameworks separated by "; ": "WRES 2, 7; WDES 4a, 5; HIA 2".
    QString toText() const;
    // The links of one other framework as codes: "4a, 5".
    QString codesOf(const QString& framework) const;
    QString scopeCode() const;
    static Scope scopeFromCode(const QString& code);

    friend bool operator==(const IndicatorLinks&, const IndicatorLinks&) = default;
};

struct IndicatorParseResult
{
    IndicatorLinks links;
    QString error; // empty when the text was understood
};

// Reads "2, 7", "2;7", "All", "n/a", "Indicator 3", "WRES 1, 2, 7", "WRES 2; WDES 4a(i), 5; HIA 2a"
// or empty. Bare numbers are the plan's framework (WRES); a framework's name (WRES, WDES, HIA) makes
// the codes after it that framework's, until the next name. Numbers outside 1..maxNumber, and
// codes a framework does not have, are an error naming them.
IndicatorParseResult parseIndicatorLinks(const QString& text, int maxNumber);

} // namespace wres::core
