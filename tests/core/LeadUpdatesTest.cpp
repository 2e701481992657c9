// The lead update round trip in the core: requests gathered and written as workbooks, answers
// filled in as a lead would (the sheet XML written here), reviewed, applied, refused.
#include "TestSupport.h"
#include "WorkbookEdit.h"
#include "io/PlanXlsx.h"
#include "io/RequestWorkbook.h"
#include "io/Xlsx.h"
#include "io/ZipReader.h"
#include "store/ActionStore.h"
#include "store/AuditStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/RequestStore.h"
#include "store/StoreError.h"
#include "store/StructureStore.h"
#include "updates/UpdateRequests.h"
#include "updates/UpdateReturns.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace wres::core;
using wres::test::setCells;

namespace {

const QString kAnswers = QStringLiteral("xl/worksheets/sheet1.xml");
const QString kRecord = QStringLiteral("xl/worksheets/sheet2.xml");

class LeadUpdates : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = Database::open(wres::test::storeLocation(scratch, "plan.wres"), Database::Mode::CreateIfMissing);
        planId = PlanStore(*db).addPlan(wres::test::samplePlan());
        options.today = QDate(2024, 5, 1);
    }

    // The request to one lead, issued and recorded.
    UpdateRequests::LeadRequest issue(const QString& lead)
    {
        options.lead = lead;
        const QList<UpdateRequests::LeadRequest> requests = UpdateRequests::gather(*db, planId, options);
        EXPECT_EQ(requests.size(), 1);
        UpdateRequests::recordIssued(*db, planId, requests);
        return requests.front();
    }

    // The row (1-based) of an action in a request's sheet: actions start under the header on row 3.
    static int rowOf(const UpdateRequests::LeadRequest& request, qint64 actionId)
    {
        for (int i = 0; i < request.actions.size(); ++i)
            if (request.actions[i].id == actionId)
                return i + 3;
        ADD_FAILURE() << "action " << actionId << " is not in the request";
        return 0;
    }

    qint64 actionNumbered(const QString& number, const QString& theme) const
    {
        ActionQuery q;
        q.planId = planId;
        for (const ActionRow& row : ActionStore(*db).list(q))
            if (row.number == number && row.theme == theme)
                return row.id;
        return 0;
    }

    int historySize(qint64 actionId) const { return int(ActionStore(*db).history(actionId).size()); }

    wres::test::Scratch scratch;
    std::unique_ptr<Database> db;
    qint64 planId = 0;
    UpdateRequests::Options options;
};

TEST_F(LeadUpdates, EachLeadWithOpenActionsIsAskedAboutThemInPlanOrder)
{
    const QList<UpdateRequests::LeadRequest> all = UpdateRequests::gather(*db, planId, options);
    QStringList leads;
    for (const auto& r : all)
        leads << QStringLiteral("%1:%2").arg(r.lead).arg(r.actions.size());
    EXPECT_EQ(leads, QStringList({"Communications:1", "Head of EDI:2", "Head of Recruitment:2"}))
        << "Head of Workforce leads only a complete action: not asked";
    const PlanInfo plan = PlanStore(*db).plan(planId);
    for (const auto& r : all) {
        EXPECT_EQ(r.planUid, plan.uid);
        EXPECT_EQ(r.roundUid, all.front().roundUid) << "issued together, one round";
        EXPECT_FALSE(r.uid.isEmpty());
    }
    EXPECT_NE(all[0].uid, all[1].uid);
    const UpdateRequests::RequestedAction& first = all[1].actions.front();
    EXPECT_EQ(first.number, "1.1.1") << "the action's one reference (two themes number from 1.1)";
    EXPECT_EQ(first.theme, "Recruitment");
    EXPECT_EQ(first.objective, "Inclusive recruitment");
    EXPECT_EQ(first.status, Status::InProgress);
    EXPECT_EQ(first.rag, Rag::Amber);
    EXPECT_EQ(first.due, QDate(2024, 6, 30));
    EXPECT_EQ(all[1].actions[1].theme, "Staff experience");

    options.lead = "head of recruitment";
    EXPECT_EQ(UpdateRequests::gather(*db, planId, options).size(), 1) << "a lead's name in any case";
    options.lead = "Head of Workforce";
    EXPECT_TRUE(UpdateRequests::gather(*db, planId, options).isEmpty()) << "a lead with nothing open";
    options.lead = "Nobody";
    EXPECT_THROW(UpdateRequests::gather(*db, planId, options), InvalidRequest);

    options.lead.clear();
    options.dueWithinDays = 30;
    options.today = QDate(2024, 7, 15); // 1.1 (June 2024) is overdue by then; the others have no date
    const auto soon = UpdateRequests::gather(*db, planId, options);
    ASSERT_EQ(soon.size(), 2);
    EXPECT_EQ(soon[0].actions.size(), 1);
    EXPECT_EQ(soon[0].actions.front().number, "1.1.1") << "overdue counts as due";
    options.today = QDate(2024, 1, 1);
    EXPECT_TRUE(UpdateRequests::gather(*db, planId, options).isEmpty()) << "June is more than 30 days away";
}

