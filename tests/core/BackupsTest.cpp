#include "store/Backups.h"

#include "TestSupport.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

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

} // namespace
