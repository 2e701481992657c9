#include "metrics/MetricReport.h"

#include "metrics/MetricCharts.h"
#include "metrics/MetricFormat.h"
#include "metrics/MetricsOutput.h"

#include <gtest/gtest.h>

using namespace wres::core;
using Preset = SuppressionRule::Preset;

namespace {

MetricCount count(int indicator, QString period, QString category, QString group, std::optional<qint64> c,
                  std::optional<qint64> t, std::optional<double> v = std::nullopt)
{
    return MetricCount{indicator, std::move(period), std::move(category), std::move(group), c, t, v, 0};
}

SuppressionRule ruleOf(Preset preset, QList<int> exempt = {9})
{
    SuppressionRule rule;
    rule.preset = preset;
    rule.exempt = std::move(exempt);
    return rule;
}

const MetricFigure* find(const MetricFigures& figures, const QString& period, const QString& category,
                         const QString& measure = "pct_bme")
{
    for (const MetricFigure& f : figures)
        if (f.period == period && f.category == category && f.measure == measure)
            return &f;
    return nullptr;
}

// The issue's case: Non-clinical 8a at 30/100 shown, Clinical 8b at 3/20 hidden (and a second
// hidden band, so nothing else is hidden with it).
MetricCounts seniorCase(qint64 hiddenCount = 3, qint64 hiddenTotal = 20)
{
    return {count(1, "March 2023", "Non-clinical Band 5", "BME", 120, 600),
            count(1, "March 2023", "Non-clinical Band 8a", "BME", 30, 100),
            count(1, "March 2023", "Clinical Band 5", "BME", 300, 1500),
            count(1, "March 2023", "Clinical Band 8b", "BME", hiddenCount, hiddenTotal),
            count(1, "March 2023", "Medical Trainee grade", "BME", 5, 11),
            count(1, "March 2023", "Overall", "BME", 458, 2231)};
}

TEST(MetricReport, Band8aAndAboveIsHiddenWhenABandItAddsUpIsHidden)
{
    const MetricReport full = MetricReport::build(seniorCase(), {});
    ASSERT_EQ(full.derived.size(), 1);
    EXPECT_EQ(MetricFormat::value(full.derived[0]), "27.5") << "33 of 120, in the full version";
    for (qint64 c : {0, 3, 4, 9}) {
        const MetricReport shown = MetricReport::build(seniorCase(c, 20 + c), {}, ruleOf(Preset::Wres));
        ASSERT_EQ(shown.derived.size(), 1);
        EXPECT_TRUE(shown.derived[0].redacted) << "Clinical Band 8b is hidden";
        EXPECT_FALSE(shown.derived[0].value.has_value());
        EXPECT_EQ(MetricFormat::value(shown.derived[0]), "R");
    }
    // When every senior band is shown, the sum of the shown counts is published.
    MetricCounts allShown = seniorCase(12, 20);
    allShown[4].count = 15;
    allShown[4].total = 31;
    const MetricReport open = MetricReport::build(allShown, {}, ruleOf(Preset::Wres));
    EXPECT_EQ(MetricFormat::value(open.derived[0]), "35.0") << "42 of 120";
}

TEST(MetricReport, TheSecondHiddenPartIsChosenByPlaceNotSize)
{
    // Band 9 (3) is hidden; the next band listed, Band 2, is hidden with it, not the smaller Band 8a.
    auto counts = [](qint64 band2) {
        return MetricCounts{
            count(1, "March 2022", "Band 8a", "BME", 25, 200), count(1, "March 2022", "Band 9", "BME", 3, 20),
            count(1, "March 2022", "Band 2", "BME", band2, 500), count(1, "March 2022", "Overall", "BME", 148, 720)};
    };
    const MetricReport report = MetricReport::build(counts(120), {}, ruleOf(Preset::Wres));
    EXPECT_TRUE(find(report.figures, "March 2022", "Band 9")->redacted);
    EXPECT_TRUE(find(report.figures, "March 2022", "Band 2")->redacted);
    EXPECT_FALSE(find(report.figures, "March 2022", "Band 8a")->redacted);
    // Whatever Band 2 holds, the same cells are hidden: the choice tells nothing about its size.
    for (qint64 band2 : {10, 20, 24, 26, 300, 499}) {
        const MetricReport other = MetricReport::build(counts(band2), {}, ruleOf(Preset::Wres));
        EXPECT_EQ(other.hidden, report.hidden) << band2;
        EXPECT_EQ(MetricsOutput::toCsv(other.figures), MetricsOutput::toCsv(report.figures)) << band2;
    }
}

TEST(MetricReport, SecondarySuppressionHoldsUnderEveryPreset)
{
    // Other (3 of 40) is hidden under every rule; Mixed, listed before it, must be hidden with it,
    // or 3 = BME's count less the other subgroups'.
    const MetricCounts counts = {count(8, "2022", "", "BME", 87, 610), count(8, "2022", "", "Asian", 40, 281),
                                 count(8, "2022", "", "Black", 32, 195), count(8, "2022", "", "Mixed", 12, 85),
                                 count(8, "2022", "", "Other", 3, 40)};
    for (Preset preset : SuppressionRule::presets()) {
        SuppressionRule rule = ruleOf(preset);
        rule.customThreshold = 5;
        const MetricReport report = MetricReport::build(counts, {}, rule);
        EXPECT_TRUE(find(report.figures, "2022", "", "pct_other")->redacted)
            << SuppressionRule::code(preset).toStdString();
        EXPECT_TRUE(find(report.figures, "2022", "", "pct_mixed")->redacted)
            << SuppressionRule::code(preset).toStdString();
        EXPECT_FALSE(find(report.figures, "2022", "", "pct_black")->redacted);
        EXPECT_FALSE(find(report.figures, "2022", "", "pct_bme")->redacted);
        EXPECT_EQ(report.hidden, (QList<bool>{false, false, false, true, true}));
    }
}

TEST(MetricReport, HiddenFiguresAndRowsCarryNothingTheyHide)
{
    const MetricCounts counts = {count(2, "2021/22", "", "White", 300, 2000), count(2, "2021/22", "", "BME", 0, 90),
                                 count(2, "2021/22", "", "", std::nullopt, std::nullopt, 7.5),
                                 count(2, "2022/23", "", "White", 320, 2100),
                                 count(2, "2022/23", "", "BME", 120, 1050)};
    const MetricReport report = MetricReport::build(counts, {}, ruleOf(Preset::Wres));
    const MetricFigure& hidden = report.figures[0];
    EXPECT_TRUE(hidden.redacted);
    EXPECT_FALSE(hidden.value.has_value());
    EXPECT_TRUE(hidden.parts.isEmpty());
    EXPECT_TRUE(hidden.unavailable.isEmpty()) << "'no BME applicants were appointed' would tell the count";
    EXPECT_FALSE(report.figures[1].previous.has_value());
    EXPECT_EQ(report.hidden, (QList<bool>{true, true, true, false, false}))
        << "White's counts and the published ratio feed only the hidden ratio";
    EXPECT_FALSE(report.counts[0].count.has_value());
    EXPECT_FALSE(report.counts[2].value.has_value());
    EXPECT_FALSE(report.toJson().contains("no BME applicants"));
}

TEST(MetricReport, TheBoardIsPublishedInFullUnlessTheRuleSaysOtherwise)
{
    const MetricCounts counts = {count(9, "March 2023", "Board overall", "BME", 3, 15),
                                 count(9, "March 2023", "Workforce", "BME", 1261, 6637)};
    const MetricReport byDefault = MetricReport::build(counts, {}, SuppressionRule::defaults());
    EXPECT_FALSE(byDefault.figures[0].redacted);
    EXPECT_EQ(MetricFormat::value(byDefault.figures[0]), "+1.0");
    EXPECT_EQ(byDefault.hidden, (QList<bool>{false, false}));
    const MetricReport hidden = MetricReport::build(counts, {}, ruleOf(Preset::Wres, {}));
    EXPECT_TRUE(hidden.figures[0].redacted);
    EXPECT_EQ(hidden.hidden, (QList<bool>{true, true})) << "the workforce row feeds only the hidden difference here";
}

TEST(MetricReport, ModelHealthSystemShowsAStar)
{
    const MetricCounts counts = {count(3, "2022/23", "", "White", 41, 5280), count(3, "2022/23", "", "BME", 6, 1261),
                                 count(5, "2022", "", "BME", 247, 610), count(5, "2022", "", "Other", 9, 49)};
    const MetricReport report = MetricReport::build(counts, {}, ruleOf(Preset::ModelHealthSystem));
    EXPECT_EQ(MetricFormat::value(report.figures[0]), "*");
    EXPECT_FALSE(report.figures.back().redacted) << "9 is not below 7";
    EXPECT_TRUE(MetricsOutput::toCsv(report.figures).contains("3,2022/23,,relative_likelihood,*"));
    EXPECT_TRUE(report.sentence(3).contains("not published (*)")) << report.sentence(3).toStdString();
}

TEST(MetricReport, NhsDigitalComputesFromRoundedCountsAndAZeroIsShown)
{
    const MetricCounts counts = {
        count(1, "March 2022", "Clinical Band 5", "BME", 596, 3842),
        count(1, "March 2022", "Clinical Band 9", "BME", 0, 40), count(1, "March 2022", "Medical", "BME", 7, 25),
        count(1, "March 2022", "Medical Trainee", "BME", 3, 30), count(1, "March 2022", "Overall", "BME", 603, 3907)};
    const MetricReport report = MetricReport::build(counts, {}, ruleOf(Preset::NhsDigital));
    const MetricFigure* band5 = find(report.figures, "March 2022", "Clinical Band 5");
    EXPECT_DOUBLE_EQ(*band5->value, 100.0 * 595 / 3840) << "from 595 of 3840";
    EXPECT_EQ(*band5->parts[0].count, 595);
    EXPECT_EQ(*report.counts[0].total, 3840);
    EXPECT_EQ(MetricFormat::value(*find(report.figures, "March 2022", "Clinical Band 9")), "0.0") << "a zero is shown";
    EXPECT_EQ(MetricFormat::value(*find(report.figures, "March 2022", "Medical")), "*");
    // A count moved within its rounding bucket changes nothing that is published.
    MetricCounts moved = counts;
    moved[0].count = 597;
    moved[0].total = 3841;
    moved[4].count = 605;
    EXPECT_EQ(MetricReport::build(moved, {}, ruleOf(Preset::NhsDigital)).toJson(), report.toJson());
}

TEST(MetricReport, SentencesAndChangesReadShownFiguresOnly)
{
    const MetricCounts counts = {
        count(1, "March 2023", "Band 2", "BME", 110, 500), count(1, "March 2023", "Band 8a", "BME", 14, 150),
        count(1, "March 2023", "Band 9", "BME", 1, 30), count(1, "March 2023", "VSM", "BME", 2, 12),
        count(1, "March 2023", "Overall", "BME", 127, 692)};
    const MetricReport report = MetricReport::build(counts, {}, ruleOf(Preset::Wres));
    EXPECT_TRUE(report.sentence(1).contains("Among the bands shown, the lowest share is in Band 8a (9.3%)"))
        << report.sentence(1).toStdString();
    const MetricReport full = MetricReport::build(counts, {});
    EXPECT_TRUE(full.sentence(1).contains(" The lowest share is in Band 9 (3.3%)")) << full.sentence(1).toStdString();

    // A band's move is judged against the overall share of its year; when that is hidden, it is not.
    const MetricCounts years = {
        count(1, "March 2022", "Band 2", "BME", 100, 500),  count(1, "March 2022", "Band 8a", "BME", 12, 150),
        count(1, "March 2022", "Overall", "BME", 127, 692), count(1, "March 2023", "Band 2", "BME", 110, 500),
        count(1, "March 2023", "Band 8a", "BME", 14, 150),  count(1, "March 2023", "Overall", "BME", 5, 40)};
    EXPECT_EQ(find(MetricReport::build(years, {}).figures, "March 2023", "Band 2")->change,
              MetricFigure::Change::Worse);
    EXPECT_EQ(find(MetricReport::build(years, {}, ruleOf(Preset::Wres)).figures, "March 2023", "Band 2")->change,
              MetricFigure::Change::Neutral)
        << "2023's overall share rests on 5 people";
}

TEST(MetricReport, ChartScalesSpanShownFiguresOnly)
{
    auto survey = [](qint64 other) {
        return MetricCounts{count(8, "2022", "", "White", 158, 2550), count(8, "2022", "", "BME", 87, 610),
                            count(8, "2022", "", "Asian", 40, 281),   count(8, "2022", "", "Black", 32, 195),
                            count(8, "2022", "", "Mixed", 12, 85),    count(8, "2022", "", "Other", other, 9)};
    };
    const ChartData low =
        MetricCharts::build(MetricReport::build(survey(1), {}, ruleOf(Preset::Wres)), 8, MetricCharts::View::Main);
    const ChartData high =
        MetricCharts::build(MetricReport::build(survey(9), {}, ruleOf(Preset::Wres)), 8, MetricCharts::View::Main);
    EXPECT_EQ(low.toJson(), high.toJson()) << "Other at 100% must not stretch the public axis";
    const ChartData fullHigh = MetricCharts::build(MetricReport::build(survey(9), {}), 8, MetricCharts::View::Main);
    EXPECT_GT(fullHigh.axisMax, 100.0);
}

} // namespace
