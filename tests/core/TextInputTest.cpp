// Text is checked where it comes in: every way a text reaches the plan (the editor through the
// store, a status update, a new or renamed theme, a plan CSV, workbook or JSON, a lead's returned
// answer) refuses one longer than a spreadsheet cell holds (32,767 UTF-16 units, as Excel counts),
// or holding a NUL or half a character, naming the action and the field, and changes nothing.
// A text kept from before these checks never blocks a request round or an export.
#include "TestSupport.h"
#include "WorkbookEdit.h"
#include "domain/TextLimits.h"
#include "io/PlanCsv.h"
#include "io/PlanJson.h"
#include "io/PlanXlsx.h"
#include "io/RequestWorkbook.h"
#include "io/Xlsx.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/StoreError.h"
#include "store/StructureStore.h"
#include "updates/UpdateRequests.h"
#include "updates/UpdateReturns.h"

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

const QString kTooLong = QString(40000, QLatin1Char('w'));
const QString kWithNul = QStringLiteral("before") + QChar(0) + QStringLiteral("after");
const QString kTooLongSaid = QStringLiteral("the text is 40,000 characters long, and a spreadsheet cell holds at most "
                                            "32,767 (counted as Excel counts them); shorten it");

class TextInput : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = Database::open(wres::test::storeLocation(scratch, "plan.wres"), Database::Mode::CreateIfMissing);
        planId = PlanStore(*db).addPlan(wres::test::samplePlan());
        ActionQuery q;
        q.planId = planId;
        panels = ActionStore(*db).list(q).front().id; // 1.1, led by Head of EDI and Head of Recruitment
    }

    QString planCsv() const { return QString::fromUtf8(PlanCsv::write(PlanStore(*db).load(planId, true))); }

    wres::test::Scratch scratch;
    std::unique_ptr<Database> db;
    qint64 planId = 0;
    qint64 panels = 0;
};

TEST_F(TextInput, TheEditorsSaveRefusesATextNoCellHoldsNamingTheActionAndField)
{
    const QString before = planCsv();
    for (const auto& [field, edit] : QList<std::pair<QString, std::function<void(ActionData&)>>>{
             {"progress", [](ActionData& a) { a.progress = kTooLong; }},
             {"text", [](ActionData& a) { a.text = kWithNul; }},
             {"milestones", [](ActionData& a) { a.milestones = QString(QChar(0xDC00)); }},
             {"leads", [](ActionData& a) { a.leads << kTooLong; }}}) {
        ActionData action = ActionStore(*db).action(panels);
        edit(action);
        try {
            ActionStore(*db).edit(panels, action, action.revision, "EDI Manager", "window");
            ADD_FAILURE() << field.toStdString() << " was saved";
        } catch (const InvalidRequest& e) {
            EXPECT_TRUE(e.message().startsWith(QStringLiteral("Action 1.1.1, %1: the text ").arg(field)))
                << e.message().toStdString();
            EXPECT_TRUE(e.message().endsWith("Nothing was saved.")) << e.message().toStdString();
        }
    }
    EXPECT_EQ(planCsv(), before);
    ActionData action = ActionStore(*db).action(panels);
    action.progress = QString(32767, QChar(u'é'));
    EXPECT_NO_THROW(ActionStore(*db).edit(panels, action, action.revision, "EDI Manager", "window"))
        << "32,767 characters of two UTF-8 bytes each fit: counted as Excel counts";
}

TEST_F(TextInput, AStatusUpdateRefusesOneAndSaysWhichAction)
{
    UpdateRequest update;
    update.progress = kTooLong;
    update.author = "Head of EDI";
    try {
        ActionStore(*db).recordUpdate(panels, update);
        FAIL();
    } catch (const InvalidRequest& e) {
        EXPECT_EQ(e.message(), "Action 1.1.1, progress: " + kTooLongSaid + ". Nothing was saved.");
    }
    update.progress = kWithNul;
    EXPECT_THROW(ActionStore(*db).recordUpdate(panels, update), InvalidRequest);
    EXPECT_TRUE(ActionStore(*db).history(panels).isEmpty());
}

TEST_F(TextInput, NewAndRenamedThemesAndObjectivesAreCheckedToo)
{
    StructureStore structure(*db, "EDI Manager");
    EXPECT_THROW(structure.addTheme(planId, 0, kWithNul), InvalidRequest);
    const qint64 theme = PlanStore(*db).load(planId, false).themes.front().id;
    EXPECT_THROW(structure.rename(StructureStore::Kind::Theme, theme, kTooLong), InvalidRequest);
    EXPECT_EQ(PlanStore(*db).load(planId, false).themes.front().name, "Recruitment");
}