TEST_F(LeadUpdates, FileNamesAreTheLeadsMadeSafeAndUnique)
{
    QList<UpdateRequests::LeadRequest> requests(5);
    requests[0].lead = "Head of EDI";
    requests[1].lead = "Director: People/OD";
    requests[2].lead = "director- people-od";
    requests[3].lead = "...";
    requests[4].lead = "P&C Team?";
    const QStringList names = UpdateRequests::fileNames(requests, "xlsx");
    ASSERT_EQ(names.size(), 5);
    EXPECT_EQ(names[0], "Head of EDI.xlsx");
    // Two leads that would share a name (in any case) each get a mark of their own, whatever the order.
    EXPECT_TRUE(QRegularExpression("^Director- People-OD ~[0-9a-f]{8}\\.xlsx$").match(names[1]).hasMatch())
        << names[1].toStdString();
    EXPECT_TRUE(QRegularExpression("^director- people-od ~[0-9a-f]{8}\\.xlsx$").match(names[2]).hasMatch())
        << names[2].toStdString();
    EXPECT_NE(names[1].right(13), names[2].right(13));
    EXPECT_EQ(names[3], "Lead.xlsx");
    EXPECT_EQ(names[4], "P&C Team-.xlsx");
}

TEST_F(LeadUpdates, TheWorkbookHasTheTableDropDownsLockedCellsAndAHiddenRecord)
{
    const auto request = issue("Head of EDI");
    const QByteArray bytes = RequestWorkbook::write(request);
    const Xlsx::Workbook book = Xlsx::readWorkbook(bytes, "r.xlsx");
    ASSERT_TRUE(book.problems.isEmpty());
    ASSERT_EQ(book.sheets.size(), 2);
    const Xlsx::Worksheet& sheet = book.sheets[0];
    EXPECT_EQ(sheet.name, "Updates");
    EXPECT_FALSE(sheet.hidden);
    EXPECT_TRUE(sheet.rows[0].cell(0).startsWith("Update request for Head of EDI"));
    EXPECT_EQ(sheet.rows[1].number, 2);
    EXPECT_EQ(sheet.rows[1].texts(12),
              QStringList({"ID", "Theme", "Objective", "Action", "Timescale", "Due", "Status", "RAG", "Latest progress",
                           "New status", "New RAG", "Progress update"}));
    ASSERT_EQ(sheet.rows.size(), 4);
    EXPECT_EQ(sheet.rows[2].texts(8),
              QStringList({QString::number(request.actions[0].id), "Recruitment", "Inclusive recruitment",
                           "• Diverse panels\n  ◦ for Band 8a+", "June 2024", "30 Jun 2024", "In progress", "A"}));
    EXPECT_TRUE(book.sheets[1].hidden) << "the record is hidden";
    EXPECT_EQ(book.sheets[1].name, "wres");

    const ZipReader zip(bytes);
    const QString xml = QString::fromUtf8(zip.file(kAnswers).value());
    EXPECT_TRUE(xml.contains("<sheetProtection")) << "cells are locked";
    EXPECT_FALSE(xml.contains("password")) << "without a password";
    EXPECT_TRUE(xml.contains(R"(<dataValidation type="list" allowBlank="1")"));
    EXPECT_TRUE(xml.contains("sqref=\"J3:J4\"")) << xml.toStdString();
    EXPECT_TRUE(xml.contains("sqref=\"K3:K4\""));
    EXPECT_TRUE(xml.contains(R"(<formula1>"Not started,In progress,Delayed,Complete"</formula1>)"));
    EXPECT_TRUE(xml.contains(R"(<formula1>"R,A,G,B"</formula1>)"));
    const QString styles = QString::fromUtf8(zip.file("xl/styles.xml").value());
    EXPECT_TRUE(styles.contains(R"(<protection locked="0"/>)")) << "the answer cells are not locked";
    EXPECT_TRUE(QString::fromUtf8(zip.file(kRecord).value()).contains("<sheetProtection"));
}

