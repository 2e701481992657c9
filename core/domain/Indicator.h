#pragma once

#include <QList>
#include <QString>

namespace wres::core {

// One indicator of a framework (WRES built in; WDES can follow with its own set).
struct Indicator
{
    enum class Kind
    {
        Share,              // % of a group within a headcount (WRES 1)
        RelativeLikelihood, // ratio of two groups' rates (WRES 2-4)
        SurveyPercentage,   // % answering yes, per group (WRES 5-8)
        Difference,         // percentage-point difference (WRES 9)
    };
    enum class Better
    {
        Lower,
        Higher,
        CloserToOne,
        ZeroOrAbove,
        CloserToOverall,
    };

    QString framework; // "WRES"
    int number = 0;
    QString shortTitle;
    QString definition;
    Kind kind = Kind::Share;
    QString numeratorGroup; // whose rate is divided by the other's ("White" for 2 and 4, "BME" for 3)
    Better better = Better::Higher;
    // What a count and its total are, as a grid row says them: "appointed" of "shortlisted".
    QString countWords;
    QString totalWords;
};

using Indicators = QList<Indicator>;

QString indicatorKindCode(Indicator::Kind kind);
Indicator::Kind indicatorKindFromCode(const QString& code, bool* ok = nullptr);
QString betterCode(Indicator::Better better);
Indicator::Better betterFromCode(const QString& code, bool* ok = nullptr);

} // namespace wres::core
