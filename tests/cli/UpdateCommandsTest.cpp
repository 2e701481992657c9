// update-requests and import-updates as a real process, with workbooks answered as a lead would
// and re-saved by LibreOffice as a lead's spreadsheet program would.
#include "CliRun.h"
#include "TestSupport.h"
#include "WorkbookEdit.h"
#include "io/RequestWorkbook.h"
#include "io/XlsxText.h"
#include "io/ZipReader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace wres::test;

namespace {

const QString kAnswers = QStringLiteral("xl/worksheets/sheet1.xml");

class UpdateCommands : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = scratch.path("plan.wres");
        const Result demo = run({"demo", "--db", db});
        ASSERT_EQ(demo.exit, 0) << demo.err.toStdString();
    }

    // The plan as a CSV: what changed and what did not.
    QByteArray planCsv()
    {
        const QString csv = scratch.path("plan.csv");
        EXPECT_EQ(run({"export", "--db", db, "-o", csv}).exit, 0);
        return readFile(csv);
    }

    Scratch scratch;
    QString db;
};

TEST_F(UpdateCommands, RequestsAreWrittenPerLeadWithOptionalPdfs)
{
    const QString out = scratch.path("requests");
    Result r = run({"update-requests", "--db", db, "-o", out, "--pdf"});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("Wrote 17 update requests for \"")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Head of EDI.xlsx (7 actions)")) << r.out.toStdString();
    EXPECT_EQ(QDir(out).entryList({"*.xlsx"}).size(), 17);
    EXPECT_EQ(QDir(out).entryList({"*.pdf"}).size(), 17);
    EXPECT_TRUE(readFile(out + "/Head of EDI.pdf").startsWith("%PDF"));

    r = run({"update-requests", "--db", db, "-o", scratch.path("one"), "--lead", "head of edi", "--due-within", "30",
             "--today", "2024-05-01"});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_EQ(QDir(scratch.path("one")).entryList({"*.xlsx"}), QStringList({"Head of EDI.xlsx"}));
    const auto sent = wres::core::RequestWorkbook::read(readFile(scratch.path("one/Head of EDI.xlsx")), "x");
    EXPECT_LT(sent.request.actions.size(), 7) << "only what is due by the end of May, or overdue";

    r = run({"update-requests", "--db", db, "-o", scratch.path("none"), "--lead", "Nobody"});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("No action of this plan is led by 'Nobody'")) << r.err.toStdString();
    EXPECT_EQ(run({"update-requests", "--db", db}).exit, 1) << "-o is required";
    EXPECT_EQ(run({"update-requests", "--db", db, "-o", db}).exit, 2)
        << "-o must be a folder, and never the open plan (refused as any output aimed at it)";
    EXPECT_EQ(run({"import-updates", "--db", db}).exit, 1) << "workbooks are required";
}