TEST_F(LeadUpdates, AnswersComeBackAsUpdatesByTheLeadFromThatFile)
{
    const auto request = issue("Head of EDI");
    const qint64 panels = request.actions[0].id;
    const qint64 campaign = request.actions[1].id;
    const int row = rowOf(request, panels);
    const QByteArray answered =
        setCells(RequestWorkbook::write(request), kAnswers,
                 {{QStringLiteral("J%1").arg(row), "complete"},
                  {QStringLiteral("K%1").arg(row), "B"},
                  {QStringLiteral("L%1").arg(row), "Panels in place since May; = not a formula"}});

    const UpdateReturns::FileReview review = UpdateReturns::review(*db, answered, "Head of EDI.xlsx", planId);
    ASSERT_TRUE(review.canApply()) << UpdateReturns::describeProblems(review).toStdString();
    EXPECT_EQ(review.lead, "Head of EDI");
    EXPECT_EQ(review.blankRows, 1) << "the campaign's row was left blank";
    ASSERT_EQ(review.changes.size(), 1);
    const UpdateReturns::Change& change = review.changes.front();
    EXPECT_EQ(change.actionId, panels);
    EXPECT_EQ(change.row, row);
    EXPECT_FALSE(change.conflict);
    EXPECT_TRUE(change.accepted);
    EXPECT_EQ(change.newStatus(), Status::Complete);
    EXPECT_EQ(change.newRag(), Rag::Blue);
    EXPECT_EQ(UpdateReturns::describe(change),
              "1.1.1 “• Diverse panels”: status In progress → Complete, RAG A → B, note “Panels in "
              "place since May; = not a formula”");

    const int before = historySize(campaign);
    EXPECT_EQ(UpdateReturns::apply(*db, review), 1);
    const ActionRow now = ActionStore(*db).row(panels);
    EXPECT_EQ(now.status, Status::Complete);
    EXPECT_EQ(now.rag, Rag::Blue);
    EXPECT_EQ(now.progress, "Panels in place since May; = not a formula");
    const StatusUpdate last = ActionStore(*db).history(panels).last();
    EXPECT_EQ(last.author, "Head of EDI") << "the lead is the author";
    EXPECT_EQ(historySize(campaign), before) << "a blank row records nothing";
    AuditQuery query;
    query.planId = planId;
    query.entity = "action";
    query.entityId = panels;
    const QList<AuditRecord> audit = AuditStore(*db).list(query);
    ASSERT_FALSE(audit.isEmpty());
    EXPECT_EQ(audit.last().entry.source, "update returned in Head of EDI.xlsx");
    EXPECT_EQ(audit.last().entry.author, "Head of EDI");

    const auto issued = RequestStore(*db).find(request.uid);
    ASSERT_TRUE(issued.has_value());
    EXPECT_TRUE(issued->isReturned());
    EXPECT_EQ(issued->appliedCount, 1);

    const UpdateReturns::FileReview again = UpdateReturns::review(*db, answered, "copy.xlsx", planId);
    ASSERT_FALSE(again.canApply()) << "the same answers are not imported twice";
    EXPECT_TRUE(again.problems.front().toString().contains("imported already"))
        << again.problems.front().toString().toStdString();
    EXPECT_THROW(UpdateReturns::apply(*db, again), InvalidRequest);
}

