// The one safe-write routine: outputs never overwrite the open plan, its companions or its backups,
// whatever path reaches them; writes are atomic; links at the final name are not followed.
#include "io/SafeWrite.h"

#include "TestSupport.h"
#include "io/WriteBatch.h"
#include "store/Backups.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>
#include <unistd.h>

using namespace wres::core;

namespace {

class SafeWriteTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        plan = scratch.path("plan.wres");
        db = Database::open(plan, Database::Mode::CreateIfMissing);
        PlanStore(*db).addPlan(wres::test::samplePlan());
        backup = Backups::take(*db, QStringLiteral("daily"));
        ASSERT_TRUE(QFile::exists(plan + "-wal")) << "the plan is open in WAL mode";
    }

    // Every way of naming the plan or its backups an attacker (or a slip) can find.
    QStringList attacks() const
    {
        QDir().mkpath(scratch.path("elsewhere"));
        const QString hardLink = scratch.path("elsewhere/hard-link.wres");
        const QString symLink = scratch.path("elsewhere/sym-link.wres");
        const QString folderLink = scratch.path("linked-folder");
        const QString backupLink = scratch.path("elsewhere/backup-link.wres");
        if (!QFileInfo::exists(hardLink)) {
            EXPECT_EQ(::link(QFile::encodeName(plan).constData(), QFile::encodeName(hardLink).constData()), 0);
            EXPECT_EQ(::link(QFile::encodeName(backup).constData(), QFile::encodeName(backupLink).constData()), 0);
            EXPECT_TRUE(QFile::link(plan, symLink));
            EXPECT_TRUE(QFile::link(scratch.path(""), folderLink));
        }
        return {plan,
                plan + "-wal",
                plan + "-shm",
                plan + "-journal", // not there now: SQLite would take it for the plan's own
                scratch.path("elsewhere/../plan.wres"),
                hardLink,
                symLink,
                folderLink + "/plan.wres",
                backup,
                backupLink,
                Backups::folderFor(plan) + "/new-file.csv",
                folderLink + "/backups/" + QFileInfo(backup).fileName()};
    }

    wres::test::Scratch scratch;
    QString plan;
    QString backup;
    std::unique_ptr<Database> db;
};

TEST_F(SafeWriteTest, EveryPathToThePlanItsCompanionsOrItsBackupsIsRefusedAndNothingChanges)
{
    const QByteArray planBefore = wres::test::readFile(plan);
    const QByteArray backupBefore = wres::test::readFile(backup);
    for (const QString& target : attacks()) {
        SCOPED_TRACE(target.toStdString());
        try {
            SafeWrite::write(target, QByteArray("id,theme\n1,overwritten\n"));
            FAIL() << "written";
        } catch (const StoreError& e) {
            EXPECT_EQ(e.kind(), StoreError::Kind::Refused);
            EXPECT_TRUE(e.message().startsWith(QDir::toNativeSeparators(target) + " was not written: "))
                << "names the path: " << e.message().toStdString();
        }
        // The writer callback is never even called.
        bool called = false;
        EXPECT_THROW(SafeWrite::write(target,
                                      [&](QIODevice&) {
                                          called = true;
                                          return true;
                                      }),
                     StoreError);
        EXPECT_FALSE(called);
    }
    EXPECT_EQ(wres::test::readFile(plan), planBefore);
    EXPECT_EQ(wres::test::readFile(backup), backupBefore);
    EXPECT_FALSE(QFile::exists(plan + "-journal"));
    EXPECT_FALSE(QFile::exists(Backups::folderFor(plan) + "/new-file.csv"));
    EXPECT_TRUE(QDir(scratch.path("")).entryList({".wres-*"}, QDir::Hidden | QDir::Files).isEmpty())
        << "no temporary file left";
    EXPECT_EQ(PlanStore(*db).plans().size(), 1) << "the open plan still reads";
    db.reset();
    EXPECT_NO_THROW(Database::open(plan, Database::Mode::OpenExisting)) << "and opens again";
}

