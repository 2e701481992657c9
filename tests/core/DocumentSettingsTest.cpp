// A plan document (JSON export, `import`, `migrate`) carries the file's publishing choices and the
// plan's cover sheet, so that moving a plan to a server or a new file does not lose the small-number
// rule a Trust chose, its "similar" tolerances, or the words kept for the next board paper.
#include "TestSupport.h"
#include "io/PlanFiles.h"
#include "io/PlanJson.h"
#include "store/BoardPaperStore.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/PlanStore.h"

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

class DocumentSettings : public ::testing::Test
{
protected:
    void SetUp() override
    {
        source = Database::open(wres::test::storeLocation(scratch, "source.wres"), Database::Mode::CreateIfMissing);
        planId = PlanStore(*source).addPlan(wres::test::samplePlan());
        rule.preset = SuppressionRule::Preset::ModelHealthSystem;
        rule.exempt = {};
        MetricStore(*source).setSuppressionRule(rule);
        tolerance.ratio = 0.1;
        tolerance.points = 2.5;
        cover.meeting = "Trust Board, 27 September 2026";
        cover.agendaItem = "9.2";
        cover.committees = {"People Committee, 7 September 2026", "EDI Workforce Group, 1 September 2026"};
        cover.updatesTo = "the Inclusion Steering Group";
        BoardPaperStore(*source).keep(planId, cover, tolerance);
    }
    wres::test::Scratch scratch;
    std::unique_ptr<Database> source;
    qint64 planId = 0;
    SuppressionRule rule;
    ChangeTolerance tolerance;
    CoverDetails cover;
};

TEST_F(DocumentSettings, ANewFileTakesTheRuleTheTolerancesAndTheCoverAndWritesNoAuditLineOfItsOwn)
{
    const PlanJson::Document document = PlanFiles::load(*source, planId);
    ASSERT_TRUE(document.rule);
    EXPECT_EQ(*document.rule, rule);
    // Through the JSON text, as `export` and `import` carry it.
    const auto read = PlanJson::read(PlanJson::write(document), "plan.json", 9);
    ASSERT_TRUE(read.problems.isEmpty()) << read.problems.front().toString().toStdString();
    EXPECT_EQ(read.document.rule, document.rule);
    EXPECT_EQ(read.document.tolerance->ratio, 0.1);
    EXPECT_EQ(read.document.cover, cover);

    auto target = Database::open(wres::test::storeLocation(scratch, "target.wres"), Database::Mode::CreateIfMissing);
    const qint64 id = PlanFiles::store(*target, read.document, "Head of EDI", "migrate", {});
    EXPECT_EQ(MetricStore(*target).suppressionRule(), rule);
    EXPECT_EQ(BoardPaperStore(*target).tolerance().points, 2.5);
    EXPECT_EQ(BoardPaperStore(*target).cover(id), cover);
    // The trail is the document's: a move adds nothing to it.
    EXPECT_EQ(PlanJson::write(PlanFiles::load(*target, id)), PlanJson::write(PlanFiles::load(*source, planId)));
}

TEST_F(DocumentSettings, AFileThatHoldsPlansKeepsItsOwnRuleButTheNewPlanKeepsItsCover)
{
    auto target = Database::open(wres::test::storeLocation(scratch, "target.wres"), Database::Mode::CreateIfMissing);
    PlanStore(*target).addPlan(wres::test::samplePlan());
    const SuppressionRule own = MetricStore(*target).suppressionRule();
    const qint64 id = PlanFiles::store(*target, PlanFiles::load(*source, planId), "Head of EDI", "import", "plan.json");
    EXPECT_EQ(MetricStore(*target).suppressionRule(), own) << "the file's rule is the Trust's; an import does not "
                                                              "change it behind the user's back";
    EXPECT_EQ(BoardPaperStore(*target).cover(id), cover);
}

TEST_F(DocumentSettings, ABadRuleOrToleranceInADocumentIsNamedAndNothingIsImported)
{
    QByteArray json = PlanJson::write(PlanFiles::load(*source, planId));
    json.replace("\"mhs\"", "\"secret-rule\"");
    json.replace("\"ratio\": 0.1", "\"ratio\": 7");
    const auto read = PlanJson::read(json, "plan.json", 9);
    QStringList said;
    for (const Problem& p : read.problems)
        said << p.toString();
    EXPECT_TRUE(said.join("\n").contains("plan.json: publication.suppression.preset: not a small-number rule"))
        << said.join("\n").toStdString();
    EXPECT_TRUE(said.join("\n").contains("plan.json: publication.similar:")) << said.join("\n").toStdString();
    EXPECT_TRUE(read.document.plan.themes.isEmpty()) << "all or nothing";
}

TEST_F(DocumentSettings, ADocumentFromBeforeTheseChoicesLeavesTheFilesDefaults)
{
    QByteArray json = PlanJson::write(PlanFiles::load(*source, planId));
    const int start = json.indexOf("\"publication\"");
    ASSERT_GE(start, 0);
    const int end = json.indexOf("\n    },\n", start);
    json.remove(start, end + 8 - start);
    const auto read = PlanJson::read(json, "old.json", 9);
    ASSERT_TRUE(read.problems.isEmpty()) << read.problems.front().toString().toStdString();
    EXPECT_FALSE(read.document.rule);
    auto target = Database::open(wres::test::storeLocation(scratch, "target.wres"), Database::Mode::CreateIfMissing);
    PlanFiles::store(*target, read.document, "Head of EDI", "import", "old.json");
    EXPECT_EQ(MetricStore(*target).suppressionRule(), SuppressionRule::defaults());
}

} // namespace
