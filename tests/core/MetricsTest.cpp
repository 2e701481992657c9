#include "metrics/MetricCalculator.h"
#include "metrics/MetricFormat.h"
#include "metrics/MetricsCsv.h"
#include "metrics/MetricsOutput.h"
#include "metrics/Narrative.h"

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

MetricCount count(int indicator, QString period, QString category, QString group, std::optional<qint64> c,
                  std::optional<qint64> t, std::optional<double> v = std::nullopt)
{
    return MetricCount{indicator, std::move(period), std::move(category), std::move(group), c, t, v, 0};
}

// The WRES rule with no indicator published in full, as these tests were written for.
SuppressionRule belowTen()
{
    SuppressionRule rule;
    rule.exempt.clear();
    return rule;
}

const MetricFigure& only(const MetricFigures& figures, int indicator, const QString& period, const QString& measure,
                         const QString& category = QString())
{
    for (const MetricFigure& f : figures)
        if (f.indicator == indicator && f.period == period && f.measure == measure && f.category == category)
            return f;
    throw std::runtime_error("figure not found: " + measure.toStdString());
}

TEST(MetricCalculator, Indicator2IsWhiteOverBmeAsInTheIllustration)
{
    const auto figures = MetricCalculator::compute(
        {count(2, "2020/21", "", "White", 300, 2000), count(2, "2020/21", "", "BME", 100, 1000)});
    ASSERT_EQ(figures.size(), 1);
    EXPECT_DOUBLE_EQ(*figures[0].value, 1.5);
    EXPECT_EQ(MetricFormat::value(figures[0]), "1.50");
    EXPECT_FALSE(figures[0].published);
}

TEST(MetricCalculator, Indicator3IsBmeOverWhite)
{
    const auto figures = MetricCalculator::compute(
        {count(3, "2021/22", "", "White", 40, 5000), count(3, "2021/22", "", "BME", 16, 1000)});
    EXPECT_DOUBLE_EQ(*figures[0].value, (16.0 / 1000) / (40.0 / 5000)); // 2.0
    EXPECT_EQ(MetricFormat::value(figures[0]), "2.00");
}

TEST(MetricCalculator, Indicator4IsWhiteOverBme)
{
    const auto figures = MetricCalculator::compute(
        {count(4, "2021/22", "", "White", 2600, 5000), count(4, "2021/22", "", "BME", 400, 1000)});
    EXPECT_DOUBLE_EQ(*figures[0].value, 0.52 / 0.4);
}

TEST(MetricCalculator, Indicator1IsBmeShareOfKnownEthnicityPerBand)
{
    const auto figures = MetricCalculator::compute({count(1, "March 2022", "Clinical Band 5", "BME", 596, 3842),
                                                    count(1, "March 2022", "Overall", "BME", 900, 5000)});
    EXPECT_EQ(MetricFormat::value(only(figures, 1, "March 2022", "pct_bme", "Clinical Band 5")), "15.5");
    EXPECT_EQ(MetricFormat::countsText(figures[0].parts[0], false), "596 out of 3842");
}

TEST(MetricCalculator, SurveyIndicatorsGiveOnePercentagePerGroup)
{
    const auto figures =
        MetricCalculator::compute({count(5, "2021", "", "White", 500, 2000), count(5, "2021", "", "BME", 150, 500),
                                   count(5, "2021", "", "Asian", 60, 250)});
    EXPECT_EQ(MetricFormat::value(only(figures, 5, "2021", "pct_white")), "25.0");
    EXPECT_EQ(MetricFormat::value(only(figures, 5, "2021", "pct_bme")), "30.0");
    EXPECT_EQ(MetricFormat::value(only(figures, 5, "2021", "pct_asian")), "24.0");
}

TEST(MetricCalculator, Indicator9IsBoardShareMinusWorkforceShareSigned)
{
    const auto figures = MetricCalculator::compute({count(9, "March 2022", "Board overall", "BME", 2, 16),
                                                    count(9, "March 2022", "Workforce", "BME", 1500, 7500)});
    const auto& f = only(figures, 9, "March 2022", "difference", "Board overall");
    EXPECT_DOUBLE_EQ(*f.value, 12.5 - 20.0);
    EXPECT_EQ(MetricFormat::value(f), "-7.5");
    const auto up = MetricCalculator::compute(
        {count(9, "March 2022", "Voting", "BME", 3, 10), count(9, "March 2022", "Workforce", "BME", 1500, 7500)});
    EXPECT_EQ(MetricFormat::value(up[0]), "+10.0");
}