TEST_F(LeadUpdates, ANoteAloneKeepsTheStatusAndAStatusAloneKeepsTheProgress)
{
    // The policy action has a progress note that an answer giving only a status must keep.
    const qint64 policy = actionNumbered("1.2", "Recruitment");
    UpdateRequest earlier;
    earlier.progress = "Draft with HR";
    earlier.author = "EDI Manager";
    ActionStore(*db).recordUpdate(policy, earlier);
    const auto request = issue("Head of Recruitment");
    ASSERT_EQ(request.actions[1].id, policy);
    const QByteArray answered =
        setCells(RequestWorkbook::write(request), kAnswers, {{"L3", "Still on track"}, {"J4", "In progress"}});
    const auto review = UpdateReturns::review(*db, answered, "r.xlsx");
    ASSERT_TRUE(review.canApply()) << UpdateReturns::describeProblems(review).toStdString();
    EXPECT_EQ(review.planId, planId) << "found by the uid it carries";
    ASSERT_EQ(UpdateReturns::apply(*db, review), 2);
    const ActionRow panels = ActionStore(*db).row(request.actions[0].id);
    EXPECT_EQ(panels.status, Status::InProgress) << "a note alone keeps the status";
    EXPECT_EQ(panels.rag, Rag::Amber);
    EXPECT_EQ(panels.progress, "Still on track");
    const ActionRow row = ActionStore(*db).row(policy);
    EXPECT_EQ(row.status, Status::InProgress);
    EXPECT_EQ(row.progress, "Draft with HR") << "a status alone keeps the progress";
}

TEST_F(LeadUpdates, AnActionChangedSinceTheRequestIsAConflictAppliedOnlyWhenAccepted)
{
    const auto request = issue("Head of EDI");
    const qint64 panels = request.actions[0].id;
    UpdateRequest meanwhile;
    meanwhile.status = Status::Delayed;
    meanwhile.author = "EDI Manager";
    meanwhile.at = request.issuedAt.addSecs(60);
    ActionStore(*db).recordUpdate(panels, meanwhile);

    const QByteArray answered =
        setCells(RequestWorkbook::write(request), kAnswers, {{"J3", "Complete"}, {"L3", "Done"}, {"J4", "Delayed"}});
    UpdateReturns::FileReview review = UpdateReturns::review(*db, answered, "r.xlsx", planId);
    ASSERT_TRUE(review.canApply());
    ASSERT_EQ(review.changes.size(), 2);
    const UpdateReturns::Change& conflict = review.changes[0];
    EXPECT_TRUE(conflict.conflict);
    EXPECT_FALSE(conflict.accepted) << "never applied silently";
    EXPECT_EQ(conflict.sentStatus, Status::InProgress);
    EXPECT_EQ(conflict.planStatus, Status::Delayed);
    ASSERT_FALSE(conflict.changesSince.isEmpty());
    EXPECT_TRUE(conflict.changesSince.front().contains("Status: In progress → Delayed (EDI Manager"))
        << conflict.changesSince.front().toStdString();
    const QString sideBySide = UpdateReturns::describeConflict(conflict);
    EXPECT_TRUE(sideBySide.contains("when the request was sent: In progress")) << sideBySide.toStdString();
    EXPECT_TRUE(sideBySide.contains("in the plan now:           Delayed"));
    EXPECT_TRUE(sideBySide.contains("the lead's answer:         Complete"));
    EXPECT_FALSE(review.changes[1].conflict);
    EXPECT_EQ(review.conflictCount(), 1);

    const int before = historySize(panels);
    EXPECT_EQ(UpdateReturns::apply(*db, review), 1) << "only the row without a conflict";
    EXPECT_EQ(historySize(panels), before);
    EXPECT_EQ(ActionStore(*db).row(panels).status, Status::Delayed);
}

