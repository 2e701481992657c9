// WDES beside WRES (issue 18): the catalogue, WDES arithmetic as NHS England defines it (WDES 2023
// technical guidance and metrics), WRES indicator 3 on its two-year rolling average, the metrics
// CSV's framework column, and the WDES outputs (CSV, JSON, sentences, charts, redaction).
#include "TestSupport.h"
#include "framework/Framework.h"
#include "metrics/ChangeJudgement.h"
#include "metrics/MetricCalculator.h"
#include "metrics/MetricCharts.h"
#include "metrics/MetricFormat.h"
#include "metrics/MetricReport.h"
#include "metrics/MetricsCsv.h"
#include "metrics/MetricsOutput.h"
#include "metrics/Redaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

MetricCounts fixture()
{
    const auto read = MetricsCsv::read(wres::test::readFile(wres::test::dataPath("wdes/metrics.csv")), "metrics.csv");
    EXPECT_TRUE(read.problems.isEmpty()) << (read.problems.isEmpty() ? "" : read.problems[0].toString().toStdString());
    return read.counts;
}

int wdes(const char* code)
{
    const Indicator* indicator = Framework::wdes().indicatorByCode(QString::fromLatin1(code));
    EXPECT_NE(indicator, nullptr) << code;
    return indicator ? indicator->number : 0;
}

const MetricFigure* find(const MetricFigures& figures, const char* code, const QString& period, const QString& measure,
                         const QString& category = {})
{
    for (const MetricFigure& f : figures)
        if (f.framework == "WDES" && f.indicator == wdes(code) && f.period == period && f.measure == measure &&
            f.category == category)
            return &f;
    return nullptr;
}

MetricCount wdesRow(const char* code, QString period, QString category, QString group, std::optional<qint64> c,
                    std::optional<qint64> t, std::optional<double> v = std::nullopt)
{
    MetricCount m{wdes(code), std::move(period), std::move(category), std::move(group), c, t, v, 0};
    m.framework = "WDES";
    return m;
}

TEST(WdesFramework, MetricsAreReadFromTheCatalogueWithTheirCodesAsWritten)
{
    const Framework& f = Framework::wdes();
    EXPECT_EQ(f.code, "WDES");
    EXPECT_EQ(f.comparisonGroup, "Disabled");
    EXPECT_EQ(f.referenceGroup, "Non-disabled");
    QStringList codes;
    for (const Indicator& i : f.measured())
        codes << i.code;
    EXPECT_EQ(codes,
              (QStringList{"1", "2", "3", "4a(i)", "4a(ii)", "4a(iii)", "4b", "5", "6", "7", "8", "9a", "9b", "10"}));
    // Headings are link targets with no figures of their own.
    for (const char* heading : {"4", "4a", "9"}) {
        ASSERT_NE(f.indicatorByCode(heading), nullptr);
        EXPECT_FALSE(f.indicatorByCode(heading)->hasFigures()) << heading;
    }
    EXPECT_EQ(f.indicatorByCode("4A (ii)"), f.indicatorByCode("4a(ii)")) << "any case, spaces ignored";
    EXPECT_EQ(f.descendants(wdes("4")),
              (QList<int>{wdes("4a"), wdes("4b"), wdes("4a(i)"), wdes("4a(ii)"), wdes("4a(iii)")}));
    EXPECT_EQ(f.ancestors(wdes("4a(i)")), (QList<int>{wdes("4a"), wdes("4")}));
    // Every definition names its numerator, denominator and direction through its kind.
    EXPECT_EQ(f.indicatorByCode("2")->numeratorGroup, "Non-disabled");
    EXPECT_EQ(f.indicatorByCode("3")->numeratorGroup, "Disabled");
    EXPECT_EQ(f.indicatorByCode("3")->rollingYears, 2);
    EXPECT_EQ(f.indicatorByCode("8")->groups, QStringList{"Disabled"});
    EXPECT_EQ(f.indicatorByCode("10")->boardScopes,
              (QStringList{"Board overall", "Voting", "Non-voting", "Executive", "Non-executive"}));
    EXPECT_EQ(f.indicatorByCode("9a")->kind, Indicator::Kind::Score);
    EXPECT_EQ(f.indicatorByCode("9b")->kind, Indicator::Kind::YesNo);
    EXPECT_EQ(Framework::wres().indicator(3)->rollingYears, 2) << "WRES 3 on its defined basis too";
}

