#include "io/PlanCsv.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

const QByteArray kHeader = "theme,theme_indicators,objective_no,objective,action_no,action,leads,timescale,status,rag,"
                           "indicators,milestones,progress\r\n";

PlanCsv::ReadResult read(const QByteArray& bytes)
{
    return PlanCsv::read(bytes, QStringLiteral("plan.csv"), 9);
}

QStringList messages(const Problems& problems)
{
    QStringList list;
    for (const Problem& p : problems)
        list << p.toString();
    return list;
}

TEST(PlanCsv, ExportThenImportGivesTheSamePlanAndByteIdenticalCsv)
{
    const PlanData plan = wres::test::samplePlan();
    const QByteArray first = PlanCsv::write(plan);
    const auto again = read(first);
    ASSERT_TRUE(again.problems.isEmpty()) << messages(again.problems).join('\n').toStdString();
    EXPECT_EQ(PlanCsv::write(again.plan), first);
    ASSERT_EQ(again.plan.themes.size(), 2);
    const ActionData& a = again.plan.themes[0].objectives[0].actions[0];
    EXPECT_EQ(a.text, QStringLiteral("• Diverse panels\n  ◦ for Band 8a+")) << "line breaks and bullets are kept";
    EXPECT_EQ(a.leads, (QStringList{"Head of EDI", "Head of Recruitment"}));
    EXPECT_EQ(a.timescale.due, QDate(2024, 6, 30));
    EXPECT_EQ(a.status, Status::InProgress);
    EXPECT_EQ(a.rag, Rag::Amber);
    EXPECT_EQ(again.plan.themes[0].objectives[1].actions[0].indicators.scope, IndicatorLinks::Scope::All);
    EXPECT_EQ(again.plan.themes[1].objectives[0].actions[0].indicators.scope, IndicatorLinks::Scope::NotApplicable);
    EXPECT_EQ(again.plan.themes[0].tags, plan.themes[0].tags);
    EXPECT_EQ(again.plan.themes[1].objectives[0].actions[0].timescale.kind, Timescale::Kind::Unparsed);
}

TEST(PlanCsv, ColumnOrderIsFreeAndCaseAndSpacesInHeadersAreForgiven)
{
    const auto result = read("Action,Theme,Objective,Leads,Timescale,Status,RAG,Indicators,Action No\n"
                             "Do it,T,O,Head of EDI,June 2024,complete,b,\"2;7\",1.1\n");
    ASSERT_TRUE(result.problems.isEmpty()) << messages(result.problems).join('\n').toStdString();
    const ActionData& a = result.plan.themes[0].objectives[0].actions[0];
    EXPECT_EQ(a.text, QStringLiteral("Do it"));
    EXPECT_EQ(a.number, QStringLiteral("1.1"));
    EXPECT_EQ(a.status, Status::Complete);
    EXPECT_EQ(a.rag, Rag::Blue);
    EXPECT_EQ(a.indicators.numbers, (QList<int>{2, 7}));
}

TEST(PlanCsv, BlankThemeGoesUnderGeneralAndRowsGroupIntoObjectives)
{
    const auto result = read(kHeader + ",,1,First,1.1,A,L,,,,,,\r\n"
                                       ",,1,,1.2,B,L,,,,,,\r\n" // blank objective text continues objective 1
                                       ",,2,Second,2.1,C,L,,,,,,\r\n"
                                       ",,,,2.2,D,L,,,,,,\r\n"); // blank objective cells continue the last
    ASSERT_TRUE(result.problems.isEmpty()) << messages(result.problems).join('\n').toStdString();
    ASSERT_EQ(result.plan.themes.size(), 1);
    EXPECT_EQ(result.plan.themes[0].name, QStringLiteral("General"));
    ASSERT_EQ(result.plan.themes[0].objectives.size(), 2);
    EXPECT_EQ(result.plan.themes[0].objectives[0].actions.size(), 2);
    EXPECT_EQ(result.plan.themes[0].objectives[1].actions.size(), 2);
}

TEST(PlanCsv, LeadsAreSplitTrimmedAndDeduplicated)
{
    const auto result = read(kHeader + "T,,1,O,1,A,\" Head of EDI ;head of edi; Head of OD;\",,,,,,\r\n");
    ASSERT_TRUE(result.problems.isEmpty());
    EXPECT_EQ(result.plan.themes[0].objectives[0].actions[0].leads, (QStringList{"Head of EDI", "Head of OD"}));
}