TEST_F(UpdateCommands, AnswersSavedByLibreOfficeAreShownThenAppliedOnce)
{
    const QString out = scratch.path("requests");
    ASSERT_EQ(run({"update-requests", "--db", db, "-o", out}).exit, 0);
    const QString sentPath = out + "/Head of EDI.xlsx";
    const auto sent = wres::core::RequestWorkbook::read(readFile(sentPath), "x");
    ASSERT_TRUE(sent.problems.isEmpty());
    const QString firstId = QString::number(sent.request.actions[0].id);

    QDir().mkpath(scratch.path("answered"));
    const QString answered = scratch.write(
        "answered/Head of EDI.xlsx",
        setCells(readFile(sentPath), kAnswers, {{"J3", "Complete"}, {"K3", "B"}, {"L3", "Launched; \"=SUM(A1)\""}}));
    ASSERT_FALSE(QStandardPaths::findExecutable("soffice").isEmpty())
        << "LibreOffice (libreoffice-calc-nogui) is installed by script/test";
    const QString resaved = convertWithLibreOffice(answered, "xlsx", scratch.path("lo"));
    ASSERT_TRUE(QFile::exists(resaved));
    const QByteArray bytes = readFile(resaved);
    ASSERT_NE(bytes, readFile(answered)) << "LibreOffice wrote its own workbook";
    const wres::core::ZipReader zip(bytes);
    EXPECT_TRUE(QString::fromUtf8(zip.file("xl/workbook.xml").value()).contains("state=\"hidden\""))
        << "the request record stays hidden";
    EXPECT_TRUE(QString::fromUtf8(zip.file(kAnswers).value()).contains("dataValidation"))
        << "the drop-down lists survive";

    const QByteArray before = planCsv();
    Result r = run({"import-updates", "--db", db, resaved});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QString("%1 from Head of EDI: 1 answer, 6 rows left blank\n").arg(resaved)))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("1.1 “• Establish place-based engagement plans to attract a more…”: status In "
                               "progress → Complete, RAG (none) → B, note “Launched; \"=SUM(A1)\"”"))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Nothing was changed (a dry run)"));
    EXPECT_EQ(planCsv(), before) << "a dry run changes nothing";

    r = run({"import-updates", "--db", db, "--apply", resaved});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("Recorded 1 update from Head of EDI.")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Answered: Head of EDI (1 update).\n1 update recorded.\nStill to answer (16): "
                               "Associate Dir P&C, "))
        << r.out.toStdString();
    EXPECT_NE(planCsv(), before);
    EXPECT_TRUE(planCsv().contains("Launched; \"\"=SUM(A1)\"\"")) << "a formula-looking note stays text";
    r = run({"audit", "--db", db, "--action", firstId});
    EXPECT_TRUE(r.out.contains("update returned in " + resaved)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Head of EDI"));

    const QByteArray after = planCsv();
    r = run({"import-updates", "--db", db, "--apply", resaved});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("these answers were imported already")) << r.err.toStdString();
    EXPECT_EQ(planCsv(), after);
}

TEST_F(UpdateCommands, ConflictsAreShownSideBySideAndNotApplied)
{
    const QString out = scratch.path("requests");
    ASSERT_EQ(run({"update-requests", "--db", db, "-o", out, "--lead", "Head of EDI"}).exit, 0);
    const QString sentPath = out + "/Head of EDI.xlsx";
    const auto sent = wres::core::RequestWorkbook::read(readFile(sentPath), "x");
    const QString id = QString::number(sent.request.actions[0].id);
    ASSERT_EQ(run({"update", "--db", db, "--action", id, "--status", "Delayed", "--author", "EDI Manager"}).exit, 0);
    const QString answered = scratch.write("a.xlsx", setCells(readFile(sentPath), kAnswers, {{"J3", "Complete"}}));
    const QByteArray before = planCsv();
    Result r = run({"import-updates", "--db", db, "--apply", answered});
    EXPECT_EQ(r.exit, 1) << "a file left for the window to decide";
    EXPECT_TRUE(r.out.contains("1 answer, 1 conflict")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("CONFLICT 1.1")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("when the request was sent: In progress"));
    EXPECT_TRUE(r.out.contains("in the plan now:           Delayed"));
    EXPECT_TRUE(r.out.contains("Status: In progress → Delayed (EDI Manager"));
    EXPECT_TRUE(r.out.contains("the lead's answer:         Complete"));
    EXPECT_TRUE(r.out.contains("Not applied: this file has conflicts.")) << r.out.toStdString();
    EXPECT_EQ(planCsv(), before);
    r = run({"import-updates", "--db", db, answered});
    EXPECT_FALSE(r.err.contains("imported already")) << "it can still be imported in the window";
}