TEST(WdesFramework, TheHighImpactActionsAreLinkTargetsOneToSixWithTheirMeasures)
{
    const Framework& hia = Framework::hia();
    EXPECT_TRUE(hia.linkTargetsOnly);
    EXPECT_TRUE(hia.measured().isEmpty());
    QStringList codes;
    for (const Indicator& i : hia.indicators)
        codes << i.code;
    EXPECT_EQ(codes, (QStringList{"1",  "1a", "2",  "2a", "2b", "2c", "2d", "2e", "2f", "3",  "3a", "4",
                                  "4a", "4b", "4c", "5",  "5a", "5b", "5c", "6",  "6a", "6b", "6c"}));
    EXPECT_EQ(hia.ancestors(hia.indicatorByCode("6c")->number), QList<int>{hia.indicatorByCode("6")->number});
}

TEST(WdesFramework, ABadCatalogueIsRefusedNamingWhatIsWrong)
{
    EXPECT_THROW(Framework::fromJson(R"({"framework":"X","indicators":[{"number":100,"code":"1a","parent":"1",
        "short_title":"t","kind":"link"}]})",
                                     "x.json"),
                 std::runtime_error)
        << "a heading must come before what is under it";
    EXPECT_THROW(Framework::fromJson(R"({"framework":"X","indicators":[{"number":1,"short_title":"t","kind":"link"},
        {"number":1,"short_title":"u","kind":"link"}]})",
                                     "x.json"),
                 std::runtime_error);
}

TEST(WdesMetrics, EveryFigureOfTheFixtureAsComputedByHand)
{
    const MetricReport report = MetricReport::build(fixture(), {});
    EXPECT_EQ(MetricsOutput::toCsv(report.figures), wres::test::readFile(wres::test::dataPath("wdes/expected.csv")));
}

TEST(WdesMetrics, Metric1KeepsNotKnownApartAsAShareOfEveryoneInTheBand)
{
    const MetricFigures figures = MetricCalculator::compute(fixture());
    const MetricFigure* disabled = find(figures, "1", "March 2023", "pct_disabled", "Clinical Band 5");
    const MetricFigure* unknown = find(figures, "1", "March 2023", "pct_not_known", "Clinical Band 5");
    ASSERT_TRUE(disabled && unknown);
    EXPECT_DOUBLE_EQ(*disabled->value, 100.0 * 30 / 600) << "the denominator includes not known";
    EXPECT_DOUBLE_EQ(*unknown->value, 100.0 * 60 / 600);
    // A band's three shares add up to the whole band.
    double sum = 0;
    for (const char* measure : {"pct_disabled", "pct_non_disabled", "pct_not_known"})
        sum += *find(figures, "1", "March 2023", measure, "Non-clinical Band 8a")->value;
    EXPECT_DOUBLE_EQ(sum, 100.0);
}

TEST(WdesMetrics, Metric2IsNonDisabledOverDisabledAppointedFromShortlisting)
{
    const MetricFigures figures = MetricCalculator::compute(
        {wdesRow("2", "2022/23", "", "Non-disabled", 400, 2000), wdesRow("2", "2022/23", "", "Disabled", 40, 250)});
    ASSERT_EQ(figures.size(), 1);
    EXPECT_DOUBLE_EQ(*figures[0].value, (400.0 / 2000) / (40.0 / 250));
    EXPECT_EQ(figures[0].parts[0].group, "Non-disabled") << "the reference group first, as reports list them";
    const MetricFigures none = MetricCalculator::compute(
        {wdesRow("2", "2022/23", "", "Non-disabled", 400, 2000), wdesRow("2", "2022/23", "", "Disabled", 0, 250)});
    EXPECT_FALSE(none[0].value.has_value());
    EXPECT_EQ(none[0].unavailable, "no Disabled applicants were appointed");
}

