#include "TestSupport.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/FileSystem.h"
#include "store/PlanStore.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

QString pragma(const Database& db, const QString& name)
{
    SqlQuery q(db.connection(), "PRAGMA " + name);
    q.exec();
    return q.next() ? q.text(0).toLower() : QString();
}

// Sets an environment variable for one scope.
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const QByteArray& value) : m_name(name) { qputenv(name, value); }
    ~ScopedEnv() { qunsetenv(m_name); }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
};

TEST(DatabaseModes, ReadOnlyRefusesEveryWriteBeforeTouchingTheFile)
{
    WRES_FILES_ONLY();
    wres::test::Scratch scratch;
    const QString path = scratch.path("plan.wres");
    {
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        PlanStore(*db).addPlan(wres::test::samplePlan());
    }
    auto db = Database::open(path, Database::Mode::ReadOnly);
    EXPECT_TRUE(db->isReadOnly());
    const qint64 action = ActionStore(*db).list({}).front().id;
    UpdateRequest request;
    request.status = Status::Complete;
    try {
        ActionStore(*db).recordUpdate(action, request);
        FAIL() << "a read-only file was written";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::ReadOnly);
        EXPECT_TRUE(e.message().contains("is open read-only; nothing was changed")) << e.message().toStdString();
    }
    EXPECT_EQ(ActionStore(*db).row(action).status, Status::InProgress);
}

TEST(DatabaseModes, NetworkFileSystemsAreRecognisedByType)
{
    WRES_FILES_ONLY();
    EXPECT_TRUE(FileSystem::isNetworkType(0x6969));      // NFS
    EXPECT_TRUE(FileSystem::isNetworkType(0xFF534D42));  // CIFS
    EXPECT_TRUE(FileSystem::isNetworkType(0xFE534D42));  // SMB2
    EXPECT_FALSE(FileSystem::isNetworkType(0xEF53));     // ext4
    EXPECT_FALSE(FileSystem::isNetworkType(0x01021994)); // tmpfs
    EXPECT_FALSE(FileSystem::isNetworkType(0x58465342)); // xfs
    wres::test::Scratch scratch;
    EXPECT_FALSE(FileSystem::isNetwork(scratch.path("plan.wres"))) << "the test machine's temporary folder is local";
}

TEST(DatabaseModes, OnANetworkShareTheRollbackJournalAndOneProgramAtATime)
{
    WRES_FILES_ONLY();
    wres::test::Scratch scratch;
    const QString path = scratch.path("shared.wres");
    {
        auto local = Database::open(path, Database::Mode::CreateIfMissing);
        PlanStore(*local).addPlan(wres::test::samplePlan());
        EXPECT_EQ(pragma(*local, "journal_mode"), "wal");
    }
    {
        ScopedEnv network("WRES_ASSUME_NETWORK_FS", "1");
        auto db = Database::open(path, Database::Mode::OpenExisting);
        EXPECT_TRUE(db->isOnNetwork());
        EXPECT_EQ(pragma(*db, "journal_mode"), "delete") << "WAL needs shared memory a share cannot give";
        EXPECT_EQ(pragma(*db, "locking_mode"), "exclusive");
        EXPECT_EQ(pragma(*db, "mmap_size"), "0");
        UpdateRequest request;
        request.status = Status::Delayed;
        ActionStore(*db).recordUpdate(ActionStore(*db).list({}).front().id, request);

        QElapsedTimer waited;
        waited.start();
        try {
            auto second = Database::open(path, Database::Mode::OpenExisting);
            FAIL() << "a second program had the file while the first held it";
        } catch (const StoreError& e) {
            EXPECT_EQ(e.kind(), StoreError::Kind::Busy) << e.message().toStdString();
            EXPECT_TRUE(e.message().contains("is in use by another person or program (on a shared drive"))
                << e.message().toStdString();
        }
        EXPECT_GE(waited.elapsed(), 4000) << "it waited for the busy timeout before giving up";
    }
    auto local = Database::open(path, Database::Mode::OpenExisting);
    EXPECT_EQ(pragma(*local, "journal_mode"), "wal") << "back on a local disk, back to WAL";
    EXPECT_EQ(ActionStore(*local).list({}).front().status, Status::Delayed);
}

} // namespace

namespace {

// A full disk, as SQLite meets it: the file may not grow past max_page_count pages.
TEST(DatabaseModes, ADiskFullWhileSavingChangesNothingAndSaysWhy)
{
    WRES_FILES_ONLY();
    wres::test::Scratch scratch;
    auto db = Database::open(scratch.path("plan.wres"), Database::Mode::CreateIfMissing);
    const qint64 first = PlanStore(*db).addPlan(wres::test::samplePlan());
    const QString pages = pragma(*db, "page_count");
    SqlQuery(db->connection(), "PRAGMA max_page_count = " + pages).exec();

    PlanData big = wres::test::samplePlan();
    for (int i = 0; i < 400; ++i)
        big.themes[0].objectives[0].actions << big.themes[0].objectives[0].actions[0];
    try {
        PlanStore(*db).addPlan(big);
        FAIL() << "a plan larger than the space left was stored";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::DiskFull);
        EXPECT_TRUE(e.message().contains("The disk is full; nothing was changed")) << e.message().toStdString();
    }
    EXPECT_EQ(PlanStore(*db).plans().size(), 1) << "no half-stored plan";
    EXPECT_TRUE(db->integrityProblems().isEmpty());

    // With space again, the same connection carries on.
    SqlQuery(db->connection(), "PRAGMA max_page_count = 1073741823").exec();
    UpdateRequest request;
    request.status = Status::Complete;
    ActionQuery q;
    q.planId = first;
    ActionStore(*db).recordUpdate(ActionStore(*db).list(q).front().id, request);
    EXPECT_EQ(PlanStore(*db).plans().size(), 1);
    EXPECT_NO_THROW(PlanStore(*db).addPlan(big));
}

} // namespace
