// The board pack's data for WDES (issue 18): `board-pack --framework WRES|WDES|all` shows WRES,
// WDES, or both in one pack, every part read from the framework (summaries, tables, key messages,
// metrics changed since), on the demo's WDES counts.
#include "TestSupport.h"
#include "framework/Framework.h"
#include "report/BoardPack.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/PlanStore.h"
#include "store/StoreError.h"

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

class WdesPack : public ::testing::Test
{
protected:
    void SetUp() override
    {
        location = wres::test::storeLocation(scratch, "demo.wres");
        wres::test::writeDemo(location);
        db = Database::open(location, Database::Mode::OpenExisting);
        planId = PlanStore(*db).choosePlan(std::nullopt).id;
    }
    BoardPack pack(const QStringList& frameworks, bool redact = false) const
    {
        BoardPackOptions options;
        options.date = QDate(2024, 7, 1);
        options.frameworks = frameworks;
        options.redact = redact;
        return BoardPack::gather(*db, planId, options);
    }
    wres::test::Scratch scratch;
    QString location;
    std::unique_ptr<Database> db;
    qint64 planId = 0;
};

QStringList labels(const BoardPack& p)
{
    QStringList list;
    for (const auto& s : p.indicators)
        list << s.indicator.label();
    return list;
}

TEST_F(WdesPack, WresAloneIsThePackAsBefore)
{
    const BoardPack p = pack({"WRES"});
    EXPECT_EQ(labels(p),
              (QStringList{"WRES 1", "WRES 2", "WRES 3", "WRES 4", "WRES 5", "WRES 6", "WRES 7", "WRES 8", "WRES 9"}));
    for (const MetricFigure& f : p.metrics.figures)
        EXPECT_EQ(f.framework, "WRES");
}

TEST_F(WdesPack, WdesAloneShowsEveryWdesMetricWithItsSentenceAndTable)
{
    const BoardPack p = pack({"WDES"});
    EXPECT_EQ(labels(p),
              (QStringList{"WDES 1", "WDES 2", "WDES 3", "WDES 4a(i)", "WDES 4a(ii)", "WDES 4a(iii)", "WDES 4b",
                           "WDES 5", "WDES 6", "WDES 7", "WDES 8", "WDES 9a", "WDES 9b", "WDES 10"}));
    for (const auto& s : p.indicators) {
        EXPECT_TRUE(s.hasData) << s.indicator.label().toStdString();
        EXPECT_FALSE(s.narrative.isEmpty()) << s.indicator.label().toStdString();
    }
    auto summary = [&](const char* code) -> const BoardPack::IndicatorSummary& {
        for (const auto& s : p.indicators)
            if (s.indicator.code == QLatin1String(code))
                return s;
        throw std::runtime_error(code);
    };
    EXPECT_EQ(summary("1").measure, "% Disabled");
    EXPECT_TRUE(summary("1").latest.endsWith("%"));
    EXPECT_EQ(summary("3").measure, "Relative likelihood");
    EXPECT_TRUE(summary("3").narrative.startsWith("In the two years to 2022/23, Disabled staff were"))
        << summary("3").narrative.toStdString();
    EXPECT_TRUE(summary("5").white.endsWith("%")) << "non-disabled beside Disabled";
    EXPECT_TRUE(summary("9a").latest.endsWith(" out of 10")) << summary("9a").latest.toStdString();
    EXPECT_EQ(summary("9b").latest, "Yes");
    EXPECT_EQ(summary("9b").changeText, "unchanged: Yes") << "a yes or no moves by no points";
    EXPECT_TRUE(summary("9b").moved.isEmpty());
    EXPECT_FALSE(summary("9a").moved.isEmpty());
    EXPECT_FALSE(summary("9a").moved.contains("points")) << "a score moves by a number";
    EXPECT_TRUE(summary("10").latest.endsWith(" points"));
    ASSERT_EQ(p.tables.size(), 14);
    // The small-numbers sentence names each band once, though its three groups are all flagged.
    for (const IndicatorTable& t : p.tables) {
        for (const MetricFigure& f : p.metrics.figures) {
            if (!f.category.isEmpty()) {
                EXPECT_LE(t.smallNumbers.count(f.category), 1)
                    << f.category.toStdString() << " in " << t.smallNumbers.toStdString();
            }
        }
    }
    EXPECT_EQ(p.tables.front().framework, "WDES");
    QString all = p.cover.keyMessages.join('\n');
    EXPECT_FALSE(all.contains("indicator 1 (")) << "WDES metrics are named as WDES metrics";
    for (const MetricFigure& f : p.metrics.figures)
        EXPECT_EQ(f.framework, "WDES");
}

TEST_F(WdesPack, BothInOnePackWresFirst)
{
    const BoardPack p = pack({"WRES", "WDES"});
    ASSERT_EQ(p.indicators.size(), 9 + 14);
    EXPECT_EQ(p.indicators.front().indicator.label(), "WRES 1");
    EXPECT_EQ(p.indicators.back().indicator.label(), "WDES 10");
    EXPECT_EQ(p.tables.size(), 9 + 14);
    const BoardPack publicPack = pack({"WRES", "WDES"}, true);
    EXPECT_TRUE(publicPack.metrics.methodNote().join(' ').contains("The same holds for WDES metric 10"));
}

TEST_F(WdesPack, MetricsChangedSinceNameWdesMetrics)
{
    MetricCount m{Framework::wdes().indicatorByCode("8")->number, "2023", {}, "Disabled", 250, 340, std::nullopt, 0};
    m.framework = "WDES";
    MetricStore(*db, "EDI analyst").importCounts({m});
    BoardPackOptions options;
    options.date = QDate(2024, 7, 1);
    options.since = QDate(2000, 1, 1);
    options.frameworks = {"WDES"};
    const BoardPack p = BoardPack::gather(*db, planId, options);
    QStringList texts;
    for (const auto& c : p.metricChanges)
        texts << c.text;
    EXPECT_TRUE(texts.contains("WDES 8 (Reasonable adjustments), 2023: 1 figure added"))
        << texts.join(" | ").toStdString();
    options.frameworks = {"WRES"};
    for (const auto& c : BoardPack::gather(*db, planId, options).metricChanges)
        EXPECT_NE(c.framework, "WDES") << "a WRES pack does not report WDES imports";
}

TEST_F(WdesPack, AFrameworkWithoutFiguresIsRefused)
{
    EXPECT_THROW(pack({"HIA"}), InvalidRequest);
    EXPECT_THROW(pack({"XYZ"}), InvalidRequest);
}

} // namespace
