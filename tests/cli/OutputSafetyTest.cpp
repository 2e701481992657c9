// Every command that takes an output path, aimed at the plan itself, its write-ahead log, a hard
// link and a symbolic link to it, a path through a linked folder, and its backups: each refused
// with exit status 2 and a message naming the path and why; the plan byte for byte as it was and
// still sound. And a round of update requests: all or nothing, never over answers not imported.
#include "CliRun.h"
#include "TestSupport.h"
#include "WorkbookEdit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace wres::test;

namespace {

const QString kAnswers = QStringLiteral("xl/worksheets/sheet1.xml");

struct Target
{
    QString what;
    QString path;
};

class OutputSafety : public ::testing::Test
{
protected:
    // A demo plan named plan.<suffix> (an export refuses other suffixes, so the attack needs the
    // plan named like an output), with a daily backup, and every way of reaching it.
    QList<Target> targetsFor(const QString& suffix)
    {
        plan = scratch.path("plan." + suffix);
        EXPECT_EQ(run({"demo", "--db", plan}).exit, 0);
        EXPECT_EQ(run({"update", "--db", plan, "--action", "1", "--progress", "a backup first"}).exit, 0);
        const QStringList backups = QDir(scratch.path("backups")).entryList({"*.wres"}, QDir::Files);
        EXPECT_EQ(backups.size(), 1);
        backup = scratch.path("backups/" + backups.value(0));
        QDir().mkpath(scratch.path("other"));
        const QString hard = scratch.path("other/hard." + suffix), soft = scratch.path("other/soft." + suffix),
                      backupHard = scratch.path("other/backup." + suffix), folder = scratch.path("linked");
        EXPECT_EQ(::link(QFile::encodeName(plan).constData(), QFile::encodeName(hard).constData()), 0);
        EXPECT_EQ(::link(QFile::encodeName(backup).constData(), QFile::encodeName(backupHard).constData()), 0);
        EXPECT_TRUE(QFile::link(plan, soft));
        EXPECT_TRUE(QFile::link(scratch.path(""), folder));
        return {{"the plan", plan},
                {"its write-ahead log", plan + "-wal"},
                {"its shared-memory file", plan + "-shm"},
                {"a hard link to it", hard},
                {"a symbolic link to it", soft},
                {"a path through a linked folder", folder + "/plan." + suffix},
                {"a hard link to a backup", backupHard},
                {"a new file in its backups folder", scratch.path("backups/new." + suffix)}};
    }

    // Runs the command against each target and checks the refusal and that nothing changed.
    void expectEveryTargetRefused(const QString& suffix, const std::function<QStringList(const QString&)>& command)
    {
        const QList<Target> targets = targetsFor(suffix);
        const QByteArray planBefore = readFile(plan);
        const QByteArray backupBefore = readFile(backup);
        for (const Target& target : targets) {
            SCOPED_TRACE(target.what.toStdString());
            const Result r = run(command(target.path));
            EXPECT_EQ(r.exit, 2) << r.out.toStdString() << r.err.toStdString();
            EXPECT_TRUE(r.err.contains(QDir::toNativeSeparators(target.path)))
                << "names the path: " << r.err.toStdString();
            EXPECT_TRUE(r.err.contains("was not written: it is") || r.err.contains("Nothing was written in"))
                << "and says why: " << r.err.toStdString();
            EXPECT_EQ(readFile(plan), planBefore) << "the plan is byte-identical";
            EXPECT_EQ(readFile(backup), backupBefore) << "the backup too";
        }
        EXPECT_FALSE(QFile::exists(scratch.path("backups/new." + suffix)));
        const Result check = run({"check", "--db", plan});
        EXPECT_EQ(check.exit, 0) << "the plan still opens and checks: " << check.err.toStdString();
    }

    Scratch scratch;
    QString plan;
    QString backup;
};

TEST_F(OutputSafety, ExportAsJsonCsvOrWorkbook)
{
    for (const QString suffix : {"json", "csv", "xlsx"}) {
        SCOPED_TRACE(suffix.toStdString());
        Scratch fresh;
        std::swap(scratch, fresh);
        expectEveryTargetRefused(suffix, [&](const QString& out) {
            return QStringList{"export", "--db", plan, "-o", out};
        });
    }
}

TEST_F(OutputSafety, AuditAsTextOrCsv)
{
    expectEveryTargetRefused("wres", [&](const QString& out) { return QStringList{"audit", "--db", plan, "-o", out}; });
    for (const Target& t : {Target{"plan", plan}, Target{"backup", backup}})
        EXPECT_EQ(run({"audit", "--db", plan, "--format", "csv", "-o", t.path}).exit, 2) << t.what.toStdString();
}

TEST_F(OutputSafety, Calendar)
{
    expectEveryTargetRefused("ics", [&](const QString& out) {
        return QStringList{"calendar", "--db", plan, "-o", out};
    });
}

TEST_F(OutputSafety, BoardPackAndLeadBrief)
{
    expectEveryTargetRefused("pdf", [&](const QString& out) {
        return QStringList{"board-pack", "--db", plan, "-o", out};
    });
    EXPECT_EQ(run({"board-pack", "--db", plan, "-o", plan, "--lead", "Head of EDI"}).exit, 2);
    EXPECT_EQ(run({"check", "--db", plan}).exit, 0);
}

TEST_F(OutputSafety, UpdateRequestsFolder)
{
    const QList<Target> targets = targetsFor("wres");
    const QByteArray before = readFile(plan);
    // The folder aimed at the plan (a file), at the backups folder, or at it through a link.
    for (const QString& folder :
         {plan, scratch.path("backups"), scratch.path("linked/backups"), scratch.path("other/soft.wres")}) {
        SCOPED_TRACE(folder.toStdString());
        const Result r = run({"update-requests", "--db", plan, "-o", folder});
        EXPECT_EQ(r.exit, 2) << r.out.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QDir::toNativeSeparators(folder)) || r.err.contains(QDir::toNativeSeparators(plan)))
            << r.err.toStdString();
        EXPECT_EQ(readFile(plan), before);
    }
    EXPECT_EQ(QDir(scratch.path("backups")).entryList({"*.xlsx"}).size(), 0);
}