TEST(WdesMetrics, Metric3IsATwoYearRollingAverageWithTheSingleYearBesideIt)
{
    const MetricFigures figures = MetricCalculator::compute(fixture());
    const MetricFigure* rolling = find(figures, "3", "2022/23", "relative_likelihood");
    const MetricFigure* single = find(figures, "3", "2022/23", "relative_likelihood_single_year");
    ASSERT_TRUE(rolling && single);
    // The average of the two years' entries over the average of their headcounts, per group.
    EXPECT_DOUBLE_EQ(*rolling->value, ((3.0 + 5) / (300 + 320)) / ((20.0 + 18) / (4000 + 4100)));
    EXPECT_DOUBLE_EQ(*single->value, (5.0 / 320) / (18.0 / 4100));
    EXPECT_EQ(rolling->parts[1].count, 8);
    EXPECT_EQ(rolling->parts[1].total, 620);
    EXPECT_EQ(rolling->parts[1].label, "Disabled, 2021/22 and 2022/23") << "whose counts, over which years";
    const MetricFigure* first = find(figures, "3", "2021/22", "relative_likelihood");
    ASSERT_TRUE(first);
    EXPECT_FALSE(first->value.has_value()) << "no year before the first";
    EXPECT_EQ(first->unavailable, "the year before 2021/22 is needed for the two-year rolling average");
    // The rolling figure of 2022/23 is compared with the rolling figure before it (none), never the single year.
    EXPECT_FALSE(rolling->previous.has_value());
}

TEST(WdesMetrics, Metric3NeedsTheYearDirectlyBefore)
{
    const MetricFigures figures = MetricCalculator::compute(
        {wdesRow("3", "2020/21", "", "Non-disabled", 20, 4000), wdesRow("3", "2020/21", "", "Disabled", 3, 300),
         wdesRow("3", "2022/23", "", "Non-disabled", 18, 4100), wdesRow("3", "2022/23", "", "Disabled", 5, 320)});
    const MetricFigure* rolling = find(figures, "3", "2022/23", "relative_likelihood");
    ASSERT_TRUE(rolling);
    EXPECT_FALSE(rolling->value.has_value()) << "2020/21 is not the year before 2022/23";
}

TEST(WdesMetrics, SurveyMetricsGiveDisabledAndNonDisabledAndMetric8DisabledOnly)
{
    const MetricFigures figures = MetricCalculator::compute(fixture());
    EXPECT_DOUBLE_EQ(*find(figures, "4a(i)", "2022", "pct_disabled")->value, 30.0);
    EXPECT_DOUBLE_EQ(*find(figures, "4a(i)", "2022", "pct_non_disabled")->value, 20.0);
    EXPECT_DOUBLE_EQ(*find(figures, "8", "2022", "pct_disabled")->value, 75.0);
    EXPECT_EQ(find(figures, "8", "2022", "pct_non_disabled"), nullptr);
}

TEST(WdesMetrics, Metric9aIsAScoreFrom0To10AndMetric9bAYesOrNoWithItsNarrative)
{
    const MetricReport report = MetricReport::build(fixture(), {});
    const MetricFigure* score = find(report.figures, "9a", "2022", "score_disabled");
    ASSERT_TRUE(score);
    EXPECT_DOUBLE_EQ(*score->value, 6.6);
    EXPECT_TRUE(find(report.figures, "9a", "2022", "score_organisation"));
    const MetricFigure* answer = find(report.figures, "9b", "2023", "yes_no");
    ASSERT_TRUE(answer);
    EXPECT_EQ(MetricFormat::value(*answer), "Yes");
    EXPECT_TRUE(answer->note.startsWith("Disability staff network co-chairs"));
    const QString sentence = report.sentence(*Framework::wdes().indicatorByCode("9b"));
    EXPECT_TRUE(sentence.contains("answered Yes: Disability staff network")) << sentence.toStdString();
    const QString engagement = report.sentence(*Framework::wdes().indicatorByCode("9a"));
    EXPECT_EQ(engagement, "In the 2022 Staff Survey, the engagement score of Disabled staff was 6.6 out of 10, "
                          "against 7.0 for non-disabled staff and 6.9 for the organisation.");
}