TEST(MetricCalculator, ZeroDenominatorsGiveADashWithTheReasonNeverNanOrInf)
{
    auto figures = MetricCalculator::compute(
        {count(2, "2021/22", "", "White", 300, 2000), count(2, "2021/22", "", "BME", 0, 1000)});
    EXPECT_FALSE(figures[0].value.has_value());
    EXPECT_EQ(figures[0].unavailable, "no BME applicants were appointed");
    EXPECT_EQ(MetricFormat::value(figures[0]), "-");
    figures =
        MetricCalculator::compute({count(2, "2021/22", "", "White", 0, 0), count(2, "2021/22", "", "BME", 5, 100)});
    EXPECT_EQ(figures[0].unavailable, "no White applicants were shortlisted");
    figures = MetricCalculator::compute({count(1, "March 2022", "Medical Consultant", "BME", 0, 0)});
    EXPECT_EQ(MetricFormat::value(figures[0]), "-");
    EXPECT_FALSE(MetricsOutput::toCsv(figures).contains("nan"));
    EXPECT_FALSE(MetricsOutput::toJson(figures).contains("inf"));
}

TEST(MetricCalculator, AZeroCountIsAFigureNotAnError)
{
    const auto figures = MetricCalculator::compute(
        {count(3, "2021/22", "", "White", 40, 5000), count(3, "2021/22", "", "BME", 0, 1000)});
    EXPECT_EQ(MetricFormat::value(figures[0]), "0.00");
}

TEST(MetricFormat, RoundsHalfAwayFromZeroOnlyForDisplay)
{
    EXPECT_EQ(MetricFormat::number(2.345, 2), "2.35");
    EXPECT_EQ(MetricFormat::number(1.005, 2), "1.01");
    EXPECT_EQ(MetricFormat::number(0.125, 2), "0.13");
    EXPECT_EQ(MetricFormat::number(-0.05, 1), "-0.1");
    EXPECT_EQ(MetricFormat::number(-0.04, 1), "0.0") << "no negative zero";
    EXPECT_EQ(MetricFormat::number(15.45, 1), "15.5");
    EXPECT_EQ(MetricFormat::number(3.0, 1, true), "+3.0");
}

TEST(MetricCalculator, PeriodsAreOrderedByTheirFirstYear)
{
    const auto figures =
        MetricCalculator::compute({count(2, "2021/22", "", "White", 30, 200), count(2, "2021/22", "", "BME", 10, 100),
                                   count(2, "2019/20", "", "White", 30, 200), count(2, "2019/20", "", "BME", 15, 100),
                                   count(2, "2020/21", "", "White", 30, 200), count(2, "2020/21", "", "BME", 12, 100)});
    ASSERT_EQ(figures.size(), 3);
    EXPECT_EQ(figures[0].period, "2019/20");
    EXPECT_EQ(figures[1].period, "2020/21");
    EXPECT_EQ(figures[2].period, "2021/22");
    EXPECT_TRUE(periodBefore("March 2021", "March 2022"));
    EXPECT_TRUE(periodBefore("2021", "March 2022"));
    EXPECT_FALSE(periodBefore("2022/23", "2021/22"));
}

TEST(MetricCalculator, ChangeIsJudgedByTheIndicatorsDirection)
{
    auto figures = MetricCalculator::compute(
        {count(2, "2020/21", "", "White", 146, 1000), count(2, "2020/21", "", "BME", 100, 1000),
         count(2, "2021/22", "", "White", 179, 1000), count(2, "2021/22", "", "BME", 100, 1000)});
    EXPECT_EQ(figures[1].change, MetricFigure::Change::Worse) << "1.79 is further from 1.00 than 1.46";
    EXPECT_DOUBLE_EQ(*figures[1].previous, 1.46);
    figures = MetricCalculator::compute({count(7, "2020", "", "BME", 30, 100), count(7, "2021", "", "BME", 35, 100)});
    EXPECT_EQ(figures[1].change, MetricFigure::Change::Better) << "higher is better for indicator 7";
    figures = MetricCalculator::compute({count(8, "2020", "", "BME", 30, 100), count(8, "2021", "", "BME", 35, 100)});
    EXPECT_EQ(figures[1].change, MetricFigure::Change::Worse) << "lower is better for indicator 8";
}