TEST_F(TextInput, APlanCsvWorkbookOrJsonIsRefusedNamingThePlaceActionAndField)
{
    PlanJson::Document document;
    document.plan = wres::test::samplePlan();
    document.plan.themes[0].objectives[0].actions[0].progress = kTooLong;
    document.plan.themes[0].objectives[0].actions[1].milestones = kWithNul;

    const auto csv = PlanCsv::read(PlanCsv::write(document.plan), "plan.csv", 9);
    ASSERT_EQ(csv.problems.size(), 2);
    EXPECT_EQ(csv.problems[0].toString(), "plan.csv:2: progress: action 1.1: " + kTooLongSaid);
    // Line 4: action 1.1 takes two lines (its text has a line break).
    EXPECT_TRUE(csv.problems[1].toString().startsWith("plan.csv:4: milestones: action 1.2: the text holds a NUL"))
        << csv.problems[1].toString().toStdString();
    EXPECT_TRUE(csv.plan.themes.isEmpty());

    const auto json = PlanJson::read(PlanJson::write(document), "plan.json", 9);
    ASSERT_EQ(json.problems.size(), 2);
    EXPECT_EQ(json.problems[0].toString(),
              "plan.json: themes[0].objectives[0].actions[0].progress: action 1.1: " + kTooLongSaid);
    EXPECT_TRUE(json.problems[1].toString().contains("actions[1].milestones: action 1.2: the text holds a NUL"));

    // In a workbook (the writer cuts what is too long, so the cells are filled as a person would).
    const QByteArray typed =
        wres::test::setCells(PlanXlsx::write({wres::test::samplePlan(), {}, {}, {}, {}, {}, {}, {}}),
                             "xl/worksheets/sheet1.xml", {{"M2", kTooLong}, {"L3", kWithNul}});
    const auto xlsx = PlanXlsx::read(typed, "plan.xlsx", 9);
    ASSERT_EQ(xlsx.problems.size(), 2);
    QStringList said;
    for (const Problem& p : xlsx.problems)
        said << p.toString();
    said.sort();
    EXPECT_TRUE(said[0].startsWith("plan.xlsx:Plan!L3: action 1.2: the text holds a NUL")) << said[0].toStdString();
    EXPECT_EQ(said[1], "plan.xlsx:Plan!M2: action 1.1: " + kTooLongSaid);
}

TEST_F(TextInput, ALeadsAnswerIsRefusedNamingTheCellAndTheAction)
{
    UpdateRequests::Options options;
    options.lead = "Head of EDI";
    const auto requests = UpdateRequests::gather(*db, planId, options);
    UpdateRequests::recordIssued(*db, planId, requests);
    const QByteArray sent = RequestWorkbook::write(requests.front());
    for (const QString& note : {kTooLong, kWithNul}) {
        const auto review = UpdateReturns::review(
            *db, wres::test::setCells(sent, "xl/worksheets/sheet1.xml", {{"J4", "Delayed"}, {"L3", note}}), "lead.xlsx",
            planId);
        ASSERT_EQ(review.problems.size(), 1);
        const QString said = review.problems.front().toString();
        EXPECT_TRUE(
            said.startsWith(QStringLiteral("lead.xlsx:Updates!L3: action %1, Progress update: the text ").arg(panels)))
            << said.toStdString();
        EXPECT_THROW(UpdateReturns::apply(*db, review), InvalidRequest);
    }
    EXPECT_TRUE(ActionStore(*db).history(panels).isEmpty());
}

// A file made before texts were checked may hold one too long for a cell: every lead still gets
// their request (that action's text cut, with a note saying so, and named in a warning), and the
// answers to it import.
TEST_F(TextInput, ATextKeptFromBeforeBlocksNoRequestRoundAndNoExport)
{
    PlanData old = wres::test::samplePlan();
    old.themes[0].objectives[0].actions[0].progress = kTooLong; // written as an older version would have
    const qint64 oldPlan = PlanStore(*db).addPlan(old);
    UpdateRequests::Options options;
    const auto requests = UpdateRequests::gather(*db, oldPlan, options);
    ASSERT_EQ(requests.size(), 3);
    UpdateRequests::recordIssued(*db, oldPlan, requests);
    QStringList warnings;
    for (const auto& request : requests) {
        const QByteArray bytes = RequestWorkbook::write(request);
        warnings << RequestWorkbook::cutTexts(request);
        if (request.lead != "Head of EDI")
            continue;
        const Xlsx::Workbook book = Xlsx::readWorkbook(bytes, "r.xlsx");
        const QString latest = book.sheets.front().rows[2].cell(8);
        EXPECT_EQ(latest.size(), TextLimits::kMaxText);
        EXPECT_TRUE(latest.endsWith("the plan keeps it in full]"));
        const auto review = UpdateReturns::review(
            *db, wres::test::setCells(bytes, "xl/worksheets/sheet1.xml", {{"J3", "Complete"}}), "edi.xlsx", oldPlan);
        ASSERT_TRUE(review.canApply()) << UpdateReturns::describeProblems(review).toStdString();
        EXPECT_EQ(review.changes.front().sentProgress, latest) << "the record holds, and signs, the cut text";
        EXPECT_EQ(UpdateReturns::apply(*db, review), 1);
    }
    EXPECT_EQ(warnings,
              QStringList({"Head of EDI: action 1.1.1, progress: 40,000 characters, more than a spreadsheet cell holds "
                           "(32,767); the request holds it cut, with a note saying so",
                           "Head of Recruitment: action 1.1.1, progress: 40,000 characters, more than a spreadsheet "
                           "cell holds (32,767); the request holds it cut, with a note saying so"}));
    QStringList exportWarnings;
    EXPECT_NO_THROW(PlanXlsx::write({PlanStore(*db).load(oldPlan, true), {}, {}, {}, {}, {}, {}, {}}, &exportWarnings));
    EXPECT_FALSE(exportWarnings.isEmpty());
    EXPECT_EQ(PlanStore(*db).load(oldPlan, false).themes[0].objectives[0].actions[0].progress, kTooLong)
        << "the plan keeps it whole";
}

} // namespace