TEST(WdesMetrics, Metric10IsTheBoardShareMinusTheWorkforceShareForEveryScope)
{
    const MetricFigures figures = MetricCalculator::compute(fixture());
    EXPECT_DOUBLE_EQ(*find(figures, "10", "March 2023", "difference", "Non-voting")->value, 25.0 - 5.0);
    EXPECT_DOUBLE_EQ(*find(figures, "10", "March 2023", "difference", "Non-executive")->value, 100.0 * 2 / 7 - 5.0);
    EXPECT_EQ(find(figures, "10", "March 2023", "difference", "Voting")->parts[0].label, "Board");
}

TEST(WdesMetrics, SentencesReadAsPublishedReportsDo)
{
    const MetricReport report = MetricReport::build(fixture(), {});
    const Framework& f = Framework::wdes();
    EXPECT_EQ(report.sentence(*f.indicatorByCode("2")),
              "In 2022/23, non-disabled applicants were 1.25 times more likely than Disabled applicants to be "
              "appointed from shortlisting (20.0% against 16.0%).");
    EXPECT_EQ(report.sentence(*f.indicatorByCode("3")),
              "In the two years to 2022/23, Disabled staff were 2.75 times more likely than non-disabled staff to "
              "enter the formal capability process (1.3% against 0.5%); in 2022/23 alone, 3.56.");
    EXPECT_EQ(report.sentence(*f.indicatorByCode("1")),
              "Disabled staff were 5.0% of the workforce in March 2023; 8.0% of staff had not said whether they are "
              "disabled.");
    EXPECT_TRUE(report.sentence(*f.indicatorByCode("4a(ii)"))
                    .startsWith("In the 2022 Staff Survey, 15.0% of Disabled staff experienced harassment, bullying "
                                "or abuse from managers, against 10.0% of non-disabled staff"));
}

TEST(WdesMetrics, ChartsAreDataForEveryMetricWithFigures)
{
    const MetricReport report = MetricReport::build(fixture(), {});
    const Framework& f = Framework::wdes();
    const ChartData rolling = MetricCharts::build(report, *f.indicatorByCode("3"), MetricCharts::View::Main);
    ASSERT_EQ(rolling.series.size(), 2);
    EXPECT_EQ(rolling.series[0].name, "Relative likelihood (two-year rolling average)");
    EXPECT_EQ(rolling.series[1].name, "Single year");
    EXPECT_EQ(rolling.title, "WDES 3: relative likelihood of disabled staff entering the formal capability process");
    EXPECT_EQ(MetricCharts::build(report, *f.indicatorByCode("2"), MetricCharts::View::Main).title,
              "WDES 2: relative likelihood of non-disabled applicants being appointed from shortlisting");
    EXPECT_FALSE(rolling.series[0].values[0].has_value());
    const ChartData bands = MetricCharts::build(report, *f.indicatorByCode("1"), MetricCharts::View::ByBand);
    EXPECT_EQ(bands.title, "WDES 1: Disabled staff by band, March 2023");
    EXPECT_EQ(bands.categories, (QStringList{"Clinical Band 5", "Non-clinical Band 8a"}));
    const ChartData board = MetricCharts::build(report, *f.indicatorByCode("10"), MetricCharts::View::Main);
    EXPECT_EQ(board.series.size(), 5);
    const ChartData scores = MetricCharts::build(report, *f.indicatorByCode("9a"), MetricCharts::View::Main);
    EXPECT_LE(scores.axisMax, 10.0);
    EXPECT_TRUE(MetricCharts::viewsOf(*f.indicatorByCode("9b")).isEmpty()) << "a yes or no is told, not drawn";
}