// How many update requests the plan has recorded as issued.
int recordedRequests(const QString& plan)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "count-requests");
        db.setDatabaseName(plan);
        EXPECT_TRUE(db.open());
        QSqlQuery q(db);
        if (q.exec("SELECT COUNT(*) FROM update_requests") && q.next())
            count = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase("count-requests");
    return count;
}

// A lead's returned workbook waits in the folder: a new round never writes over it until its
// answers are imported; and when a round cannot be finished nothing of it is left or recorded.
TEST_F(OutputSafety, ARoundNeverOverwritesAnswersNotImportedAndIsAllOrNothing)
{
    plan = scratch.path("plan.wres");
    ASSERT_EQ(run({"demo", "--db", plan}).exit, 0);
    const QString out = scratch.path("requests");
    ASSERT_EQ(run({"update-requests", "--db", plan, "-o", out}).exit, 0);
    const int firstRound = recordedRequests(plan);
    ASSERT_GT(firstRound, 1);
    // The lead's answers, saved over the request in the same folder, as leads do.
    const QString returned = out + "/Head of EDI.xlsx";
    const QByteArray answered = setCells(readFile(returned), kAnswers, {{"J3", "Complete"}});
    QFile::remove(returned);
    scratch.write("requests/Head of EDI.xlsx", answered);
    const QByteArray answers = readFile(returned);
    const QStringList before = QDir(out).entryList(QDir::Files);
    const int recorded = recordedRequests(plan);

    Result r = run({"update-requests", "--db", plan, "-o", out});
    EXPECT_EQ(r.exit, 2) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains("Head of EDI.xlsx was not written: it holds answers from Head of EDI that have not "
                               "been imported yet"))
        << r.err.toStdString();
    EXPECT_EQ(readFile(returned), answers) << "the answers are untouched";
    EXPECT_EQ(QDir(out).entryList(QDir::Files), before) << "nothing of the round was written";
    EXPECT_EQ(QDir(out).entryList(QDir::Hidden | QDir::AllEntries | QDir::NoDotAndDotDot).size(), before.size())
        << "no staging folder left";
    EXPECT_EQ(recordedRequests(plan), recorded) << "and nothing was recorded";

    // Once imported, the file may be replaced.
    r = run({"import-updates", "--db", plan, "--apply", returned});
    ASSERT_EQ(r.exit, 0) << r.out.toStdString() << r.err.toStdString();
    r = run({"update-requests", "--db", plan, "-o", out});
    EXPECT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_NE(readFile(returned), answers);
    EXPECT_GT(recordedRequests(plan), recorded);

    // A planted link at one lead's name stops the whole round before anything is written.
    const QString round = scratch.path("round");
    QDir().mkpath(round);
    QFile::link(plan, round + "/Head of OD.xlsx");
    const int beforeLink = recordedRequests(plan);
    r = run({"update-requests", "--db", plan, "-o", round, "--pdf"});
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(r.err.contains("symbolic link")) << r.err.toStdString();
    EXPECT_EQ(QDir(round).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
              QStringList{"Head of OD.xlsx"})
        << "nothing of the round is left";
    EXPECT_EQ(recordedRequests(plan), beforeLink);
    EXPECT_EQ(run({"check", "--db", plan}).exit, 0);
}

// Someone who may not record requests (here: a file they may not write) is refused before any
// file is written, and no folder is made.
TEST_F(OutputSafety, AViewerIsRefusedBeforeAnythingIsWritten)
{
    if (geteuid() != 0)
        GTEST_SKIP() << "needs root to run as the unprivileged user 'nobody'";
    plan = scratch.path("plan.wres");
    ASSERT_EQ(run({"demo", "--db", plan}).exit, 0);
    QFile::setPermissions(plan, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile::setPermissions(scratch.path(""), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                                QFile::WriteOther | QFile::ExeOther);
    QProcess viewer;
    viewer.start("setpriv", {"--reuid=65534", "--regid=65534", "--clear-groups", WRES_TRACKER_EXE, "update-requests",
                             "--db", plan, "-o", scratch.path("requests")});
    ASSERT_TRUE(viewer.waitForFinished(60000));
    EXPECT_EQ(viewer.exitCode(), 2);
    EXPECT_TRUE(viewer.readAllStandardError().contains("is read-only: requests are recorded in the plan file"));
    EXPECT_FALSE(QFileInfo::exists(scratch.path("requests")));
    QFile::setPermissions(scratch.path(""), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace
