// The published plans in ../shared/domain/examples, transcribed into plan CSV (tests/data/examples),
// go into a plan file and come back out byte for byte: nothing typed in them is lost.
#include "TestSupport.h"
#include "demo/DemoPlan.h"
#include "io/PlanCsv.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

struct Example
{
    const char* file;
    int themes;
    int objectives;
    int actions;
    int leads;
};

void PrintTo(const Example& e, std::ostream* os)
{
    *os << e.file;
}

class ExamplePlans : public ::testing::TestWithParam<Example>
{
protected:
    PlanData storeAndLoad(const PlanData& plan)
    {
        auto db = Database::open(wres::test::storeLocation(scratch, QStringLiteral("plan.wres")),
                                 Database::Mode::CreateIfMissing);
        PlanStore store(*db);
        return store.load(store.addPlan(plan), false);
    }
    wres::test::Scratch scratch;
};

TEST_P(ExamplePlans, LoadWithoutLoss)
{
    const Example& e = GetParam();
    const QByteArray bytes = wres::test::readFile(wres::test::dataPath(QStringLiteral("examples/") + e.file));
    const auto parsed = PlanCsv::read(bytes, QString::fromUtf8(e.file), 9);
    ASSERT_TRUE(parsed.problems.isEmpty()) << parsed.problems.front().toString().toStdString();
    EXPECT_EQ(parsed.plan.themes.size(), e.themes);
    int objectives = 0;
    QStringList leads;
    for (const ThemeData& theme : parsed.plan.themes) {
        objectives += int(theme.objectives.size());
        for (const ObjectiveData& objective : theme.objectives)
            for (const ActionData& action : objective.actions)
                for (const QString& lead : action.leads)
                    if (!leads.contains(lead, Qt::CaseInsensitive))
                        leads << lead;
    }
    EXPECT_EQ(objectives, e.objectives);
    EXPECT_EQ(parsed.plan.actionCount(), e.actions);
    EXPECT_EQ(leads.size(), e.leads);

    const PlanData stored = storeAndLoad(parsed.plan);
    EXPECT_EQ(QString::fromUtf8(PlanCsv::write(stored)).toStdString(), QString::fromUtf8(bytes).toStdString());
}

INSTANTIATE_TEST_SUITE_P(Published, ExamplePlans,
                         ::testing::Values(Example{"ambulance-trust-2022-23.csv", 1, 1, 9, 8},
                                           Example{"mental-health-trust-2022-23.csv", 3, 3, 11, 13},
                                           Example{"partnership-trust-2022-24.csv", 1, 4, 14, 14},
                                           Example{"trust-2020-21.csv", 1, 6, 7, 0}));

PlanData loadExample(const char* file)
{
    const auto parsed = PlanCsv::read(wres::test::readFile(wres::test::dataPath(QStringLiteral("examples/") + file)),
                                      QString::fromUtf8(file), 9);
    return parsed.plan;
}

TEST(ExamplePlanDetails, PartnershipTrustKeepsMilestonesProgressRagAndTypedTimescales)
{
    const PlanData plan = loadExample("partnership-trust-2022-24.csv");
    const ActionData& first = plan.themes[0].objectives[0].actions[0];
    EXPECT_EQ(first.timescale.text, QStringLiteral("February 2023 (policy due for review)"));
    EXPECT_EQ(first.timescale.due, QDate(2023, 2, 28));
    EXPECT_EQ(first.rag, Rag::Blue);
    EXPECT_EQ(first.indicators.numbers, (QList<int>{2, 7}));
    EXPECT_TRUE(first.milestones.contains(QStringLiteral("\n• Production of revised policy")));
    const ActionData& festivals = plan.themes[0].objectives[2].actions[4];
    EXPECT_EQ(festivals.indicators.scope, IndicatorLinks::Scope::NotApplicable);
    const ActionData& sessions = plan.themes[0].objectives[2].actions[1];
    EXPECT_EQ(sessions.timescale.due, QDate(2022, 11, 30)) << "Sessions to recommence in Autumn 2022";
    EXPECT_EQ(plan.themes[0].tags.size(), 2);
}

TEST(ExamplePlanDetails, AmbulanceTrustActionForAllIndicators)
{
    const PlanData plan = loadExample("ambulance-trust-2022-23.csv");
    EXPECT_EQ(plan.themes[0].name, QStringLiteral("General"));
    EXPECT_EQ(plan.themes[0].objectives[0].actions[0].indicators.scope, IndicatorLinks::Scope::All);
    EXPECT_EQ(plan.themes[0].objectives[0].actions[8].text,
              QStringLiteral("Roll out \"Let's Talk About Race\" training sessions for all staff."));
}

TEST(ExamplePlanDetails, MentalHealthTrustProgressKeepsItsParagraphs)
{
    const PlanData plan = loadExample("mental-health-trust-2022-23.csv");
    const ActionData& mentoring = plan.themes[1].objectives[0].actions[0];
    EXPECT_EQ(mentoring.timescale.due, QDate(2022, 11, 30));
    EXPECT_TRUE(mentoring.progress.contains(QStringLiteral("completed.\n\nSecond cohort")));
    EXPECT_EQ(plan.themes[2].indicators.numbers, (QList<int>{5, 6, 7, 8}));
}

TEST(DemoPlan, IsTheWholeThemedAmbulancePlan)
{
    const PlanData plan = DemoPlan::load();
    ASSERT_EQ(plan.themes.size(), 3);
    EXPECT_EQ(plan.themes[0].name, QStringLiteral("Workforce Representation, Recruitment & Retention"));
    EXPECT_EQ(plan.themes[0].indicators.numbers, (QList<int>{1, 2, 7, 9}));
    EXPECT_EQ(plan.themes[1].indicators.numbers, (QList<int>{2, 3, 4, 5, 6, 7, 8, 9}));
    EXPECT_EQ(plan.themes[2].indicators.numbers, (QList<int>{5, 6, 7, 8}));
    EXPECT_EQ(plan.themes[0].tags.size(), 4) << "the People Promise ambitions of theme 1";
    EXPECT_EQ(plan.themes[1].tags.size(), 5);
    EXPECT_EQ(plan.actionCount(), 12);
    int objectives = 0;
    for (const ThemeData& theme : plan.themes)
        objectives += int(theme.objectives.size());
    EXPECT_EQ(objectives, 8);
    const ActionData& review = plan.themes[1].objectives[1].actions[1];
    EXPECT_EQ(review.status, Status::NotStarted);
    EXPECT_EQ(review.leads,
              (QStringList{"Deputy Chief People Officer", "Director of Strategy & Transformation", "Head of EDI"}));
    EXPECT_EQ(plan.themes[1].objectives[1].actions[0].status, Status::None) << "the published plan leaves it blank";
    // The bundled file is already in the exported form: export(demo) gives it back byte for byte.
    QFile resource(QStringLiteral(":/demo/plan.csv"));
    ASSERT_TRUE(resource.open(QIODevice::ReadOnly));
    EXPECT_EQ(PlanCsv::write(plan), resource.readAll());
}

} // namespace