TEST_F(UpdateCommands, AnErrorNamesFileSheetAndCellAndOnlyThatFileIsLeftOut)
{
    const QString out = scratch.path("requests");
    ASSERT_EQ(run({"update-requests", "--db", db, "-o", out}).exit, 0);
    const QString bad = scratch.write(
        "bad.xlsx", setCells(readFile(out + "/Head of EDI.xlsx"), kAnswers, {{"J3", "Done"}, {"K4", "Purple"}}));
    const QString good =
        scratch.write("good.xlsx", setCells(readFile(out + "/Head of OD.xlsx"), kAnswers, {{"J3", "Delayed"}}));
    const Result r = run({"import-updates", "--db", db, "--apply", bad, good, scratch.path("missing.xlsx")});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains(bad + ":Updates!J3: 'Done' is not a status")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(bad + ":Updates!K4: 'Purple' is not a RAG rating"));
    EXPECT_TRUE(r.err.contains("2 problems in " + bad + "; nothing from it was imported."));
    EXPECT_TRUE(r.err.contains(scratch.path("missing.xlsx") + ": cannot be read"));
    EXPECT_TRUE(r.out.contains("Recorded 1 update from Head of OD.")) << r.out.toStdString();

    // A workbook from another plan file.
    const QString other = scratch.path("other.wres");
    ASSERT_EQ(run({"demo", "--db", other}).exit, 0);
    const Result wrongPlan = run({"import-updates", "--db", other, good});
    EXPECT_EQ(wrongPlan.exit, 1);
    EXPECT_TRUE(wrongPlan.err.contains(good + ":wres!B9: this file was not issued by this plan, or its request "
                                              "was edited"))
        << wrongPlan.err.toStdString();
}

// The progress of an action as the plan holds it now (from the JSON export).
QString progressOf(const QString& db, const QString& actionId, const Scratch& scratch)
{
    const QString json = scratch.path("now.json");
    QFile::remove(json);
    EXPECT_EQ(run({"export", "--db", db, "-o", json}).exit, 0);
    const QJsonObject root = QJsonDocument::fromJson(readFile(json)).object();
    for (const QJsonValue& theme : root.value("themes").toArray())
        for (const QJsonValue& objective : theme.toObject().value("objectives").toArray())
            for (const QJsonValue& action : objective.toObject().value("actions").toArray())
                if (QString::number(action.toObject().value("id").toInteger()) == actionId)
                    return action.toObject().value("progress").toString();
    ADD_FAILURE() << "no action " << actionId.toStdString();
    return {};
}

TEST_F(UpdateCommands, AProgressNoCellCouldHoldIsRefusedNamingTheAction)
{
    const QString out = scratch.path("requests");
    ASSERT_EQ(run({"update-requests", "--db", db, "-o", out, "--lead", "Head of EDI"}).exit, 0);
    const auto sent = wres::core::RequestWorkbook::read(readFile(out + "/Head of EDI.xlsx"), "x");
    const QString id = QString::number(sent.request.actions[0].id);
    const QByteArray before = planCsv();
    const Result r = run({"update", "--db", db, "--action", id, "--progress", QString(40000, 'w'), "--author", "x"});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Action 1.1.1, progress: the text is 40,000 characters long, and a "
                                              "spreadsheet cell holds at most 32,767")))
        << r.err.toStdString();
    EXPECT_EQ(planCsv(), before);
}

// A file an older version wrote may hold a text longer than a cell: the round of requests and the
// export are still made, that text cut with a note, and a warning names it.
TEST_F(UpdateCommands, ATextKeptFromBeforeIsCutWithAWarningAndBlocksNothing)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "older-version");
        raw.setDatabaseName(db);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.prepare("UPDATE actions SET progress = ? WHERE id = (SELECT MIN(id) FROM actions)"));
        q.addBindValue(QString(40000, 'w'));
        ASSERT_TRUE(q.exec());
        raw.close();
    }
    QSqlDatabase::removeDatabase("older-version");
    Result r = run({"update-requests", "--db", db, "-o", scratch.path("requests")});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("Wrote 17 update requests")) << "every lead's request is made";
    EXPECT_TRUE(r.err.contains("progress: 40,000 characters, more than a spreadsheet cell holds (32,767); the request "
                               "holds it cut, with a note saying so"))
        << r.err.toStdString();
    r = run({"export", "--db", db, "-o", scratch.path("plan.xlsx")});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(scratch.path("plan.xlsx") + ":Plan!M2: action 1.1, progress: 40,000 characters"))
        << r.err.toStdString();
}