TEST(WdesMetrics, TargetsAreDrawnOnTheirOwnFrameworksChartOnly)
{
    MetricTarget target{wdes("1"), "Overall", "pct_disabled", 6.0, "Trust ambition", "2025", "WDES"};
    const MetricReport report = MetricReport::build(fixture(), {target});
    const ChartData trend =
        MetricCharts::build(report, *Framework::wdes().indicatorByCode("1"), MetricCharts::View::Trend);
    ASSERT_EQ(trend.lines.size(), 1);
    EXPECT_EQ(trend.lines[0].name, "Target 6.0 by 2025 (Trust ambition)");
    const ChartData wres = MetricCharts::build(report, 1, MetricCharts::View::Trend);
    EXPECT_TRUE(wres.lines.isEmpty()) << "WRES indicator 1 does not take WDES metric 1's target";
}

TEST(WdesMetrics, SimilarIsJudgedWithTheSameTolerancesAndAScoreOfATenth)
{
    // Figures come in catalogue order: 4a(i) (2021, 2022), then 9a (2021, 2022).
    MetricCounts counts{wdesRow("9a", "2021", "", "Disabled", std::nullopt, 400, 6.60),
                        wdesRow("9a", "2022", "", "Disabled", std::nullopt, 400, 6.65), // shown 6.6 -> 6.7
                        wdesRow("4a(i)", "2021", "", "Disabled", 120, 400),
                        wdesRow("4a(i)", "2022", "", "Disabled", 122, 400)}; // 30.0% -> 30.5%
    MetricFigures figures = MetricCalculator::compute(counts);
    for (const MetricFigure& f : figures) {
        if (f.previous) {
            EXPECT_EQ(f.change, MetricFigure::Change::Same) << f.measure.toStdString();
        }
    }
    counts[1].value = 6.8;
    counts[3].count = 140;
    figures = MetricCalculator::compute(counts);
    EXPECT_EQ(figures[3].measure, "score_disabled");
    EXPECT_EQ(figures[3].change, MetricFigure::Change::Better) << "a higher engagement score is better";
    EXPECT_EQ(figures[1].change, MetricFigure::Change::Worse) << "more harassment is worse";
}

TEST(WdesMetrics, RedactionHidesSmallWdesCountsAndProtectsEachBandsGroups)
{
    const SuppressionRule rule = SuppressionRule::defaults(); // WRES 9, and so WDES 10, published in full
    const MetricReport report = MetricReport::build(fixture(), {}, rule);
    // Non-clinical 8a: 4 Disabled and 6 not known are hidden. The Disabled column then has one band
    // hidden, so Clinical Band 5's Disabled share is hidden too (the one before it). That leaves one
    // hidden group in Clinical Band 5; of its other groups, not known also protects the not-known
    // column (one band hidden there), so it is the one taken. Non-disabled is shown throughout.
    for (const char* band : {"Clinical Band 5", "Non-clinical Band 8a"}) {
        EXPECT_TRUE(find(report.figures, "1", "March 2023", "pct_disabled", band)->redacted) << band;
        EXPECT_TRUE(find(report.figures, "1", "March 2023", "pct_not_known", band)->redacted) << band;
        EXPECT_FALSE(find(report.figures, "1", "March 2023", "pct_non_disabled", band)->redacted) << band;
    }
    EXPECT_FALSE(find(report.figures, "1", "March 2023", "pct_disabled", "Overall")->redacted);
    // No whole is left with exactly one hidden part.
    QHash<QString, int> hiddenParts;
    for (const MetricFigure& f : report.figures)
        for (const QString& whole : Redaction::wholesOf(f))
            hiddenParts[whole] += f.redacted ? 1 : 0;
    for (auto it = hiddenParts.constBegin(); it != hiddenParts.constEnd(); ++it)
        EXPECT_NE(it.value(), 1) << it.key().toStdString();
    // One hidden group in a band is protected by hiding a second.
    MetricCounts one = fixture();
    for (MetricCount& m : one)
        if (m.indicator == wdes("1") && m.category == "Non-clinical Band 8a" && m.group == "Not known")
            m.count = 16, m.total = 60;
    for (MetricCount& m : one)
        if (m.indicator == wdes("1") && m.category == "Non-clinical Band 8a" && m.group != "Not known")
            m.total = 60;
    const MetricReport single = MetricReport::build(one, {}, rule);
    EXPECT_TRUE(find(single.figures, "1", "March 2023", "pct_disabled", "Non-clinical Band 8a")->redacted);
    EXPECT_TRUE(find(single.figures, "1", "March 2023", "pct_non_disabled", "Non-clinical Band 8a")->redacted)
        << "the next group of the band, so 4 is not 60 - 40 - 16";
    EXPECT_FALSE(find(single.figures, "1", "March 2023", "pct_not_known", "Non-clinical Band 8a")->redacted);
    // Metric 3: a count below 10 in either year hides the rolling figure and the year's own.
    EXPECT_TRUE(find(report.figures, "3", "2022/23", "relative_likelihood")->redacted);
    EXPECT_TRUE(find(report.figures, "3", "2022/23", "relative_likelihood_single_year")->redacted);
    // Metric 10 is board membership: published in full while WRES 9 is.
    EXPECT_FALSE(find(report.figures, "10", "March 2023", "difference", "Non-voting")->redacted);
    SuppressionRule none;
    none.exempt.clear();
    const MetricReport hidden = MetricReport::build(fixture(), {}, none);
    EXPECT_TRUE(find(hidden.figures, "10", "March 2023", "difference", "Non-voting")->redacted)
        << "--exempt none hides the WDES board too";
    // Hidden figures carry nothing.
    for (const MetricFigure& f : report.figures)
        if (f.redacted) {
            EXPECT_FALSE(f.value.has_value());
            EXPECT_TRUE(f.parts.isEmpty());
        }
}