TEST_F(SafeWriteTest, ReasonsSayWhatThePathIs)
{
    EXPECT_TRUE(SafeWrite::refusal(plan).contains("it is the open plan file"));
    EXPECT_TRUE(SafeWrite::refusal(plan + "-wal").contains("write-ahead log"));
    EXPECT_TRUE(SafeWrite::refusal(backup).contains("backups folder"));
    const QStringList paths = attacks();
    EXPECT_TRUE(SafeWrite::refusal(paths[5]).contains("it is the open plan file")) << "a hard link, by its inode";
    EXPECT_TRUE(SafeWrite::refusal(paths[6]).contains("symbolic link"));
    EXPECT_TRUE(SafeWrite::refusal(paths[9]).contains("it is the backup")) << "a hard link to a backup";
    EXPECT_TRUE(SafeWrite::refusal(scratch.path("no-such-folder/out.csv")).contains("does not exist"));
}

TEST_F(SafeWriteTest, AnyOtherFileIsWrittenWholeAndAtomically)
{
    const QString out = scratch.path("out.csv");
    SafeWrite::write(out, "first\n");
    QFile::setPermissions(out, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    SafeWrite::write(out, "second\n");
    EXPECT_EQ(wres::test::readFile(out), "second\n");
    EXPECT_EQ(QFile::permissions(out) & (QFile::ReadGroup | QFile::ReadOther), QFile::ReadGroup)
        << "a replaced file keeps its permissions";
    // A writer that gives up, or fails, leaves the old file and no temporary behind.
    EXPECT_FALSE(SafeWrite::write(out, [](QIODevice& d) {
        d.write("half of a third");
        return false;
    }));
    EXPECT_EQ(wres::test::readFile(out), "second\n");
    EXPECT_TRUE(QDir(scratch.path("")).entryList({".wres-*"}, QDir::Hidden | QDir::Files).isEmpty());
    // A symbolic link to an ordinary file is not followed either: refused, the target unchanged.
    const QString target = scratch.write("target.txt", "keep me");
    QFile::link(target, scratch.path("link.csv"));
    EXPECT_THROW(SafeWrite::write(scratch.path("link.csv"), "x"), StoreError);
    EXPECT_EQ(wres::test::readFile(target), "keep me");
}

TEST_F(SafeWriteTest, AnotherSqliteDatabaseIsNeverReplacedByAnExport)
{
    const QString other = scratch.path("other.wres");
    Database::open(other, Database::Mode::CreateIfMissing).reset(); // made and closed
    const QByteArray before = wres::test::readFile(other);
    EXPECT_THROW(SafeWrite::write(other, "not a plan"), StoreError);
    EXPECT_EQ(wres::test::readFile(other), before);
}

TEST_F(SafeWriteTest, ABatchIsAllOrNothing)
{
    const QString folder = scratch.path("round");
    QDir().mkpath(folder);
    const QString kept = QDir(folder).filePath("b.txt");
    QFile::copy(scratch.write("seed", "old b"), kept);
    {
        WriteBatch batch(folder);
        batch.add("a.txt", "new a");
        batch.add("b.txt", "new b");
        // The step after placing the files (recording the round) fails: everything goes back.
        EXPECT_THROW(batch.commit([] { throw StoreError(StoreError::Kind::DiskFull, "full"); }), StoreError);
    }
    EXPECT_FALSE(QFile::exists(QDir(folder).filePath("a.txt")));
    EXPECT_EQ(wres::test::readFile(kept), "old b");
    EXPECT_EQ(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{"b.txt"})
        << "no staging folder left";
    {
        // A refused name stops the batch before anything reaches the folder.
        WriteBatch batch(folder);
        batch.add("a.txt", "new a");
        QFile::link(plan, QDir(folder).filePath("c.txt"));
        EXPECT_THROW(batch.add("c.txt", "x"), StoreError);
    }
    EXPECT_FALSE(QFile::exists(QDir(folder).filePath("a.txt")));
    {
        WriteBatch batch(folder);
        batch.add("a.txt", "new a");
        batch.add("b.txt", "new b");
        EXPECT_EQ(batch.commit().size(), 2);
    }
    EXPECT_EQ(wres::test::readFile(kept), "new b");
    EXPECT_EQ(wres::test::readFile(QDir(folder).filePath("a.txt")), "new a");
    // Never inside the plan's backups folder.
    EXPECT_THROW(WriteBatch{Backups::folderFor(plan)}, StoreError);
    EXPECT_THROW(WriteBatch{plan}, StoreError) << "the open plan is not a folder to write in";
}

} // namespace