// Control characters, tabs, line breaks and a literal _x0041_ in the progress a request carries,
// and in the answer: through a lead's LibreOffice and back, signed record and all.
TEST_F(UpdateCommands, ControlCharactersSurviveTheRoundTripThroughLibreOffice)
{
    const QString out = scratch.path("requests");
    ASSERT_EQ(run({"update-requests", "--db", db, "-o", out, "--lead", "Head of EDI"}).exit, 0);
    const QString id = QString::number(
        wres::core::RequestWorkbook::read(readFile(out + "/Head of EDI.xlsx"), "x").request.actions[0].id);
    EXPECT_EQ(run({"update", "--db", db, "--action", id, "--progress", "not a character: \uFFFE"}).exit, 1)
        << "a plan file cannot keep U+FFFE: refused at input";
    const QString progress = QStringLiteral("Line one\r\nline\ttwo \u0001 _x0041_ \u007f");
    ASSERT_EQ(run({"update", "--db", db, "--action", id, "--progress", progress, "--author", "EDI Manager"}).exit, 0);
    ASSERT_EQ(wres::core::XlsxText::escaped(progressOf(db, id, scratch)), wres::core::XlsxText::escaped(progress));
    const QString again = scratch.path("again");
    ASSERT_EQ(run({"update-requests", "--db", db, "-o", again, "--lead", "Head of EDI"}).exit, 0);
    const QString reply = QStringLiteral("Reply \u0002 _x0001_ tab\there\nend");
    QDir().mkpath(scratch.path("answered"));
    const QString answered = scratch.write("answered/Head of EDI.xlsx",
                                           setCells(readFile(again + "/Head of EDI.xlsx"), kAnswers, {{"L3", reply}}));
    const QString resaved = convertWithLibreOffice(answered, "xlsx", scratch.path("lo"));
    const Result r = run({"import-updates", "--db", db, "--apply", resaved});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_EQ(progressOf(db, id, scratch), reply);
}

// The key that signs requests stays in the file that made it: `migrate` moves the plan, not its
// key nor its requests, so answers to requests sent before a move are imported before it (or
// asked for again after).
TEST_F(UpdateCommands, AMovedPlanTakesNeitherTheKeyNorTheRequestsWithIt)
{
    const QString out = scratch.path("requests");
    ASSERT_EQ(run({"update-requests", "--db", db, "-o", out, "--lead", "Head of EDI"}).exit, 0);
    const QString answered =
        scratch.write("a.xlsx", setCells(readFile(out + "/Head of EDI.xlsx"), kAnswers, {{"J3", "Complete"}}));
    const QString moved = scratch.path("moved.wres");
    ASSERT_EQ(run({"migrate", "--from", db, "--to", moved}).exit, 0);
    const Result r = run({"import-updates", "--db", moved, answered});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("this file was not issued by this plan, or its request was edited"))
        << r.err.toStdString();
    QByteArray key; // as the file keeps it, in hexadecimal
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "key-reader");
        raw.setDatabaseName(db);
        ASSERT_TRUE(raw.open());
        QSqlQuery q("SELECT secret FROM request_keys", raw);
        ASSERT_TRUE(q.next());
        key = q.value(0).toString().toLatin1();
        raw.close();
    }
    QSqlDatabase::removeDatabase("key-reader");
    ASSERT_EQ(key.size(), 64);
    for (const QString suffix : {"json", "csv", "xlsx"}) {
        const QString exported = scratch.path("plan." + suffix);
        ASSERT_EQ(run({"export", "--db", db, "-o", exported}).exit, 0);
        EXPECT_FALSE(readFile(exported).contains(key)) << suffix.toStdString();
        EXPECT_FALSE(readFile(exported).contains(QByteArray::fromHex(key))) << suffix.toStdString();
    }
    EXPECT_FALSE(readFile(moved).contains(key)) << "not carried by migrate";
    EXPECT_EQ(run({"import-updates", "--db", db, answered}).exit, 0) << "the file that issued it still takes it";
}

} // namespace
