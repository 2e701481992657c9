// Forged returned workbooks, as a hostile lead (or anyone with a workbook) would make them from a
// real issued request: every forgery is refused, records nothing and leaves the summary as it was;
// the genuine file still imports. A property over many forgeries generated at random (seeded, so
// a failure names the seed and the edits that got through).
#include "TestSupport.h"
#include "WorkbookEdit.h"
#include "io/PlanCsv.h"
#include "io/PlanJson.h"
#include "io/PlanXlsx.h"
#include "io/RequestWorkbook.h"
#include "io/Xlsx.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/RequestStore.h"
#include "store/StoreError.h"
#include "updates/UpdateRequests.h"
#include "updates/UpdateReturns.h"

#include <QUuid>

#include <functional>
#include <gtest/gtest.h>
#include <random>

using namespace wres::core;
using wres::test::setCells;

namespace {

const QString kAnswers = QStringLiteral("xl/worksheets/sheet1.xml");
const QString kRecord = QStringLiteral("xl/worksheets/sheet2.xml");
// The record's cells (io/RequestWorkbook.cpp): values in column B, actions from row 12.
const QString kFormatCell = QStringLiteral("B2"), kPlanCell = QStringLiteral("B3"), kTitleCell = QStringLiteral("B4"),
              kLeadCell = QStringLiteral("B5"), kRequestCell = QStringLiteral("B6"),
              kSignatureCell = QStringLiteral("B9");
constexpr int kFirstActionRow = 12;

QString uid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

class RequestForgery : public ::testing::Test
{
public: // the forgeries below edit with what the fixture holds
    void SetUp() override
    {
        db = Database::open(wres::test::storeLocation(scratch, "plan.wres"), Database::Mode::CreateIfMissing);
        planId = PlanStore(*db).addPlan(wres::test::samplePlan());
        options.today = QDate(2024, 5, 1);
        options.now = QDateTime(QDate(2024, 4, 1), QTime(9, 0), Qt::UTC);
        oldRound = issueRound();
        options.now = options.now.addDays(30);
        round = issueRound();
        edi = byLead(round, "Head of EDI");
        recruitment = byLead(round, "Head of Recruitment");
        communications = byLead(round, "Communications");
        // The genuine answers: Head of EDI completes the first action and notes the second.
        genuine =
            setCells(RequestWorkbook::write(edi), kAnswers, {{"J3", "Complete"}, {"L3", "Done"}, {"L4", "Begun"}});

        // Another plan file with the same plan, issuing its own requests with its own key.
        otherDb = Database::open(wres::test::storeLocation(scratch, "other.wres"), Database::Mode::CreateIfMissing);
        const qint64 otherPlan = PlanStore(*otherDb).addPlan(wres::test::samplePlan());
        options.lead = "Head of EDI";
        const auto others = UpdateRequests::gather(*otherDb, otherPlan, options);
        UpdateRequests::recordIssued(*otherDb, otherPlan, others);
        options.lead.clear();
        otherFile = setCells(RequestWorkbook::write(others.front()), kAnswers, {{"J3", "Complete"}});

        // Actions Head of EDI does not lead.
        ActionQuery q;
        q.planId = planId;
        for (const ActionRow& row : ActionStore(*db).list(q))
            if (!row.leads.contains("Head of EDI", Qt::CaseInsensitive))
                notEdis << row.id;
        ASSERT_GE(notEdis.size(), 2);
    }

    QList<UpdateRequests::LeadRequest> issueRound()
    {
        const auto requests = UpdateRequests::gather(*db, planId, options);
        UpdateRequests::recordIssued(*db, planId, requests);
        return requests;
    }

    static UpdateRequests::LeadRequest byLead(const QList<UpdateRequests::LeadRequest>& requests, const QString& lead)
    {
        for (const auto& r : requests)
            if (r.lead == lead)
                return r;
        ADD_FAILURE() << "no request to " << lead.toStdString();
        return {};
    }

