// What a hostile tester tried on the command line, and why it fails now: a file whose schema or
// audit trail was changed behind the program's back is caught by `check`; an import is audited and
// its lines marked; escape sequences in a plan are shown, never obeyed, on a terminal; a viewer
// leaves no companion files that lock the owner out, and the owner is told the true reason.
#include "CliRun.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>
#include <unistd.h>

using namespace wres::test;

namespace {

// Runs SQL on a plan file behind the program's back, as another tool would.
void tamper(const QString& plan, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "tamper");
        db.setDatabaseName(plan);
        ASSERT_TRUE(db.open());
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        }
    }
    QSqlDatabase::removeDatabase("tamper");
}

const QString kNoDelete = "CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries BEGIN "
                          "SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END";
const QString kNoUpdate = "CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries BEGIN "
                          "SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END";

class Hardening : public ::testing::Test
{
protected:
    // A demo plan with some history, copied fresh for each attack.
    void SetUp() override
    {
        sound = scratch.path("sound.wres");
        ASSERT_EQ(run({"demo", "--db", sound}).exit, 0);
        for (const char* status : {"Delayed", "In progress", "Complete"})
            ASSERT_EQ(run({"update", "--db", sound, "--action", "2", "--status", status, "--author", "Jo"}).exit, 0);
    }
    QString copy(const QString& name)
    {
        const QString path = scratch.path(name);
        QFile::copy(sound, path);
        return path;
    }

    Scratch scratch;
    QString sound;
};

TEST_F(Hardening, CheckFindsEveryChangeToTheSchemaOrTheAuditTrail)
{
    Result r = run({"check", "--db", sound});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();

    struct Attack
    {
        const char* name;
        QStringList sql;
        const char* said;
    };
    const QList<Attack> attacks = {
        {"dropped", {"DROP TRIGGER audit_entries_no_delete"}, "the trigger audit_entries_no_delete is missing"},
        {"both dropped",
         {"DROP TRIGGER audit_entries_no_delete", "DROP TRIGGER audit_entries_no_update"},
         "the trigger audit_entries_no_update is missing"},
        {"foreign trigger",
         {"CREATE TRIGGER wipe AFTER INSERT ON status_updates BEGIN SELECT 1; END"},
         "an unknown trigger wipe is in the file"},
        {"foreign view", {"CREATE VIEW v AS SELECT 1"}, "an unknown view v is in the file"},
        {"foreign table", {"CREATE TABLE stash (x)"}, "an unknown table stash is in the file"},
        {"defanged trigger",
         {"DROP TRIGGER audit_entries_no_delete",
          "CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries BEGIN SELECT 1; END"},
         "the trigger audit_entries_no_delete is not as WRES Tracker made it"},
        {"dropped index", {"DROP INDEX audit_entries_plan"}, "the index audit_entries_plan is missing"},
        {"history without audit",
         {"DROP TRIGGER audit_entries_no_delete", "DELETE FROM audit_entries WHERE field = 'status_update'", kNoDelete},
         "status update(s) have no line in the audit trail"},
        {"a line deleted",
         {"DROP TRIGGER audit_entries_no_delete",
          "DELETE FROM audit_entries WHERE id = (SELECT MIN(id) + 1 FROM audit_entries WHERE field = 'status')",
          kNoDelete},
         "line(s) are missing from the middle of the audit trail"},
    };
    for (const Attack& attack : attacks) {
        SCOPED_TRACE(attack.name);
        const QString file = copy(QString("%1.wres").arg(QString(attack.name).replace(' ', '-')));
        tamper(file, attack.sql);
        r = run({"check", "--db", file});
        EXPECT_EQ(r.exit, 2) << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(attack.said)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains("the file's schema or audit trail is not as WRES Tracker keeps it"))
            << r.err.toStdString();
        EXPECT_FALSE(r.out.contains("OK")) << "never called sound";
    }
}

TEST_F(Hardening, AnImportIsAuditedAndItsLinesSayTheyCameFromAFile)
{
    const QString json = scratch.path("plan.json");
    ASSERT_EQ(run({"export", "--db", sound, "-o", json}).exit, 0);
    const QString target = copy("target.wres"); // an existing file with a plan already
    Result r = run({"import", "--db", target, json});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    r = run({"audit", "--db", target, "--plan", "2", "--format", "csv"});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    const QStringList lines = r.out.split("\r\n", Qt::SkipEmptyParts);
    const QString shownJson = QDir::toNativeSeparators(json);
    int importLines = 0, marked = 0, others = 0;
    for (const QString& line : lines.mid(1)) {
        if (line.contains(",metric,"))
            continue; // the file's metric lines belong to no one plan
        if (line.contains(",Plan,plan,") && line.contains(",imported,,") && line.contains(shownJson))
            ++importLines;
        else if (line.endsWith(QString("imported from %1: cli").arg(shownJson)) ||
                 line.contains(QString(",imported from %1").arg(shownJson)))
            ++marked;
        else
            ++others;
    }
    EXPECT_EQ(importLines, 1) << "one line records the import: " << r.out.toStdString();
    EXPECT_GT(marked, 3) << "the plan's own trail came along, marked";
    EXPECT_EQ(others, 0) << "every imported line carries the mark: " << r.out.toStdString();
    r = run({"check", "--db", target});
    EXPECT_EQ(r.exit, 0) << "history and audit agree after an import: " << r.err.toStdString();
}

