#include "store/MetricStore.h"

#include "TestSupport.h"
#include "store/ActionStore.h"
#include "store/AuditStore.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PlanStore.h"
#include "store/StoreError.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

MetricCount row(int indicator, QString period, QString group, qint64 count, qint64 total)
{
    return MetricCount{indicator, std::move(period), {}, std::move(group), count, total, std::nullopt, 0};
}

TEST(MetricStore, ImportReplacesTheSameRowAndKeepsPeriodOrder)
{
    wres::test::Scratch scratch;
    auto db = Database::open(wres::test::storeLocation(scratch, "m.wres"), Database::Mode::CreateIfMissing);
    MetricStore store(*db);
    EXPECT_EQ(store.importCounts({row(2, "2021/22", "White", 10, 100), row(2, "2019/20", "White", 5, 50)}), 0);
    EXPECT_EQ(store.importCounts({row(2, "2021/22", "White", 12, 100), row(2, "2020/21", "White", 7, 70)}), 1);
    const MetricCounts counts = store.counts();
    ASSERT_EQ(counts.size(), 3);
    EXPECT_EQ(counts[0].period, "2019/20");
    EXPECT_EQ(counts[1].period, "2020/21");
    EXPECT_EQ(counts[2].period, "2021/22");
    EXPECT_EQ(*counts[2].count, 12);
    EXPECT_EQ(store.counts(5).size(), 0);
}

TEST(MetricStore, RedactionThresholdIsAFileSettingDefaultingToTen)
{
    wres::test::Scratch scratch;
    auto db = Database::open(wres::test::storeLocation(scratch, "m.wres"), Database::Mode::CreateIfMissing);
    MetricStore store(*db);
    EXPECT_EQ(store.redactionThreshold(), 10);
    store.setRedactionThreshold(5);
    EXPECT_EQ(store.redactionThreshold(), 5);
    EXPECT_THROW(store.setRedactionThreshold(0), InvalidRequest);
    store.replaceTargets({MetricTarget{1, "Band 8a", "pct_bme", 25.6, "Model Employer", "2025"}});
    ASSERT_EQ(store.targets().size(), 1);
    EXPECT_EQ(store.targets()[0].label, "Model Employer");
}

TEST(WriteTransaction, NestedChangesAreAllOrNothing)
{
    wres::test::Scratch scratch;
    auto db = Database::open(wres::test::storeLocation(scratch, "m.wres"), Database::Mode::CreateIfMissing);
    try {
        WriteTransaction outer(*db);
        PlanStore(*db).addPlan(wres::test::samplePlan());                                 // commits its inner part
        MetricStore(*db).importCounts({MetricCount{42, "2021", {}, "BME", 1, 2, {}, 0}}); // throws
        outer.commit();
        FAIL();
    } catch (const InvalidRequest&) {
    }
    EXPECT_TRUE(PlanStore(*db).plans().isEmpty()) << "the plan went back with the failed metrics";
    {
        WriteTransaction outer(*db);
        {
            WriteTransaction inner(*db);
        } // ended without commit
        EXPECT_THROW(outer.commit(), StoreError);
    }
    WriteTransaction again(*db); // the connection is usable afterwards
    again.commit();
}

TEST(Migrations, AVersion1FileIsUpgradedAfterABackupCopy)
{
    WRES_FILES_ONLY();
    wres::test::Scratch scratch;
    const QString path = scratch.path("old.wres");
    {
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        PlanStore(*db).addPlan(wres::test::samplePlan());
        UpdateRequest request;
        request.status = Status::Delayed;
        request.author = "Head of EDI";
        ActionStore(*db).recordUpdate(ActionStore(*db).list({}).front().id, request);
    }
    // Make it a version 1 file as the first release wrote it.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "raw");
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        for (const char* sql :
             {"DROP TRIGGER audit_entries_no_update", "DROP TRIGGER audit_entries_no_delete",
              "DROP INDEX audit_entries_plan", "ALTER TABLE audit_entries DROP COLUMN plan_id",
              "DROP TABLE pack_snapshot_actions", "DROP TABLE pack_snapshots", "DROP TABLE metric_counts",
              "DROP TABLE metric_targets", "DROP TABLE settings", "DROP TABLE update_request_actions",
              "DROP TABLE request_keys", "DROP TABLE update_requests", "PRAGMA user_version = 1"})
            ASSERT_TRUE(QSqlQuery(raw).exec(QString::fromLatin1(sql)));
        raw.close();
    }
    QSqlDatabase::removeDatabase("raw");

    EXPECT_THROW(Database::open(path, Database::Mode::ReadOnly), StoreError) << "read-only never migrates";
    auto db = Database::open(path, Database::Mode::OpenExisting);
    EXPECT_EQ(db->schemaVersion(), Migrations::currentVersion());
    const qint64 planId = PlanStore(*db).plans().front().id;
    EXPECT_EQ(PlanStore(*db).load(planId, false).actionCount(), 4);
    AuditQuery wholePlan;
    wholePlan.planId = planId;
    const QList<AuditRecord> trail = AuditStore(*db).list(wholePlan);
    ASSERT_EQ(trail.size(), 2) << "status and the update";
    EXPECT_EQ(trail.front().entry.planId, planId) << "lines written before version 5 are given their plan";
    EXPECT_EQ(trail.front().entry.author, "Head of EDI");
    MetricStore(*db).importCounts({row(2, "2021/22", "White", 10, 100)});
    const QStringList backups =
        QDir(scratch.path("backups"))
            .entryList({QStringLiteral("old-before-format-%1-*.wres").arg(Migrations::currentVersion())});
    ASSERT_EQ(backups.size(), 1);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "backup");
        raw.setDatabaseName(scratch.path("backups/" + backups.front()));
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec("PRAGMA user_version") && q.next());
        EXPECT_EQ(q.value(0).toInt(), 1) << "the backup is the file as it was";
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase("backup");
}

} // namespace