TEST(MetricCalculator, ValueOnlyRowsForYearsRedactedAtSource)
{
    const auto figures = MetricCalculator::compute(
        {count(3, "2019/20", "", "", std::nullopt, std::nullopt, 1.62), count(3, "2020/21", "", "White", 40, 5000),
         count(3, "2020/21", "", "BME", 16, 1000), count(5, "2019", "", "BME", std::nullopt, std::nullopt, 29.0)});
    EXPECT_DOUBLE_EQ(*figures[0].value, 1.62);
    EXPECT_TRUE(figures[0].published);
    EXPECT_EQ(figures[1].change, MetricFigure::Change::Worse);
    EXPECT_EQ(MetricFormat::value(only(figures, 5, "2019", "pct_bme")), "29.0");
}

TEST(Redaction, AFigureRestingOnASmallCountIsRAndSoIsTheNextPartListed)
{
    const MetricCounts counts = {
        count(1, "March 2022", "Band 2", "BME", 120, 500), count(1, "March 2022", "Band 8a", "BME", 25, 200),
        count(1, "March 2022", "Band 9", "BME", 3, 20), count(1, "March 2022", "Overall", "BME", 148, 720)};
    const auto figures = MetricCalculator::compute(counts, belowTen());
    EXPECT_TRUE(only(figures, 1, "March 2022", "pct_bme", "Band 9").redacted);
    EXPECT_TRUE(only(figures, 1, "March 2022", "pct_bme", "Band 8a").redacted)
        << "else Band 9's 3 = 148 - 120 - 25 could be worked out from the overall (Band 9 is last: the one before)";
    EXPECT_FALSE(only(figures, 1, "March 2022", "pct_bme", "Band 2").redacted);
    EXPECT_FALSE(only(figures, 1, "March 2022", "pct_bme", "Overall").redacted);
    EXPECT_EQ(MetricFormat::value(only(figures, 1, "March 2022", "pct_bme", "Band 9")), "R");
    const QByteArray json = MetricsOutput::toJson(figures);
    EXPECT_FALSE(json.contains("\"count\": 3")) << "no redacted count in the output";
    EXPECT_FALSE(json.contains("\"count\": 25"));
}

TEST(Redaction, RatiosAndBoardFiguresRestOnEveryCountBehindThem)
{
    auto figures = MetricCalculator::compute(
        {count(3, "2022/23", "", "White", 41, 5280), count(3, "2022/23", "", "BME", 9, 1261)}, belowTen());
    EXPECT_TRUE(figures[0].redacted);
    figures = MetricCalculator::compute(
        {count(9, "March 2023", "Voting", "BME", 2, 12), count(9, "March 2023", "Workforce", "BME", 1261, 6637)},
        belowTen());
    EXPECT_TRUE(figures[0].redacted);
    EXPECT_EQ(MetricsOutput::toCsv(figures), QByteArray("indicator,period,category,measure,value\r\n"
                                                        "9,March 2023,Voting,difference,R\r\n"));
}

TEST(Redaction, SurveySubgroupsProtectEachOther)
{
    const auto figures =
        MetricCalculator::compute({count(8, "2022", "", "BME", 80, 500), count(8, "2022", "", "Asian", 40, 250),
                                   count(8, "2022", "", "Black", 25, 150), count(8, "2022", "", "Mixed", 11, 60),
                                   count(8, "2022", "", "Other", 4, 40)},
                                  belowTen());
    EXPECT_TRUE(only(figures, 8, "2022", "pct_other").redacted);
    EXPECT_TRUE(only(figures, 8, "2022", "pct_mixed").redacted);
    EXPECT_FALSE(only(figures, 8, "2022", "pct_black").redacted);
    EXPECT_FALSE(only(figures, 8, "2022", "pct_bme").redacted);
}

TEST(Redaction, AHiddenFigureGivesNoPreviousValueToTheNextPeriod)
{
    const auto figures = MetricCalculator::compute(
        {count(2, "2020/21", "", "White", 300, 2000), count(2, "2020/21", "", "BME", 5, 100),
         count(2, "2021/22", "", "White", 300, 2000), count(2, "2021/22", "", "BME", 50, 1000)},
        belowTen());
    EXPECT_TRUE(figures[0].redacted);
    EXPECT_FALSE(figures[1].previous.has_value());
    EXPECT_EQ(figures[1].change, MetricFigure::Change::None);
    const QString narrative = Narrative::forIndicator(2, figures);
    EXPECT_FALSE(narrative.contains("2020/21")) << narrative.toStdString();
}