TEST(PlanCsv, ThemesAndObjectivesWithoutActionsSurviveTheRoundTrip)
{
    const auto result = read(kHeader + "Empty theme,\"1, 9\",,,,,,,,,,,\r\n"
                                       "T,,3,Objective with no actions yet,,,,,,,,,\r\n");
    ASSERT_TRUE(result.problems.isEmpty()) << messages(result.problems).join('\n').toStdString();
    ASSERT_EQ(result.plan.themes.size(), 2);
    EXPECT_TRUE(result.plan.themes[0].objectives.isEmpty());
    EXPECT_EQ(result.plan.themes[0].indicators.numbers, (QList<int>{1, 9}));
    ASSERT_EQ(result.plan.themes[1].objectives.size(), 1);
    const QByteArray csv = PlanCsv::write(result.plan);
    const auto again = read(csv);
    ASSERT_TRUE(again.problems.isEmpty());
    EXPECT_EQ(PlanCsv::write(again.plan), csv);
    EXPECT_TRUE(again.plan.themes[0].objectives.isEmpty());
}

TEST(PlanCsv, EveryBadValueIsReportedWithFileLineAndColumn)
{
    const auto result = read(kHeader + "T,,1,O,1,A,L,June 2024,Finished,,,,\r\n"
                                       "T,,1,O,2,B,L,June 2024,,X,,,\r\n"
                                       "T,,1,O,3,C,L,June 2024,,,\"2, 12\",,\r\n"
                                       "T,,1,O,4,,L,June 2024,,,,,\r\n");
    const QStringList list = messages(result.problems);
    ASSERT_EQ(list.size(), 4) << list.join('\n').toStdString();
    EXPECT_TRUE(list[0].startsWith(QStringLiteral("plan.csv:2: status: 'Finished' is not a status")));
    EXPECT_TRUE(list[1].startsWith(QStringLiteral("plan.csv:3: rag: 'X' is not a RAG rating")));
    EXPECT_TRUE(list[2].startsWith(QStringLiteral("plan.csv:4: indicators: '12' is not an indicator number")));
    EXPECT_TRUE(list[3].startsWith(QStringLiteral("plan.csv:5: action: the action text is empty")));
    EXPECT_TRUE(result.plan.themes.isEmpty()) << "a file with problems gives no plan at all";
}

TEST(PlanCsv, HeaderProblems)
{
    auto list = messages(read("theme,objective,action,leads,timescale\r\nT,O,A,L,June\r\n").problems);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0], QStringLiteral("plan.csv:1: status: required column is missing from the header"));

    list = messages(read(kHeader.trimmed() + ",owner,status\r\n").problems);
    ASSERT_EQ(list.size(), 2);
    EXPECT_TRUE(list[0].startsWith(QStringLiteral("plan.csv:1: owner: unknown column")));
    EXPECT_EQ(list[1], QStringLiteral("plan.csv:1: status: this column appears twice in the header"));

    list = messages(read(kHeader).problems);
    ASSERT_EQ(list.size(), 1);
    EXPECT_TRUE(list[0].contains(QStringLiteral("no rows")));
}

TEST(PlanCsv, ConflictingThemeIndicatorsAndObjectiveTextsAreErrors)
{
    auto list = messages(read(kHeader + "T,\"1, 2\",1,O,1,A,L,,,,,,\r\nT,3,1,O,2,B,L,,,,,,\r\n").problems);
    ASSERT_EQ(list.size(), 1);
    EXPECT_TRUE(list[0].startsWith(QStringLiteral("plan.csv:3: theme_indicators: theme 'T' already has indicators")));
    list = messages(read(kHeader + "T,,1,First,1,A,L,,,,,,\r\nT,,1,Other,2,B,L,,,,,,\r\n").problems);
    ASSERT_EQ(list.size(), 1);
    EXPECT_TRUE(list[0].startsWith(QStringLiteral("plan.csv:3: objective: objective 1 of theme 'T'")));
}

TEST(PlanCsv, RowWithTooManyFieldsIsAnError)
{
    const auto list = messages(read(kHeader + "T,,1,O,1,A,L,,,,,,,extra\r\n").problems);
    ASSERT_EQ(list.size(), 1);
    EXPECT_TRUE(list[0].contains(QStringLiteral("14 fields but the header has 13")));
}

TEST(PlanCsv, FormulaLikeTextIsGuardedOnExportAndRestoredOnImport)
{
    PlanData plan = wres::test::samplePlan();
    plan.themes[0].objectives[0].actions[0].text = QStringLiteral("=HYPERLINK(\"http://x\")");
    plan.themes[0].objectives[0].actions[0].progress = QStringLiteral("- first point\n- second");
    const QByteArray csv = PlanCsv::write(plan);
    EXPECT_TRUE(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
    const auto again = read(csv);
    ASSERT_TRUE(again.problems.isEmpty());
    EXPECT_EQ(again.plan.themes[0].objectives[0].actions[0].text, plan.themes[0].objectives[0].actions[0].text);
    EXPECT_EQ(again.plan.themes[0].objectives[0].actions[0].progress, plan.themes[0].objectives[0].actions[0].progress);
    EXPECT_EQ(PlanCsv::write(again.plan), csv);
}

} // namespace