TEST(WdesMetrics, WresIndicator3HeadlinesItsTwoYearRollingAverageAndOtherIndicatorsDoNotChange)
{
    auto row = [](int indicator, const char* period, const char* group, qint64 c, qint64 t) {
        return MetricCount{indicator, period, {}, group, c, t, std::nullopt, 0};
    };
    const MetricFigures figures =
        MetricCalculator::compute({row(3, "2021/22", "White", 40, 5000), row(3, "2021/22", "BME", 16, 1000),
                                   row(3, "2022/23", "White", 30, 5200), row(3, "2022/23", "BME", 20, 1100),
                                   row(2, "2022/23", "White", 300, 2000), row(2, "2022/23", "BME", 100, 1000)});
    ASSERT_EQ(figures.size(), 5);
    EXPECT_EQ(figures[0].measure, "relative_likelihood"); // indicator 2 first, alone, as before
    EXPECT_DOUBLE_EQ(*figures[0].value, 1.5);
    EXPECT_EQ(figures[1].measure, "relative_likelihood"); // 2021/22: no year before it
    EXPECT_FALSE(figures[1].value.has_value());
    EXPECT_DOUBLE_EQ(*figures[2].value, 2.0); // 2021/22 alone
    EXPECT_EQ(figures[2].measure, "relative_likelihood_single_year");
    EXPECT_DOUBLE_EQ(*figures[3].value, ((16.0 + 20) / (1000 + 1100)) / ((40.0 + 30) / (5000 + 5200)));
    EXPECT_DOUBLE_EQ(*figures[4].value, (20.0 / 1100) / (30.0 / 5200));
    EXPECT_DOUBLE_EQ(*figures[4].previous, 2.0) << "the single year is compared with the single year";
}

TEST(WdesMetricsCsv, AFileWithoutAFrameworkColumnIsWresAsBefore)
{
    const auto read =
        MetricsCsv::read("indicator,period,category,group,count,total,value\n2,2021/22,,White,1,2,\n", "old.csv");
    ASSERT_TRUE(read.problems.isEmpty());
    EXPECT_EQ(read.counts[0].framework, "WRES");
    EXPECT_EQ(read.counts[0].indicator, 2);
    // Writing WRES counts gives the seven columns of the contract; WDES ones add framework (and note).
    EXPECT_TRUE(MetricsCsv::write(read.counts).startsWith("indicator,period,category,group,count,total,value\r\n"));
    const QByteArray both = MetricsCsv::write(fixture());
    EXPECT_TRUE(both.startsWith("indicator,period,category,group,count,total,value,framework,note\r\n"));
    const auto again = MetricsCsv::read(both, "again.csv");
    ASSERT_TRUE(again.problems.isEmpty());
    EXPECT_EQ(again.counts, fixture()) << "written and read back, the same counts";
}