TEST(Narrative, ReadsLikeAPublishedReport)
{
    const auto figures = MetricCalculator::compute(
        {count(2, "2020/21", "", "White", 146, 1000), count(2, "2020/21", "", "BME", 100, 1000),
         count(2, "2021/22", "", "White", 155, 1000), count(2, "2021/22", "", "BME", 8659, 99528)});
    EXPECT_EQ(Narrative::forIndicator(2, figures),
              "In 2021/22, White applicants were 1.78 times more likely than BME applicants to be appointed from "
              "shortlisting (15.5% against 8.7%), worse than 1.46 in 2020/21.");
    EXPECT_EQ(Narrative::forIndicator(4, figures), "No figures recorded for indicator 4.");
}

// The metrics CSV: every bad value named, nothing kept.

TEST(MetricsCsv, ReadsTheContractWithRAndBame)
{
    const auto result = MetricsCsv::read("indicator,period,category,group,count,total,value\r\n"
                                         "2,2021/22,,White,155,1000,\r\n"
                                         "2,2021/22,,BAME,R,R,8.7\r\n"
                                         "9,March 2022,board overall,BME,1,12,\r\n"
                                         "3,2019/20,,,,,1.62\r\n",
                                         "m.csv");
    ASSERT_TRUE(result.problems.isEmpty()) << result.problems.front().toString().toStdString();
    ASSERT_EQ(result.counts.size(), 4);
    EXPECT_EQ(result.counts[1].group, "BME");
    EXPECT_FALSE(result.counts[1].count.has_value());
    EXPECT_DOUBLE_EQ(*result.counts[1].value, 8.7);
    EXPECT_EQ(result.counts[2].category, "Board overall");
    const QByteArray written = MetricsCsv::write(result.counts);
    EXPECT_TRUE(written.startsWith("indicator,period,category,group,count,total,value\r\n"));
    auto again = MetricsCsv::read(written, "again.csv").counts;
    for (MetricCount& m : again)
        m.line = 0;
    MetricCounts expected = result.counts;
    for (MetricCount& m : expected)
        m.line = 0;
    EXPECT_EQ(again, expected);
}

TEST(MetricsCsv, EveryProblemIsReportedWithLineAndColumn)
{
    const auto result = MetricsCsv::read("indicator,period,category,group,count,total,value\r\n"
                                         "12,2021/22,,White,1,2,\r\n"
                                         "2,2021/22,,White,30,20,\r\n"
                                         "2,2021/22,,BME,-4,20,\r\n"
                                         "2,2021/22,,BME,four,20,\r\n"
                                         "2,2021/22,,Asian,4,20,\r\n"
                                         "4,2021/22,,BME,2.5,20,\r\n"
                                         "5,2021,,White,1,20,\r\n"
                                         "5,2021,,White,1,20,\r\n"
                                         "1,March 2022,,BME,1,20,\r\n"
                                         "6,sometime,,BME,1,20,\r\n",
                                         "m.csv");
    QStringList lines;
    for (const Problem& p : result.problems)
        lines << p.toString();
    const QString all = lines.join('\n');
    EXPECT_TRUE(all.contains("m.csv:2: indicator: '12' is not a WRES indicator")) << all.toStdString();
    EXPECT_TRUE(all.contains("m.csv:3: count: the count 30 is more than its total 20"));
    EXPECT_TRUE(all.contains("m.csv:4: count: '-4' is negative"));
    EXPECT_TRUE(all.contains("m.csv:5: count: 'four' is not a number"));
    EXPECT_TRUE(all.contains("m.csv:6: group: indicator 2 does not use the group Asian"));
    EXPECT_TRUE(all.contains("m.csv:7: count: '2.5' is not a whole number"));
    EXPECT_TRUE(all.contains("m.csv:9: the same indicator, period, category and group as line 8"));
    EXPECT_TRUE(all.contains("m.csv:10: category: indicator 1 needs the band"));
    EXPECT_TRUE(all.contains("m.csv:11: period: 'sometime' has no four-digit year"));
    EXPECT_TRUE(result.counts.isEmpty());
}

} // namespace
