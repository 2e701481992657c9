#include "store/Backups.h"

#include "TestSupport.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/StoreError.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>
#include <gtest/gtest.h>
#include <sys/resource.h>

using namespace wres::core;

namespace {

QDateTime day(int d, int hour = 9)
{
    return QDateTime(QDate(2026, 3, d), QTime(hour, 0), Qt::LocalTime).toUTC();
}

int countActions(const QString& path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    return int(ActionStore(*db).list({}).size());
}

TEST(Backups, OneDailyCopyPerDayAndOnlyTheNewestAreKept)
{
    WRES_FILES_ONLY();
    wres::test::Scratch scratch;
    const QString path = scratch.path("plan.wres");
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    PlanStore(*db).addPlan(wres::test::samplePlan());

    EXPECT_FALSE(Backups::takeDailyIfDue(*db, 3, day(1)).isEmpty());
    EXPECT_TRUE(Backups::takeDailyIfDue(*db, 3, day(1, 17)).isEmpty()) << "one a day";
    for (int d = 2; d <= 6; ++d)
        EXPECT_FALSE(Backups::takeDailyIfDue(*db, 3, day(d)).isEmpty());
    const auto kept = Backups::list(path);
    ASSERT_EQ(kept.size(), 3);
    EXPECT_EQ(kept[0].takenAt, day(6)) << "newest first";
    EXPECT_EQ(kept[2].takenAt, day(4));
    EXPECT_EQ(kept[0].reason, "daily");
    EXPECT_EQ(countActions(kept[0].path), 4) << "a backup is a whole, readable plan file";

    auto readOnly = Database::open(path, Database::Mode::ReadOnly);
    EXPECT_TRUE(Backups::takeDailyIfDue(*readOnly, 3, day(7)).isEmpty()) << "a read-only file is not copied";
}

TEST(Backups, RestoreReplacesTheFileAndKeepsItAsItWas)
{
    WRES_FILES_ONLY();
    wres::test::Scratch scratch;
    const QString path = scratch.path("plan.wres");
    QString backup;
    {
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        PlanStore(*db).addPlan(wres::test::samplePlan());
        backup = Backups::take(*db, "daily", day(1));
        PlanStore(*db).addPlan(wres::test::samplePlan()); // a change after the backup
    }
    ASSERT_EQ(countActions(path), 8);
    Backups::restore(backup, path);
    EXPECT_EQ(countActions(path), 4);
    const auto backups = Backups::list(path);
    ASSERT_EQ(backups.size(), 2);
    EXPECT_EQ(backups[0].reason, "before-restore");
    EXPECT_EQ(countActions(backups[0].path), 8) << "the file as it was before the restore is kept";
    EXPECT_FALSE(QFile::exists(path + ".restoring"));
}

TEST(Backups, ADamagedBackupIsRefusedAndTheFileIsUntouched)
{
    WRES_FILES_ONLY();
    wres::test::Scratch scratch;
    const QString path = scratch.path("plan.wres");
    {
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        PlanStore(*db).addPlan(wres::test::samplePlan());
    }
    const QString bad = scratch.path("backups/plan-daily-20260301-090000.wres");
    QDir().mkpath(scratch.path("backups"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not a database");
    file.close();
    EXPECT_THROW(Backups::restore(bad, path), StoreError);
    EXPECT_THROW(Backups::restore(scratch.path("backups/missing.wres"), path), StoreError);
    EXPECT_EQ(countActions(path), 4);
    EXPECT_EQ(Backups::list(path).size(), 1) << "no before-restore copy when nothing was restored";
}

// A plan of a few megabytes, so that copying it takes long enough to be interrupted.
void writeLargePlan(const QString& path)
{
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    PlanData plan = wres::test::samplePlan();
    ActionData action = plan.themes[0].objectives[0].actions[0];
    action.text = QString(1500, QLatin1Char('w'));
    for (int i = 0; i < 2500; ++i)
        plan.themes[0].objectives[0].actions << action;
    PlanStore(*db).addPlan(plan);
}

bool quickCheckOk(const QString& path)
{
    try {
        auto db = Database::open(path, Database::Mode::ReadOnly, Database::Check::Full);
        return db->integrityProblems().isEmpty();
    } catch (const StoreError&) {
        return false;
    }
}

QStringList partials(const QString& planPath)
{
    return QDir(Backups::folderFor(planPath)).entryList({".wres-*"}, QDir::Files | QDir::Hidden);
}

// Killed while copying (SIGKILL, as the crash-safety test does): what is left is never taken for a
// backup, the earlier good backup is as it was, and the next backup is taken as if nothing happened.
TEST(Backups, AKillDuringTheCopyLeavesThePreviousBackupAndNothingThatPassesForOne)
{
    WRES_FILES_ONLY();
    wres::test::Scratch scratch;
    const QString path = scratch.path("plan.wres");
    writeLargePlan(path);
    QString good;
    qint64 copyMs = 0;
    {
        auto db = Database::open(path, Database::Mode::OpenExisting);
        QElapsedTimer timer;
        timer.start();
        good = Backups::take(*db, "daily", day(1));
        copyMs = timer.elapsed();
    }
    const QByteArray goodBytes = wres::test::readFile(good);
    QRandomGenerator random(20260302);
    int cutShort = 0;
    for (int attempt = 0; attempt < 40 && cutShort < 3; ++attempt) {
        QProcess writer;
        writer.start(CRASH_WRITER_EXE, {path, "backup"});
        ASSERT_TRUE(writer.waitForReadyRead(20000)) << writer.readAllStandardError().toStdString();
        QThread::msleep(random.bounded(qint64(0), std::max<qint64>(copyMs, 2)));
        ::kill(pid_t(writer.processId()), SIGKILL);
        ASSERT_TRUE(writer.waitForFinished(10000));
        if (!writer.readAllStandardOutput().contains("done"))
            ++cutShort;
        for (const Backups::Backup& b : Backups::list(path))
            ASSERT_TRUE(Backups::looksSound(b.path) && quickCheckOk(b.path))
                << "a broken file passes for a backup: " << b.path.toStdString();
        // Tidy up a copy the writer finished, so the next kill meets the same state.
        for (const Backups::Backup& b : Backups::list(path))
            if (b.path != good)
                QFile::remove(b.path);
    }
    EXPECT_GE(cutShort, 1) << "no kill landed inside a copy (" << copyMs << " ms each)";
    EXPECT_EQ(wres::test::readFile(good), goodBytes) << "the earlier backup is untouched";
    ASSERT_EQ(Backups::list(path).size(), 1);
    auto db = Database::open(path, Database::Mode::OpenExisting);
    const QString next = Backups::takeDailyIfDue(*db, 14, day(2));
    EXPECT_FALSE(next.isEmpty()) << "a killed copy is not the day's backup";
    EXPECT_TRUE(quickCheckOk(next));
}

// A full disk while copying (the copy may not grow past a size limit: RLIMIT_FSIZE, the way a full
// disk meets a writer; SQLite's max_page_count binds only the plan, not a VACUUM INTO copy).
TEST(Backups, AFullDiskLeavesThePreviousBackupAndNoPartialFile)
{
    WRES_FILES_ONLY();
    wres::test::Scratch scratch;
    const QString path = scratch.path("plan.wres");
    writeLargePlan(path);
    auto db = Database::open(path, Database::Mode::OpenExisting);
    const QString good = Backups::take(*db, "daily", day(1));
    const QByteArray goodBytes = wres::test::readFile(good);
    {
        std::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails instead of killing the test
        rlimit before{};
        ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &before), 0);
        rlimit limited = before;
        limited.rlim_cur = rlim_t(QFileInfo(good).size() / 2 + 1234);
        ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limited), 0);
        try {
            Backups::takeDailyIfDue(*db, 14, day(2));
            ADD_FAILURE() << "a backup larger than the space left was taken";
        } catch (const StoreError& e) {
            EXPECT_TRUE(e.kind() == StoreError::Kind::DiskFull || e.kind() == StoreError::Kind::Failed)
                << e.message().toStdString();
        }
        ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &before), 0);
        std::signal(SIGXFSZ, SIG_DFL);
    }
    EXPECT_TRUE(partials(path).isEmpty())
        << "the partial copy that filled the disk is removed: " << partials(path).join(", ").toStdString();
    ASSERT_EQ(Backups::list(path).size(), 1) << "nothing counts as the day's backup";
    EXPECT_EQ(wres::test::readFile(good), goodBytes);
    const QString next = Backups::takeDailyIfDue(*db, 14, day(2));
    EXPECT_FALSE(next.isEmpty()) << "with space again, the day's backup is taken";
    EXPECT_TRUE(quickCheckOk(next));
}

// A broken newest backup (cut short by an older version, or damaged since) never stops the next.
TEST(Backups, ABrokenBackupFromTodayIsNotTodaysBackup)
{
    WRES_FILES_ONLY();
    wres::test::Scratch scratch;
    const QString path = scratch.path("plan.wres");
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    PlanStore(*db).addPlan(wres::test::samplePlan());
    const QString first = Backups::takeDailyIfDue(*db, 14, day(1));
    ASSERT_FALSE(first.isEmpty());
    QFile::resize(first, QFileInfo(first).size() / 2 + 100);
    EXPECT_FALSE(Backups::looksSound(first));
    const QString second = Backups::takeDailyIfDue(*db, 14, day(1, 17));
    ASSERT_FALSE(second.isEmpty()) << "today's broken file does not count as today's backup";
    EXPECT_TRUE(quickCheckOk(second));
    EXPECT_FALSE(QFile::exists(first)) << "the broken one is removed once a sound one is there";
    EXPECT_TRUE(Backups::takeDailyIfDue(*db, 14, day(1, 18)).isEmpty()) << "and then one a day again";
}

} // namespace