    // Everything a forgery could change: each action as it stands with its history, each request's
    // return, and the summary of who answered.
    QStringList state() const
    {
        QStringList lines;
        ActionQuery q;
        q.planId = planId;
        for (const ActionRow& row : ActionStore(*db).list(q))
            lines << QStringLiteral("%1 r%2 %3 %4 %5 h%6")
                         .arg(row.id)
                         .arg(row.revision)
                         .arg(statusCode(row.status), ragLetter(row.rag), row.progress)
                         .arg(ActionStore(*db).history(row.id).size());
        for (const auto& requests : {oldRound, round})
            for (const auto& r : requests) {
                const auto issued = RequestStore(*db).find(r.uid);
                lines << QStringLiteral("%1 %2 %3")
                             .arg(r.uid, issued->returnedAt.toString(Qt::ISODateWithMs), issued->returnedFile);
            }
        lines << UpdateReturns::summarise(*db, planId, {}).text();
        return lines;
    }

    // Imports a file as the command line and the window do; true when anything was recorded.
    bool imported(const QByteArray& bytes, QString* why = nullptr)
    {
        const UpdateReturns::FileReview review = UpdateReturns::review(*db, bytes, "forged.xlsx", planId);
        if (why)
            *why = UpdateReturns::describeProblems(review);
        try {
            UpdateReturns::apply(*db, review);
            return true;
        } catch (const InvalidRequest&) {
            return false;
        } catch (const StoreError&) {
            return false;
        }
    }

