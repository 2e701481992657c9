#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wres::core {

// One indicator of a framework: a WRES indicator, a WDES metric, or a link target with no figures of
// its own (a heading such as WDES 4a, or a measure of the EDI Improvement Plan's high impact actions).
struct Indicator
{
    enum class Kind
    {
        Share,              // % of a group within a headcount, per band (WRES 1, WDES 1)
        RelativeLikelihood, // ratio of two groups' rates (WRES 2-4, WDES 2 and 3)
        SurveyPercentage,   // % answering yes, per group (WRES 5-8, WDES 4a(i)-8)
        Difference,         // percentage-point difference, board against workforce (WRES 9, WDES 10)
        Score,              // a published score per group, 0 to 10 (WDES 9a)
        YesNo,              // a yes or no answer with a narrative (WDES 9b)
        Link,               // no figures: a heading or another plan's measure that actions link to
    };
    enum class Better
    {
        Lower,
        Higher,
        CloserToOne,
        ZeroOrAbove,
        CloserToOverall,
    };

    QString framework; // "WRES", "WDES", "HIA"
    // The stable key within the framework, stored in the plan file. WRES: 1-9; WDES and HIA number
    // in hundreds after the code (WDES 4a(i) is 411, HIA 2a is 210), so a number printed by mistake
    // is never taken for a code. Users only ever see the code.
    int number = 0;
    QString code;   // as written: "2", "4a(i)", "9a", "2a"
    QString parent; // the heading's code ("4a" for 4a(i), "4" for 4a), or ""
    QString shortTitle;
    QString definition;
    Kind kind = Kind::Share;
    QString numeratorGroup; // whose rate is divided by the other's ("White" for 2 and 4, "BME" for 3)
    Better better = Better::Higher;
    QStringList groups;      // the groups a metrics row may name, "" for the indicator's own published figure
    QString categories;      // "bands" (a band per row), "board" (a board scope per row), or "" (none)
    QStringList boardScopes; // for "board": the scopes a difference is given for
    int rollingYears = 1;    // 2: the headline is a two-year rolling average (WRES 3, WDES 3)
    QString noTotal;         // reasons a ratio cannot be computed: "no %1 applicants were shortlisted"
    QString noCount;         // "no %1 applicants were appointed"
    QString subject;         // sentence words: "applicants", "staff"
    QString predicate;       // "to be appointed from shortlisting"
    QString wording;         // a survey question's words: "experienced harassment, bullying or abuse from ..."

    // What a count and its total are, as a grid row says them: "appointed" of "shortlisted".
    QString countWords;
    QString totalWords;

    // Whether the indicator has figures (anything but a link target).
    bool hasFigures() const { return kind != Kind::Link; }
    // "WDES 4a(i)", "WRES 2", "HIA 2a".
    QString label() const { return framework + QLatin1Char(' ') + code; }
};

using Indicators = QList<Indicator>;

QString indicatorKindCode(Indicator::Kind kind);
Indicator::Kind indicatorKindFromCode(const QString& code, bool* ok = nullptr);
QString betterCode(Indicator::Better better);
Indicator::Better betterFromCode(const QString& code, bool* ok = nullptr);

} // namespace wres::core
