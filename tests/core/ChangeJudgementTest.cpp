// A change smaller than a tolerance is "similar"; beyond it, the framework's rule says better or worse.
#include "metrics/ChangeJudgement.h"

#include "metrics/MetricCalculator.h"
#include "metrics/MetricFormat.h"
#include "metrics/Narrative.h"
#include "metrics/SmallNumbers.h"

#include <QRandomGenerator>

#include <cmath>
#include <gtest/gtest.h>

using namespace wres::core;

namespace {

MetricCount published(int indicator, const QString& period, double value, const QString& group = {},
                      const QString& category = {})
{
    return MetricCount{indicator, period, category, group, std::nullopt, std::nullopt, value, 0};
}

MetricCount counted(int indicator, const QString& period, const QString& group, qint64 count, qint64 total,
                    const QString& category = {})
{
    return MetricCount{indicator, period, category, group, count, total, std::nullopt, 0};
}

MetricFigure::Change changeOf(const MetricFigures& figures, const QString& period, const QString& measure,
                              const QString& category = {})
{
    for (const MetricFigure& f : figures)
        if (f.period == period && f.measure == measure && f.category == category)
            return f.change;
    ADD_FAILURE() << "no figure " << measure.toStdString() << " in " << period.toStdString();
    return MetricFigure::Change::None;
}

TEST(ChangeJudgement, TheIssuesSmallMovesAreSimilar)
{
    // 1.06 -> 1.07 on a relative likelihood, 24.4% -> 24.3% on a survey percentage: the Trust says similar.
    auto figures = MetricCalculator::compute({published(2, "2021/22", 1.06), published(2, "2022/23", 1.07)});
    EXPECT_EQ(changeOf(figures, "2022/23", "relative_likelihood"), MetricFigure::Change::Same);
    EXPECT_EQ(MetricFormat::changeWord(figures[1].change), "similar");
    figures = MetricCalculator::compute({published(5, "2021", 24.4, "BME"), published(5, "2022", 24.3, "BME")});
    EXPECT_EQ(changeOf(figures, "2022", "pct_bme"), MetricFigure::Change::Same);
    EXPECT_EQ(Narrative::forIndicator(5, figures),
              "In the 2022 Staff Survey, 24.3% of BME staff experienced harassment, bullying or abuse from patients, "
              "relatives or the public, similar to 24.4% in 2021.");
}

TEST(ChangeJudgement, AMoveOfTheToleranceOrMoreIsJudgedByTheIndicatorsRule)
{
    // 1.07 -> 1.12 moves 0.05 as printed: not smaller than 0.05, so further from parity is worse.
    auto figures = MetricCalculator::compute({published(2, "2021/22", 1.07), published(2, "2022/23", 1.12)});
    EXPECT_EQ(figures[1].change, MetricFigure::Change::Worse);
    figures = MetricCalculator::compute({published(5, "2021", 24.4, "BME"), published(5, "2022", 23.4, "BME")});
    EXPECT_EQ(figures[1].change, MetricFigure::Change::Better) << "one point down, and lower is better for 5";
    figures = MetricCalculator::compute({published(7, "2021", 40.0, "BME"), published(7, "2022", 38.5, "BME")});
    EXPECT_EQ(figures[1].change, MetricFigure::Change::Worse) << "higher is better for 7";
}

TEST(ChangeJudgement, TheFilesToleranceIsAppliedAfterTheDefault)
{
    auto figures = MetricCalculator::compute({published(2, "2021/22", 1.06), published(2, "2022/23", 1.12)});
    EXPECT_EQ(figures[1].change, MetricFigure::Change::Worse);
    ChangeTolerance wide;
    wide.ratio = 0.1;
    ChangeJudgement::apply(figures, wide);
    EXPECT_EQ(figures[1].change, MetricFigure::Change::Same);
    ChangeTolerance none;
    none.ratio = 0.0;
    none.points = 0.0;
    figures = MetricCalculator::compute({published(2, "2021/22", 1.06), published(2, "2022/23", 1.07)});
    ChangeJudgement::apply(figures, none);
    EXPECT_EQ(figures[1].change, MetricFigure::Change::Worse) << "with no tolerance every printed move counts";
}

TEST(ChangeJudgement, IndicatorOneBandsAgainstTheOverallShareAndTheOverallShareItself)
{
    auto figures = MetricCalculator::compute(
        {counted(1, "March 2022", "BME", 100, 1000, "Band 5"), counted(1, "March 2022", "BME", 900, 5000, "Overall"),
         counted(1, "March 2023", "BME", 130, 1000, "Band 5"), counted(1, "March 2023", "BME", 903, 5000, "Overall")});
    EXPECT_EQ(changeOf(figures, "March 2023", "pct_bme", "Band 5"), MetricFigure::Change::Better)
        << "10.0% -> 13.0%, closer to the overall 18.1%";
    EXPECT_EQ(changeOf(figures, "March 2023", "pct_bme", "Overall"), MetricFigure::Change::Same)
        << "18.0% -> 18.1% is under a point";
    figures = MetricCalculator::compute({counted(1, "March 2022", "BME", 900, 5000, "Overall"),
                                         counted(1, "March 2023", "BME", 1000, 5000, "Overall")});
    EXPECT_EQ(figures[1].change, MetricFigure::Change::Neutral) << "the overall share is neither better nor worse";
}

TEST(ChangeJudgement, TheRuleComesFromTheFrameworkNotTheIndicatorsNumber)
{
    Framework other = Framework::wres();
    for (Indicator& i : other.indicators)
        if (i.number == 5)
            i.better = Indicator::Better::Higher;
    MetricFigures figures =
        MetricCalculator::compute({published(5, "2021", 20.0, "BME"), published(5, "2022", 25.0, "BME")});
    EXPECT_EQ(figures[1].change, MetricFigure::Change::Worse);
    ChangeJudgement::apply(figures, ChangeTolerance{}, other);
    EXPECT_EQ(figures[1].change, MetricFigure::Change::Better);
}

// Over many generated pairs: "similar" exactly when the printed move is under the tolerance; otherwise
// the direction the indicator's rule gives; a wider tolerance only ever turns a judgement into "similar".
TEST(ChangeJudgement, PropertySimilarExactlyWhenThePrintedMoveIsUnderTheTolerance)
{
    QRandomGenerator random(16);
    for (int i = 0; i < 2000; ++i) {
        const bool ratio = random.bounded(2) == 0;
        const int indicator = ratio ? 2 : 5;
        const double before = ratio ? 0.5 + random.bounded(150) / 100.0 : random.bounded(1000) / 10.0;
        const double after = before + (ratio ? (random.bounded(41) - 20) / 100.0 : (random.bounded(61) - 30) / 10.0);
        if (after <= 0.0)
            continue;
        const QString measure = ratio ? QStringLiteral("relative_likelihood") : QStringLiteral("pct_bme");
        const QString group = ratio ? QString() : QStringLiteral("BME");
        MetricFigures figures = MetricCalculator::compute(
            {published(indicator, "2021/22", before, group), published(indicator, "2022/23", after, group)});
        ChangeTolerance tolerance;
        tolerance.ratio = random.bounded(11) / 100.0;
        tolerance.points = random.bounded(31) / 10.0;
        ChangeJudgement::apply(figures, tolerance);
        const MetricFigure& f = figures[1];
        const int decimals = ratio ? 2 : 1;
        const double moved = std::abs(MetricFormat::number(after, decimals).toDouble() -
                                      MetricFormat::number(before, decimals).toDouble());
        const double limit = ratio ? tolerance.ratio : tolerance.points;
        const bool similar = moved == 0.0 || moved < limit - 1e-9;
        ASSERT_EQ(f.change == MetricFigure::Change::Same, similar)
            << before << " -> " << after << " tolerance " << limit << " measure " << measure.toStdString();
        if (!similar) {
            const bool better = ratio ? std::abs(std::log(after)) < std::abs(std::log(before)) : after < before;
            ASSERT_EQ(f.change, better ? MetricFigure::Change::Better : MetricFigure::Change::Worse);
        }
        ChangeTolerance wider = tolerance;
        wider.ratio += 0.05;
        wider.points += 1.0;
        const MetricFigure::Change narrow = f.change;
        ChangeJudgement::apply(figures, wider);
        ASSERT_TRUE(figures[1].change == narrow || figures[1].change == MetricFigure::Change::Same);
    }
}

TEST(ChangeJudgement, TheToleranceIsStatedAndCheckedInRange)
{
    EXPECT_EQ(ChangeJudgement::methodSentence(ChangeTolerance{}),
              "A change smaller than 0.05 in a relative likelihood, or than 1 percentage point in a percentage or a "
              "difference, is called similar rather than better or worse; changes are judged on the figures as "
              "printed.");
    ChangeTolerance t;
    EXPECT_TRUE(t.problem().isEmpty());
    t.ratio = 1.5;
    EXPECT_TRUE(t.problem().contains("relative likelihood"));
    t.ratio = 0.05;
    t.points = -1;
    EXPECT_TRUE(t.problem().contains("percentage"));
}

TEST(SmallNumbers, AFigureOnFewerThanTwentyCasesIsFlaggedButNeverAHiddenOne)
{
    // Indicator 3 as it usually is: a handful of BME staff entering the disciplinary process.
    const MetricCounts counts = {counted(3, "2022/23", "White", 41, 5280), counted(3, "2022/23", "BME", 9, 1261)};
    MetricFigures figures = MetricCalculator::compute(counts);
    EXPECT_TRUE(SmallNumbers::applies(figures[0]));
    figures = MetricCalculator::compute(counts, SuppressionRule::defaults());
    ASSERT_TRUE(figures[0].redacted);
    EXPECT_FALSE(SmallNumbers::applies(figures[0])) << "a hidden figure says nothing about its counts";
    figures =
        MetricCalculator::compute({counted(3, "2022/23", "White", 41, 5280), counted(3, "2022/23", "BME", 20, 1261)});
    EXPECT_FALSE(SmallNumbers::applies(figures[0])) << "20 is not fewer than 20";
    figures = MetricCalculator::compute({published(3, "2019/20", 1.62)});
    EXPECT_FALSE(SmallNumbers::applies(figures[0])) << "a published value has no counts to judge";
    EXPECT_EQ(SmallNumbers::sentence({"the relative likelihood"}, "2022/23"),
              "Based on small numbers (fewer than 20 people in a group or in all): the relative likelihood in "
              "2022/23. A change of one or two people moves this figure noticeably.");
    EXPECT_TRUE(SmallNumbers::sentence({}, "2022/23").isEmpty());
}

} // namespace