TEST_F(LeadUpdates, AnAcceptedConflictIsAppliedOverWhatTheReviewerSaw)
{
    const auto request = issue("Head of EDI");
    const qint64 panels = request.actions[0].id;
    UpdateRequest meanwhile;
    meanwhile.rag = Rag::Red;
    meanwhile.author = "EDI Manager";
    ActionStore(*db).recordUpdate(panels, meanwhile);
    const QByteArray answered = setCells(RequestWorkbook::write(request), kAnswers, {{"J3", "Complete"}});
    UpdateReturns::FileReview review = UpdateReturns::review(*db, answered, "r.xlsx", planId);
    review.changes[0].accepted = true;
    EXPECT_EQ(UpdateReturns::apply(*db, review), 1);
    EXPECT_EQ(ActionStore(*db).row(panels).status, Status::Complete);
    EXPECT_EQ(ActionStore(*db).row(panels).rag, Rag::Red) << "the RAG was not answered: the plan's stays";
}

TEST_F(LeadUpdates, AChangeBetweenReviewAndApplyRefusesTheWholeFile)
{
    const auto request = issue("Head of EDI");
    const QByteArray answered =
        setCells(RequestWorkbook::write(request), kAnswers, {{"J3", "Complete"}, {"J4", "Complete"}});
    const UpdateReturns::FileReview review = UpdateReturns::review(*db, answered, "r.xlsx", planId);
    ASSERT_EQ(review.acceptedCount(), 2);
    UpdateRequest meanwhile;
    meanwhile.progress = "Someone else, just now";
    meanwhile.author = "EDI Manager";
    ActionStore(*db).recordUpdate(request.actions[1].id, meanwhile);
    const int before = historySize(request.actions[0].id);
    try {
        UpdateReturns::apply(*db, review);
        FAIL() << "the second action moved on";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::Conflict);
    }
    EXPECT_EQ(historySize(request.actions[0].id), before) << "one transaction: the first row is not kept either";
    EXPECT_FALSE(RequestStore(*db).find(request.uid)->isReturned());
}

struct BadAnswer
{
    const char* name;
    QMap<QString, QString> cells;
    QString part = kAnswers;
    const char* place;
    const char* message;
};

class LeadUpdatesRefused : public LeadUpdates, public ::testing::WithParamInterface<BadAnswer>
{};

TEST_P(LeadUpdatesRefused, NamingTheFileSheetAndCellAndChangingNothing)
{
    const auto request = issue("Head of EDI");
    const BadAnswer& bad = GetParam();
    QMap<QString, QString> cells = bad.cells;
    for (QString& value : cells)
        if (value == "ID_OF_ROW_3")
            value = QString::number(request.actions[0].id);
    // A good answer in the same file is not applied either.
    const QByteArray good = setCells(RequestWorkbook::write(request), kAnswers, {{"J4", "Complete"}});
    const QByteArray answered = setCells(good, bad.part, cells);
    const int before = historySize(request.actions[1].id);
    const UpdateReturns::FileReview review = UpdateReturns::review(*db, answered, "lead.xlsx", planId);
    ASSERT_FALSE(review.canApply());
    const QString all = UpdateReturns::describeProblems(review);
    EXPECT_TRUE(all.contains(QStringLiteral("lead.xlsx:%1: ").arg(bad.place))) << all.toStdString();
    EXPECT_TRUE(all.contains(bad.message)) << all.toStdString();
    EXPECT_TRUE(all.contains("in lead.xlsx; nothing from it was imported.")) << all.toStdString();
    EXPECT_THROW(UpdateReturns::apply(*db, review), InvalidRequest);
    EXPECT_EQ(historySize(request.actions[1].id), before);
    EXPECT_FALSE(RequestStore(*db).find(request.uid)->isReturned());
}