TEST(WdesMetricsCsv, EveryProblemIsReportedWithLineAndColumnAndNothingIsRead)
{
    const QByteArray bad = "framework,indicator,period,category,group,count,total,value,note\n"
                           "WDES,4a,2022,,Disabled,1,2,,\n"             // 2: a heading
                           "WDES,11,2022,,Disabled,1,2,,\n"             // 3: no such metric
                           "HIA,2a,2022,,,,,1,\n"                       // 4: link targets only
                           "WDES,8,2022,,Non-disabled,1,2,,\n"          // 5: 8 is Disabled only
                           "WDES,9a,2022,,Disabled,3,400,6.6,\n"        // 6: a score has no count
                           "WDES,9a,2021,,Disabled,,400,11,\n"          // 7: 0 to 10
                           "WDES,9b,2022,,,,,Maybe,\n"                  // 8: yes or no
                           "WDES,2,2022,,Disabled,1,2,,a note\n"        // 9: only 9b takes a note
                           "WDES,10,March 2023,Deputy,Disabled,1,2,,\n" // 10: not a board scope
                           "WDES,1,March 2023,,Disabled,1,2,,\n"        // 11: needs the band
                           "WDES,1,March 2023,Overall,BME,1,2,,\n"      // 12: not a WDES group
                           "WRES,1,March 2023,Overall,Disabled,1,2,,\n" // 13: not a WRES group
                           "Wdes,4A (i),2022,,Disabled,1,2,,\n";        // 14: fine: any case, spaces
    const auto read = MetricsCsv::read(bad, "bad.csv");
    QStringList where;
    for (const Problem& p : read.problems)
        where << QStringLiteral("%1:%2").arg(p.line).arg(p.column);
    EXPECT_EQ(where, (QStringList{"2:indicator", "3:indicator", "4:framework", "5:group", "6:count", "7:value",
                                  "8:value", "9:note", "10:category", "11:category", "12:group", "13:group"}));
    EXPECT_TRUE(read.counts.isEmpty()) << "all or nothing";
    EXPECT_EQ(read.problems[0].toString(),
              "bad.csv:2: indicator: '4a' is a heading of WDES; give one of 4a(i), 4a(ii), 4a(iii)");
    EXPECT_EQ(read.problems[1].toString().left(40), "bad.csv:3: indicator: '11' is not a WDES");
}

TEST(WdesOutputs, JsonNamesTheFrameworkAndTheMetricAsWritten)
{
    const MetricReport report = MetricReport::build(fixture(), {});
    const QJsonArray rows = QJsonDocument::fromJson(MetricsOutput::toJson(report.figures)).array();
    QJsonObject answer;
    for (const QJsonValue& v : rows)
        if (v.toObject().value("measure") == "yes_no")
            answer = v.toObject();
    EXPECT_EQ(answer.value("indicator").toString(), "WDES 9b");
    EXPECT_EQ(answer.value("framework").toString(), "WDES");
    EXPECT_EQ(answer.value("shown").toString(), "Yes");
    EXPECT_TRUE(answer.value("note").toString().startsWith("Disability staff network"));
    // Both frameworks in one CSV: WDES rows name their framework, WRES rows stay bare numbers.
    MetricCounts both{MetricCount{2, "2022/23", {}, "White", 300, 2000, std::nullopt, 0},
                      MetricCount{2, "2022/23", {}, "BME", 100, 1000, std::nullopt, 0}};
    both << fixture();
    const MetricFigures mixed = MetricCalculator::compute(both);
    const QByteArray csv = MetricsOutput::toCsv(mixed, MetricsOutput::Naming::Qualified);
    EXPECT_TRUE(csv.contains("\r\n2,2022/23,,relative_likelihood,1.50\r\n"));
    EXPECT_TRUE(csv.contains("\r\nWDES 4a(i),2022,,pct_disabled,30.0\r\n"));
}

} // namespace