// import(export(x)) gives x back: the plan, its history, revisions and identity; the trail differs
// only in what records the import (each line it brought marked, and one line for the import).
TEST_F(Hardening, AJsonRoundTripGivesThePlanBackAndItsTrailMarkedAsImported)
{
    const QString json = scratch.path("plan.json");
    ASSERT_EQ(run({"export", "--db", sound, "-o", json}).exit, 0);
    const QString fromJson = scratch.path("from-json.wres");
    ASSERT_EQ(run({"import", "--db", fromJson, json}).exit, 0);
    const QString json2 = scratch.path("again.json");
    ASSERT_EQ(run({"export", "--db", fromJson, "-o", json2}).exit, 0);
    const QJsonObject first = QJsonDocument::fromJson(readFile(json)).object();
    QJsonObject second = QJsonDocument::fromJson(readFile(json2)).object();
    const QString mark = QString("imported from %1: ").arg(QDir::toNativeSeparators(json));
    QJsonArray unmarked;
    int importLines = 0;
    for (const QJsonValue& v : second["audit"].toArray()) {
        QJsonObject line = v.toObject();
        if (line["entity"] == "plan" && line["field"] == "imported" &&
            line["new_value"] == QDir::toNativeSeparators(json)) {
            ++importLines;
            continue;
        }
        EXPECT_TRUE(line["source"].toString().startsWith(mark)) << line["source"].toString().toStdString();
        line["source"] = line["source"].toString().mid(mark.size());
        unmarked << line;
    }
    EXPECT_EQ(importLines, 1);
    second["audit"] = unmarked;
    EXPECT_EQ(second, first) << "history, revisions and identity survive";
}

TEST_F(Hardening, EscapeSequencesInAPlanAreShownNotObeyed)
{
    const QString esc = QString(QChar(0x1b));
    const QString csv = scratch.write(
        "evil.csv", QString("theme,theme_indicators,objective_no,objective,action_no,action,leads,timescale,status,"
                            "rag,indicators,milestones,progress\n"
                            "T%1[2J,,1,O,1.1,Wipe%1]0;owned%2the screen,Lead%1[31mRed,June 2030,In progress,A,,,\n")
                        .arg(esc, QString(QChar(0x07)))
                        .toUtf8());
    const QString plan = scratch.path("evil.wres");
    Result r = run({"import", "--db", plan, "--title", "Title" + esc + "[5m", csv});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(esc)) << "the title is quoted in the message";
    EXPECT_TRUE(r.out.contains(QString(QChar(0x241B)) + "[5m"));
    ASSERT_EQ(run({"update", "--db", plan, "--action", "1", "--progress", "note" + esc + "[2Jend" + QChar(0x9b) + "x",
                   "--author", "Me" + esc + "[8m"})
                  .exit,
              0);

    r = run({"actions", "--db", plan});
    ASSERT_EQ(r.exit, 0);
    EXPECT_FALSE(r.out.contains(esc)) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QChar(0x07)));
    EXPECT_TRUE(r.out.contains(QString(QChar(0x241B)) + "]0;owned" + QChar(0x2407) + "the screen"))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Lead" + QString(QChar(0x241B)) + "[31mRed"));

    r = run({"audit", "--db", plan});
    ASSERT_EQ(r.exit, 0);
    EXPECT_FALSE(r.out.contains(esc)) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QChar(0x9b)));
    EXPECT_TRUE(r.out.contains("note" + QString(QChar(0x241B)) + "[2Jend\\x9bx")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Me" + QString(QChar(0x241B)) + "[8m"));
    const QString text = scratch.path("audit.txt");
    ASSERT_EQ(run({"audit", "--db", plan, "-o", text}).exit, 0);
    EXPECT_FALSE(readFile(text).contains(esc.toUtf8())) << "the text format is for people, in a file too";

    // Data formats are data: unchanged.
    r = run({"actions", "--db", plan, "--format", "csv"});
    EXPECT_TRUE(r.out.contains("Lead" + esc + "[31mRed")) << "CSV keeps the text as it is";
    r = run({"actions", "--db", plan, "--format", "json"});
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject()["leads"].toArray()[0].toString(),
              "Lead" + esc + "[31mRed");
    r = run({"audit", "--db", plan, "--format", "csv"});
    EXPECT_TRUE(r.out.contains("note" + esc + "[2Jend")) << r.out.toStdString();
}