    wres::test::Scratch scratch;
    std::unique_ptr<Database> db, otherDb;
    qint64 planId = 0;
    UpdateRequests::Options options;
    QList<UpdateRequests::LeadRequest> oldRound, round;
    UpdateRequests::LeadRequest edi, recruitment, communications;
    QByteArray genuine, otherFile;
    QList<qint64> notEdis;
};

// One way of forging: its name, and the edit made to a workbook.
struct Forgery
{
    const char* name;
    std::function<QByteArray(RequestForgery&, const QByteArray&, std::mt19937&)> edit;
};

QByteArray setRecord(const QByteArray& workbook, const QMap<QString, QString>& cells)
{
    return setCells(workbook, kRecord, cells);
}

// The target's record made to say what the source's says, cell by cell (as a lead with the hidden
// sheet shown would copy it over; a sheet part alone would not do, as it points into its own
// workbook's shared strings).
QByteArray copyRecord(const QByteArray& target, const QByteArray& source)
{
    const auto record = [](const QByteArray& workbook) {
        const Xlsx::Workbook book = Xlsx::readWorkbook(workbook, "x.xlsx");
        const Xlsx::Worksheet* sheet = book.sheet("wres");
        return sheet ? *sheet : Xlsx::Worksheet();
    };
    if (record(target).rows.isEmpty())
        return target; // an earlier edit took the record away
    QMap<QString, QString> cells;
    for (const Xlsx::Row& row : record(target).rows)
        for (const Xlsx::Cell& cell : row.cells)
            cells[Xlsx::cellName(cell.column, row.number)] = QString();
    for (const Xlsx::Row& row : record(source).rows)
        for (const Xlsx::Cell& cell : row.cells)
            cells[Xlsx::cellName(cell.column, row.number)] = cell.text;
    return setRecord(target, cells);
}

// A request's record as a sheet part of its own (every cell holding its text).
QByteArray recordPart(const QByteArray& workbook)
{
    return wres::test::part(copyRecord(workbook, workbook), kRecord);
}

QByteArray replaceInPart(const QByteArray& workbook, const QString& part, const QByteArray& from, const QByteArray& to)
{
    QByteArray bytes = wres::test::part(workbook, part);
    bytes.replace(from, to);
    return wres::test::setParts(workbook, {{part, bytes}});
}

QString someHex(std::mt19937& random)
{
    QString hex;
    for (int i = 0; i < 64; ++i)
        hex += QString::number(int(random() % 16), 16);
    return hex;
}

QList<Forgery> forgeries()
{
    using F = RequestForgery;
    return {
        {"fresh request id",
         [](F&, const QByteArray& w, std::mt19937&) {
             return setRecord(w, {{kRequestCell, uid()}});
         }},
        {"another lead's request id",
         [](F& f, const QByteArray& w, std::mt19937&) {
             return setRecord(w, {{kRequestCell, f.recruitment.uid}});
         }},
        {"the old round's request id",
         [](F& f, const QByteArray& w, std::mt19937&) {
             return setRecord(w, {{kRequestCell, F::byLead(f.oldRound, "Head of EDI").uid}});
         }},
        {"another lead named",
         [](F&, const QByteArray& w, std::mt19937& r) {
             return setRecord(
                 w, {{kLeadCell, r() % 2 ? QStringLiteral("Head of Recruitment") : QStringLiteral("HEAD OF EDI")}});
         }},
        {"an action of another lead put in the list",
         [](F& f, const QByteArray& w, std::mt19937& r) {
             return setRecord(w, {{QStringLiteral("A%1").arg(kFirstActionRow + int(r() % 2)),
                                   QString::number(f.notEdis[int(r() % f.notEdis.size())])}});
         }},
        {"an action added to the list",
         [](F& f, const QByteArray& w, std::mt19937&) {
             const int row = kFirstActionRow + int(f.edi.actions.size());
             return setRecord(w, {{QStringLiteral("A%1").arg(row), QString::number(f.notEdis.front())},
                                  {QStringLiteral("B%1").arg(row), QStringLiteral("1")},
                                  {QStringLiteral("C%1").arg(row), QStringLiteral("in_progress")}});
         }},
        {"an action taken off the list",
         [](F&, const QByteArray& w, std::mt19937&) {
             const int row = kFirstActionRow + 1;
             return setRecord(w, {{QStringLiteral("A%1").arg(row), {}},
                                  {QStringLiteral("B%1").arg(row), {}},
                                  {QStringLiteral("C%1").arg(row), {}},
                                  {QStringLiteral("D%1").arg(row), {}},
                                  {QStringLiteral("E%1").arg(row), {}}});
         }},
        {"a revision changed (to hide a conflict)",
         [](F&, const QByteArray& w, std::mt19937& r) {
             return setRecord(w, {{QStringLiteral("B%1").arg(kFirstActionRow), QString::number(2 + r() % 50)}});
         }},
        {"a sent status changed",
         [](F&, const QByteArray& w, std::mt19937&) {
             return setRecord(w, {{QStringLiteral("C%1").arg(kFirstActionRow), QStringLiteral("complete")}});
         }},
        {"another plan's id",
         [](F&, const QByteArray& w, std::mt19937&) {
             return setRecord(w, {{kPlanCell, uid()}});
         }},
        {"the plan's title changed",
         [](F&, const QByteArray& w, std::mt19937&) {
             return setRecord(w, {{kTitleCell, QStringLiteral("Another plan")}});
         }},
        {"a made-up signature",
         [](F&, const QByteArray& w, std::mt19937& r) {
             return setRecord(w, {{kSignatureCell, someHex(r)}});
         }},
        {"no signature",
         [](F&, const QByteArray& w, std::mt19937&) {
             return setRecord(w, {{kSignatureCell, {}}});
         }},
        {"another request's signature",
         [](F& f, const QByteArray& w, std::mt19937&) {
             const auto other = RequestWorkbook::read(RequestWorkbook::write(f.recruitment), "r.xlsx");
             return setRecord(w, {{kSignatureCell, other.signature}});
         }},
        {"an older format, unsigned",
         [](F&, const QByteArray& w, std::mt19937&) {
             return setRecord(w, {{kFormatCell, QStringLiteral("1")}, {kSignatureCell, {}}});
         }},
        {"the hidden sheet removed",
         [](F&, const QByteArray& w, std::mt19937& r) {
             return r() % 2 ? replaceInPart(w, "xl/workbook.xml", "name=\"wres\"", "name=\"notes\"")
                            : replaceInPart(w, "xl/workbook.xml", "<sheet name=\"wres\"", "<notASheet name=\"wres\"");
         }},
        {"a forged hidden sheet added before the real one",
         [](F& f, const QByteArray& w, std::mt19937&) {
             const QByteArray forged =
                 setRecord(RequestWorkbook::write(f.recruitment), {{kLeadCell, QStringLiteral("Head of EDI")}});
             return wres::test::addSheet(w, "wres", recordPart(forged), true, 1);
         }},
        {"another lead's genuine record put in",
         [](F& f, const QByteArray& w, std::mt19937&) {
             // Communications was asked about the campaign only: the answer on row 3 is not theirs.
             return copyRecord(w, RequestWorkbook::write(f.communications));
         }},
        {"a hidden sheet added to a plan export",
         [](F& f, const QByteArray&, std::mt19937&) {
             const QByteArray plan = PlanXlsx::write({wres::test::samplePlan(), {}, {}, {}, {}, {}, {}, {}});
             return wres::test::addSheet(plan, "wres", recordPart(f.genuine), true, 9);
         }},
        {"answers moved to another lead's action",
         [](F& f, const QByteArray& w, std::mt19937& r) {
             return setCells(w, kAnswers,
                             {{QStringLiteral("A%1").arg(3 + int(r() % 2)),
                               QString::number(f.notEdis[int(r() % f.notEdis.size())])},
                              {QStringLiteral("J%1").arg(3), QStringLiteral("Complete")}});
         }},
        {"an answer on a row of its own for another lead's action",
         [](F& f, const QByteArray& w, std::mt19937&) {
             return setCells(w, kAnswers, {{"A9", QString::number(f.notEdis.back())}, {"J9", "Complete"}});
         }},
        {"a file from another plan file", [](F& f, const QByteArray&, std::mt19937&) { return f.otherFile; }},
        {"another plan file's record",
         [](F& f, const QByteArray& w, std::mt19937&) { return copyRecord(w, f.otherFile); }},
    };
}

TEST_F(RequestForgery, EveryForgeryIsRefusedRecordsNothingAndTheGenuineFileImports)
{
    const QList<Forgery> all = forgeries();
    std::mt19937 random(20240501);
    const QStringList before = state();
    int refusedWithWords = 0;
    for (int i = 0; i < 160; ++i) {
        // One to three edits of the genuine file, in any order.
        QByteArray forged = genuine;
        QStringList done;
        const int edits = 1 + int(random() % 3);
        for (int e = 0; e < edits; ++e) {
            const Forgery& f = all[int(random() % all.size())];
            forged = f.edit(*this, forged, random);
            done << QString::fromLatin1(f.name);
        }
        QString why;
        ASSERT_FALSE(imported(forged, &why)) << "forgery " << i << " got through: " << done.join(", ").toStdString();
        ASSERT_EQ(state(), before) << "forgery " << i << " changed something: " << done.join(", ").toStdString();
        if (why.contains("not issued by this plan, or its request was edited"))
            ++refusedWithWords;
    }
    EXPECT_GT(refusedWithWords, 40) << "most forgeries are told apart by the signature, in a lead's words";

    // Each kind alone, too, so that none is left to chance.
    for (const Forgery& f : all) {
        const QByteArray forged = f.edit(*this, genuine, random);
        QString why;
        EXPECT_FALSE(imported(forged, &why)) << f.name;
        EXPECT_EQ(state(), before) << f.name;
        EXPECT_TRUE(why.contains("forged.xlsx")) << f.name << ": " << why.toStdString();
    }

    // The genuine file still imports, once.
    QString why;
    ASSERT_TRUE(imported(genuine, &why)) << why.toStdString();
    EXPECT_EQ(ActionStore(*db).row(edi.actions.front().id).status, Status::Complete);
    const QStringList after = state();
    EXPECT_FALSE(imported(genuine)) << "replayed after its import";
    EXPECT_EQ(state(), after);
}

TEST_F(RequestForgery, ARequestAnsweredOnceCannotBeAnsweredAgainUnderAnyGuise)
{
    ASSERT_TRUE(imported(setCells(RequestWorkbook::write(communications), kAnswers, {{"J3", "Delayed"}})));
    const QStringList before = state();
    QString why;
    EXPECT_FALSE(imported(setCells(RequestWorkbook::write(communications), kAnswers, {{"J3", "Complete"}}), &why))
        << "a second copy of the same request, answered otherwise";
    EXPECT_TRUE(why.contains("imported already")) << why.toStdString();
    EXPECT_FALSE(imported(setRecord(genuine, {{kRequestCell, communications.uid}})))
        << "another file claiming the answered request";
    EXPECT_EQ(state(), before);
}

TEST_F(RequestForgery, TheMessageSaysInAnEdiOfficersWordsWhatIsWrong)
{
    const auto review = UpdateReturns::review(*db, setRecord(genuine, {{kLeadCell, "Head of Recruitment"}}),
                                              "Head of EDI.xlsx", planId);
    ASSERT_EQ(review.problems.size(), 1) << "nothing else in a forged file is worth reading";
    EXPECT_EQ(review.problems.front().toString(),
              "Head of EDI.xlsx:wres!B9: this file was not issued by this plan, or its request was edited; its "
              "answers cannot be trusted and nothing from it can be imported. Ask the lead to send back the file "
              "exactly as it was sent to them, or send them a new request");
    const auto older =
        UpdateReturns::review(*db, setRecord(genuine, {{kFormatCell, "1"}, {kSignatureCell, {}}}), "old.xlsx", planId);
    ASSERT_EQ(older.problems.size(), 1);
    EXPECT_TRUE(older.problems.front().message.contains("made by an older WRES Tracker"))
        << older.problems.front().message.toStdString();
    EXPECT_TRUE(older.problems.front().message.contains("send Head of EDI a new request"));
}

TEST_F(RequestForgery, TheKeyIsMadeOnceKeptInThePlanFileAndNeverExported)
{
    const QByteArray key = RequestStore(*db).signingKey();
    ASSERT_EQ(key.size(), 32);
    EXPECT_EQ(RequestStore(*db).keyForNewRound(), key) << "made on first use, then kept";
    EXPECT_NE(RequestStore(*otherDb).signingKey(), key) << "each plan file its own";
    const QByteArray hex = key.toHex();
    EXPECT_FALSE(genuine.contains(hex)) << "the workbook carries a signature, not the key";
    EXPECT_FALSE(wres::test::part(genuine, kRecord).contains(hex));
    const PlanData plan = PlanStore(*db).load(planId, true);
    EXPECT_FALSE(PlanXlsx::write({plan, {}, {}, {}, {}, {}, {}, {}}).contains(hex));
    EXPECT_FALSE(PlanJson::write({plan, {}, {}, {}, {}, {}, {}, {}}).contains(hex));
    EXPECT_FALSE(PlanCsv::write(plan).contains(hex));
}

TEST_F(RequestForgery, AnUnknownOrAnsweredRequestIsNeverMarkedAnswered)
{
    EXPECT_THROW(RequestStore(*db).recordReturned(uid(), "x.xlsx", 0, QDateTime::currentDateTimeUtc()), InvalidRequest);
    RequestStore(*db).recordReturned(edi.uid, "x.xlsx", 0, QDateTime::currentDateTimeUtc());
    EXPECT_THROW(RequestStore(*db).recordReturned(edi.uid, "y.xlsx", 0, QDateTime::currentDateTimeUtc()),
                 InvalidRequest)
        << "a second import of the same answers, even one running at the same time";
    EXPECT_EQ(RequestStore(*db).find(edi.uid)->returnedFile, "x.xlsx");
    const auto issued = RequestStore(*db).find(edi.uid);
    ASSERT_EQ(issued->actions.size(), edi.actions.size()) << "the request's actions are on record";
    for (int i = 0; i < edi.actions.size(); ++i) {
        EXPECT_EQ(issued->actions[i].actionId, edi.actions[i].id);
        EXPECT_EQ(issued->actions[i].revision, edi.actions[i].revision);
    }
}

} // namespace
