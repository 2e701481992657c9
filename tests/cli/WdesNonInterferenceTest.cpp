// Non-interference for WDES, as a property (issue 18, after issue 15): change any WDES count the
// public version hides (keeping it hidden, and every shown value and total as it was) and every
// public WDES output stays byte for byte the same. The fixture (tests/data/non-interference-wdes)
// has small counts in senior bands and not known, Disabled applicants appointed, capability cases
// over three years (the two-year rolling average), survey metrics, an engagement score on few
// respondents and the Board; it is perturbed many times under every suppression rule.
#include "PublicationSupport.h"
#include "TestSupport.h"
#include "framework/Framework.h"
#include "metrics/MetricReport.h"
#include "metrics/MetricsCsv.h"
#include "report/BoardPack.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/PlanStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <gtest/gtest.h>
#include <random>

using namespace wres;
using core::SuppressionRule;

namespace {

struct Context
{
    QString db;
    QStringList options; // the rule as the command line gives it
    SuppressionRule rule;
};

using Producer = std::pair<QString, std::function<QByteArray(Context&)>>;

QByteArray metrics(Context& c, const QString& framework, const QString& format)
{
    const test::CliRun r = test::runInProcess(
        QStringList{"metrics", "--db", c.db, "--redact", "--framework", framework, "--format", format} + c.options);
    EXPECT_EQ(r.exit, 0) << r.err.toStdString();
    return r.out + "\n--- stderr ---\n" + r.err.toUtf8();
}

// The core's public data for a WDES pack (and one of both): the metric report, the summaries with
// their sentences, the tables, the cover's key messages.
QByteArray packData(Context& c, const QStringList& frameworks)
{
    auto database = core::Database::open(c.db, core::Database::Mode::OpenExisting);
    core::BoardPackOptions options;
    options.redact = true;
    options.rule = c.rule;
    options.date = QDate(2024, 7, 1);
    options.frameworks = frameworks;
    const core::BoardPack pack =
        core::BoardPack::gather(*database, core::PlanStore(*database).choosePlan({}).id, options);
    QJsonArray summaries;
    for (const auto& s : pack.indicators)
        summaries << QJsonObject{
            {"indicator", s.indicator.label()}, {"latest", s.latest}, {"previous", s.previous}, {"change", s.change},
            {"narrative", s.narrative},         {"moved", s.moved},   {"white", s.white},       {"caveat", s.caveat}};
    QJsonArray tables;
    for (const auto& t : pack.tables)
        for (const auto& row : t.rows)
            for (const auto& cell : row.cells)
                tables << QJsonArray{row.label, cell.value, cell.counts.join("; "), cell.note, cell.smallNumbers};
    return pack.metrics.toJson() + QJsonDocument(summaries).toJson() + QJsonDocument(tables).toJson() +
           pack.cover.keyMessages.join("\n").toUtf8() + pack.methodNotes.join("\n").toUtf8();
}

QList<Producer> producers()
{
    return {
        {"metrics --redact --framework WDES --format csv", [](Context& c) { return metrics(c, "WDES", "csv"); }},
        {"metrics --redact --framework WDES --format json", [](Context& c) { return metrics(c, "WDES", "json"); }},
        {"metrics --redact --framework WDES --format narrative",
         [](Context& c) { return metrics(c, "WDES", "narrative"); }},
        {"metrics --redact --framework all --format csv", [](Context& c) { return metrics(c, "all", "csv"); }},
        {"core public pack data, WDES", [](Context& c) { return packData(c, {"WDES"}); }},
        {"core public pack data, WRES and WDES",
         [](Context& c) {
             return packData(c, {"WRES", "WDES"});
         }},
    };
}

core::MetricCounts fixture()
{
    auto read =
        core::MetricsCsv::read(test::readFile(test::dataPath("non-interference-wdes/metrics.csv")), "metrics.csv");
    EXPECT_TRUE(read.problems.isEmpty()) << read.problems.value(0).toString().toStdString();
    for (core::MetricCount& m : read.counts)
        m.line = 0;
    return read.counts;
}

struct Case
{
    const char* name;
    QStringList options;
    SuppressionRule rule;
};

SuppressionRule ruleOf(SuppressionRule::Preset preset, qint64 threshold = 10, std::optional<QList<int>> exempt = {})
{
    SuppressionRule rule = SuppressionRule::defaults();
    rule.preset = preset;
    rule.customThreshold = threshold;
    if (exempt)
        rule.exempt = *exempt;
    return rule;
}

class WdesNonInterference : public ::testing::TestWithParam<Case>
{};

TEST_P(WdesNonInterference, NoPublicWdesOutputDependsOnAHiddenCount)
{
    test::Scratch scratch;
    Context context{scratch.path("plan.wres"), GetParam().options, GetParam().rule};
    const core::MetricCounts base = fixture();
    test::writePlanFile(context.db, base);
    {
        auto database = core::Database::open(context.db, core::Database::Mode::OpenExisting);
        core::MetricStore::unaudited(*database).setSuppressionRule(context.rule);
    }
    const core::MetricReport baseReport = core::MetricReport::build(base, {}, context.rule);
    const int hiddenRows = int(std::count(baseReport.hidden.begin(), baseReport.hidden.end(), true));
    ASSERT_GE(hiddenRows, 8) << "the fixture must hide WDES counts under this rule";
    QMap<QString, QByteArray> expected;
    for (const Producer& p : producers())
        expected.insert(p.first, p.second(context));
    for (const Producer& p : producers())
        ASSERT_EQ(p.second(context), expected.value(p.first)) << p.first.toStdString() << " differs made twice";
    std::mt19937 random(18u + unsigned(std::hash<std::string>()(GetParam().name) % 1000u));
    const int rounds = test::perturbationRounds("WRES_DATA_PERTURBATIONS", 60);
    int changed = 0;
    for (int round = 0; round < rounds; ++round) {
        const core::MetricCounts counts = test::perturb(base, baseReport, context.rule, random);
        ASSERT_EQ(core::MetricReport::build(counts, {}, context.rule).hidden, baseReport.hidden)
            << "which cells are hidden must not depend on a hidden value";
        changed += int(test::differingRows(base, counts));
        test::replaceCounts(context.db, counts);
        for (const Producer& p : producers())
            ASSERT_EQ(p.second(context), expected.value(p.first))
                << p.first.toStdString() << " changed in round " << round << " when these hidden counts changed:\n"
                << test::describeChange(base, counts).toStdString();
    }
    EXPECT_GT(changed, rounds * hiddenRows / 2) << "the generator must really change hidden counts";
}

// The property catches a leak: a WDES output that printed a hidden count would fail it.
TEST(WdesNonInterferenceLeak, AnOutputThatReadsHiddenCountsIsCaught)
{
    test::Scratch scratch;
    Context context{scratch.path("plan.wres"), {}, SuppressionRule::defaults()};
    const core::MetricCounts base = fixture();
    test::writePlanFile(context.db, base);
    const auto leaky = [&](Context& c) {
        auto database = core::Database::open(c.db, core::Database::Mode::OpenExisting);
        QByteArray all;
        for (const core::MetricCount& m : core::MetricStore(*database).counts("WDES"))
            all += QByteArray::number(m.count.value_or(-1)) + ',';
        return all;
    };
    const core::MetricReport report = core::MetricReport::build(base, {}, context.rule);
    const QByteArray before = leaky(context);
    std::mt19937 random(7);
    test::replaceCounts(context.db, test::perturb(base, report, context.rule, random));
    EXPECT_NE(leaky(context), before);
}

INSTANTIATE_TEST_SUITE_P(
    EveryRule, WdesNonInterference,
    ::testing::Values(
        Case{"wres", {}, ruleOf(SuppressionRule::Preset::Wres)},
        Case{"mhs", {"--preset", "mhs"}, ruleOf(SuppressionRule::Preset::ModelHealthSystem)},
        Case{"nhs_digital", {"--preset", "nhs-digital"}, ruleOf(SuppressionRule::Preset::NhsDigital)},
        Case{"custom_5", {"--preset", "custom", "--threshold", "5"}, ruleOf(SuppressionRule::Preset::Custom, 5)},
        Case{"board_hidden", {"--exempt", "none"}, ruleOf(SuppressionRule::Preset::Wres, 10, QList<int>{})}),
    [](const ::testing::TestParamInfo<Case>& param) { return std::string(param.param.name); });

} // namespace