TEST_F(Hardening, TheCalendarCountsEventsNotText)
{
    const QString csv = scratch.write(
        "cal.csv", "theme,theme_indicators,objective_no,objective,action_no,action,leads,timescale,status,rag,"
                   "indicators,milestones,progress\n"
                   "T,,1,O,1.1,\"Say BEGIN:VEVENT\nBEGIN:VEVENT\nUID:x\",Lead,June 2030,In progress,A,,,\n"
                   "T,,1,O,1.2,Second,Lead,July 2030,Not started,,,,\n");
    const QString plan = scratch.path("cal.wres");
    ASSERT_EQ(run({"import", "--db", plan, csv}).exit, 0);
    const QString ics = scratch.path("due.ics");
    const Result r = run({"calendar", "--db", plan, "-o", ics});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    const QByteArray bytes = readFile(ics);
    EXPECT_EQ(bytes.count("\r\nBEGIN:VEVENT\r\n"), 2);
    EXPECT_GT(bytes.count("BEGIN:VEVENT"), 2) << "the action's text is in the file too";
    EXPECT_TRUE(r.out.startsWith("Wrote 2 due dates")) << r.out.toStdString();
}

// A viewer (another user who may read the plan, not write it) on a shared folder: a listing leaves
// no -wal/-shm file behind; and when a companion file of another user is there, the owner is told
// exactly that, naming the file and its owner, not "the plan is read-only".
TEST_F(Hardening, AViewerLeavesNoCompanionFilesAndTheOwnerIsToldTheTrueReason)
{
    if (geteuid() != 0)
        GTEST_SKIP() << "needs root to run as two unprivileged users";
    const auto as = [](int uid, const QStringList& arguments) {
        QProcess p;
        p.start("setpriv", QStringList{QString("--reuid=%1").arg(uid), QString("--regid=%1").arg(uid), "--clear-groups",
                                       WRES_TRACKER_EXE} +
                               arguments);
        EXPECT_TRUE(p.waitForFinished(60000));
        return Result{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                      QString::fromUtf8(p.readAllStandardError())};
    };
    constexpr int kOwner = 65534;  // nobody
    constexpr int kViewer = 65533; // another user
    const QString shared = scratch.path("shared");
    QDir().mkpath(shared);
    ::chmod(QFile::encodeName(scratch.path("")).constData(), 0755);
    ::chmod(QFile::encodeName(shared).constData(), 0777); // a shared folder everyone may write
    const QString plan = shared + "/plan.wres";
    QFile::copy(sound, plan);
    ASSERT_EQ(::chown(QFile::encodeName(plan).constData(), kOwner, kOwner), 0);
    ::chmod(QFile::encodeName(plan).constData(), 0644);

    for (const QStringList& listing :
         {QStringList{"actions", "--db", plan}, QStringList{"audit", "--db", plan},
          QStringList{"export", "--db", plan, "-o", shared + "/v.csv"}, QStringList{"check", "--db", plan}}) {
        const Result r = as(kViewer, listing);
        EXPECT_EQ(r.exit, 0) << listing.join(' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(plan + "-wal")) << "the viewer left a -wal file: " << listing[0].toStdString();
        EXPECT_FALSE(QFile::exists(plan + "-shm")) << "the viewer left a -shm file: " << listing[0].toStdString();
    }
    Result r = as(kOwner, {"update", "--db", plan, "--action", "1", "--progress", "owner after viewers"});
    EXPECT_EQ(r.exit, 0) << "the owner can still change the plan: " << r.err.toStdString();

    // A companion left by another user (as a viewer of an older version, or a window, leaves one).
    QFile shm(plan + "-shm");
    ASSERT_TRUE(shm.open(QIODevice::WriteOnly));
    shm.close();
    ASSERT_EQ(::chown(QFile::encodeName(plan + "-shm").constData(), kViewer, kViewer), 0);
    ::chmod(QFile::encodeName(plan + "-shm").constData(), 0644);
    const QByteArray before = readFile(plan);
    r = as(kOwner, {"update", "--db", plan, "--action", "1", "--progress", "blocked"});
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(r.err.contains("its companion file " + plan + "-shm belongs to user 65533")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("The plan file itself is sound and writable"));
    EXPECT_FALSE(r.err.contains("The plan file cannot be written (it is read-only)"));
    EXPECT_EQ(readFile(plan), before);
    ::chmod(QFile::encodeName(shared).constData(), 0755);
}

} // namespace