INSTANTIATE_TEST_SUITE_P(
    EveryErrorPath, LeadUpdatesRefused,
    ::testing::Values(
        BadAnswer{"status", {{"J3", "Done"}}, kAnswers, "Updates!J3", "'Done' is not a status"},
        BadAnswer{"rag", {{"K3", "Purple"}}, kAnswers, "Updates!K3", "'Purple' is not a RAG rating"},
        BadAnswer{"unknownId",
                  {{"A3", "999"}, {"L3", "x"}},
                  kAnswers,
                  "Updates!A3",
                  "action 999 was not in this request to Head of EDI"},
        BadAnswer{"notAnId", {{"A3", "one"}, {"L3", "x"}}, kAnswers, "Updates!A3", "'one' is not an action ID"},
        BadAnswer{"noId", {{"A3", ""}, {"L3", "x"}}, kAnswers, "Updates!A3", "an answer without an action ID"},
        BadAnswer{
            "twice", {{"A4", "ID_OF_ROW_3"}, {"L3", "x"}, {"L4", "y"}}, kAnswers, "Updates!A4", "is answered twice"},
        BadAnswer{"otherPlan",
                  {{"B3", "not-this-plan"}},
                  kRecord,
                  "wres!B9",
                  "this file was not issued by this plan, or its request was edited"}),
    [](const auto& test) { return std::string(test.param.name); });

TEST_F(LeadUpdates, AnActionDeletedSinceTheRequestIsAnError)
{
    const auto request = issue("Head of EDI");
    const QByteArray answered = setCells(RequestWorkbook::write(request), kAnswers, {{"J4", "Complete"}});
    qint64 objective = 0;
    int position = 0;
    StructureStore(*db, "EDI Manager").takeAction(request.actions[1].id, &objective, &position);
    const auto review = UpdateReturns::review(*db, answered, "lead.xlsx", planId);
    ASSERT_FALSE(review.canApply());
    EXPECT_EQ(review.problems.front().toString(),
              QStringLiteral("lead.xlsx:Updates!A4: action %1 is not in the plan (deleted since the request?)")
                  .arg(request.actions[1].id));
}

TEST_F(LeadUpdates, AWorkbookThatIsNotARequestIsRefused)
{
    const auto review = UpdateReturns::review(
        *db, PlanXlsx::write({wres::test::samplePlan(), {}, {}, {}, {}, {}, {}, {}}), "plan.xlsx", planId);
    ASSERT_EQ(review.problems.size(), 1);
    EXPECT_TRUE(review.problems.front().toString().startsWith("plan.xlsx: this is not an update request"));
    EXPECT_EQ(UpdateReturns::review(*db, "not a workbook", "x.xlsx").problems.front().toString(),
              "x.xlsx: not an Excel workbook (.xlsx): it is not a zip package");
}

TEST_F(LeadUpdates, TheSummaryNamesWhoAnsweredAndWhoIsStillToAnswer)
{
    const QList<UpdateRequests::LeadRequest> round = UpdateRequests::gather(*db, planId, options);
    UpdateRequests::recordIssued(*db, planId, round);
    const auto& edi = round[1];
    ASSERT_EQ(edi.lead, "Head of EDI");
    const auto review =
        UpdateReturns::review(*db, setCells(RequestWorkbook::write(edi), kAnswers, {{"J3", "Delayed"}}), "e.xlsx");
    const int applied = UpdateReturns::apply(*db, review);
    const UpdateReturns::Summary summary = UpdateReturns::summarise(*db, planId, {{edi.lead, applied}});
    EXPECT_EQ(summary.outstanding, QStringList({"Communications", "Head of Recruitment"}));
    EXPECT_EQ(summary.text(), "Answered: Head of EDI (1 update).\n1 update recorded.\nStill to answer (2): "
                              "Communications, Head of Recruitment.");

    // A new round replaces the old one for "still to answer".
    options.lead = "Communications";
    UpdateRequests::recordIssued(*db, planId, UpdateRequests::gather(*db, planId, options));
    EXPECT_EQ(UpdateReturns::summarise(*db, planId, {}).outstanding, QStringList({"Communications"}));
}

} // namespace
