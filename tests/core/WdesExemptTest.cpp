// WDES metrics published in full (issue 18, the window's Preferences): the file's rule names them
// by code after WDES ("9,WDES 4a(i)"), reads them back, refuses what is not a WDES metric with
// figures, and the public version then shows that metric's small counts; WDES 10 still follows
// WRES 9 (the same Board).
#include "TestSupport.h"
#include "framework/Framework.h"
#include "metrics/MethodNote.h"
#include "metrics/MetricReport.h"
#include "metrics/SuppressionRule.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/StoreError.h"

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

int wdes(const QString& code)
{
    return Framework::wdes().indicatorByCode(code)->number;
}

TEST(WdesExempt, TheRuleNamesWdesMetricsByCodeAndReadsThemBack)
{
    SuppressionRule rule = SuppressionRule::defaults();
    rule.exempt = {9, wdes("4a(i)"), wdes("10")};
    EXPECT_EQ(rule.exemptText(), "9,WDES 4a(i),WDES 10");
    EXPECT_EQ(SuppressionRule::parseExempt(rule.exemptText(), "--exempt"), rule.exempt);
    EXPECT_EQ(SuppressionRule::parseExempt("wdes 8 9a, WRES 3", "--exempt"), (QList<int>{3, wdes("8"), wdes("9a")}))
        << "any case; WRES after WDES switches back";
    EXPECT_NO_THROW(rule.check());
    EXPECT_THROW(SuppressionRule::parseExempt("WDES 4a", "--exempt"), InvalidRequest) << "a heading has no figures";
    EXPECT_THROW(SuppressionRule::parseExempt("HIA 2", "--exempt"), InvalidRequest) << "HIA has no figures";
    EXPECT_THROW(SuppressionRule::parseExempt("WDES 11", "--exempt"), InvalidRequest);
    try {
        SuppressionRule::parseExempt("WDES 4a", "--exempt");
    } catch (const InvalidRequest& e) {
        EXPECT_TRUE(e.message().contains("--exempt: '4a' is not a metric of WDES")) << e.message().toStdString();
    }

    EXPECT_TRUE(rule.isExempt("WDES", wdes("4a(i)")));
    EXPECT_FALSE(rule.isExempt("WDES", wdes("4a(ii)")));
    EXPECT_FALSE(rule.isExempt("WRES", 4)) << "WDES 4a(i)'s stored number is no WRES indicator";
    SuppressionRule wresBoardOnly = SuppressionRule::defaults();
    EXPECT_TRUE(wresBoardOnly.isExempt("WDES", wdes("10"))) << "WDES 10 follows WRES 9, as before";
    EXPECT_TRUE(wresBoardOnly.followsWresBoard("WDES", wdes("10")));
    wresBoardOnly.exempt.clear();
    EXPECT_FALSE(wresBoardOnly.isExempt("WDES", wdes("10")));

    const QString note = MethodNote::paragraphs(rule, true).join('\n');
    EXPECT_TRUE(note.contains("WDES metric 4a(i)")) << note.toStdString();
    EXPECT_FALSE(MethodNote::paragraphs(rule).join('\n').contains("WDES metric 4a(i)"))
        << "a WRES-only note does not name WDES metrics";
}

TEST(WdesExempt, AnExemptWdesMetricsSmallCountsArePublishedAndTheFileKeepsTheChoice)
{
    wres::test::Scratch scratch;
    auto db = Database::open(wres::test::storeLocation(scratch, "exempt.wres"), Database::Mode::CreateIfMissing);
    MetricStore store(*db, "Head of EDI", "window");
    SuppressionRule rule = SuppressionRule::defaults();
    rule.exempt << wdes("8");
    store.setSuppressionRule(rule);
    EXPECT_EQ(store.suppressionRule(), rule);

    MetricCount small;
    small.framework = "WDES";
    small.indicator = wdes("8");
    small.period = "2023";
    small.group = "Disabled";
    small.count = 4;
    small.total = 6;
    MetricCount other = small;
    other.indicator = wdes("7");
    other.group = "Disabled";
    const MetricReport exempt = MetricReport::build({small, other}, {}, rule);
    EXPECT_FALSE(exempt.hidden[0]) << "WDES 8 is published in full";
    EXPECT_TRUE(exempt.hidden[1]) << "WDES 7 is not";
    SuppressionRule without = rule;
    without.exempt.removeAll(wdes("8"));
    EXPECT_TRUE(MetricReport::build({small, other}, {}, without).hidden[0]);
}

} // namespace
