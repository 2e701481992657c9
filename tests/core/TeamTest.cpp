// Team mode in the core, against the test server (the "pg." run; skipped on files): other
// connections hear of a change, and the role of a login is read from the server.
#include "TestSupport.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/ServerRoles.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

class Team : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (wres::test::testServer().isEmpty())
            GTEST_SKIP() << "team mode needs the test server (the pg. run)";
        location = wres::test::storeLocation(scratch, "team");
        db = Database::open(location, Database::Mode::CreateIfMissing);
        planId = PlanStore(*db).addPlan(wres::test::samplePlan());
    }

    wres::test::Scratch scratch;
    QString location;
    std::unique_ptr<Database> db;
    qint64 planId = 0;
};

TEST_F(Team, AnotherConnectionHearsOfEachCommittedChangeAndNotOfItsOwn)
{
    auto watcher = Database::open(location, Database::Mode::OpenExisting);
    int heard = 0;
    ASSERT_TRUE(watcher->watchOthers([&] { ++heard; }));
    ActionQuery query;
    query.planId = planId;
    const qint64 action = ActionStore(*db).list(query).front().id;
    UpdateRequest update;
    update.status = Status::Delayed;
    update.author = "Someone else";
    ActionStore(*db).recordUpdate(action, update);
    QElapsedTimer clock;
    clock.start();
    while (heard == 0 && clock.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_EQ(heard, 1);

    ActionStore(*watcher).recordUpdate(action, update);
    clock.restart();
    while (clock.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_EQ(heard, 1) << "its own change is not news";
    EXPECT_FALSE(Database::open(scratch.path("file.wres"), Database::Mode::CreateIfMissing)->watchOthers([] {}))
        << "a file is not watched";
}

TEST_F(Team, TheRoleOfALoginComesFromTheServer)
{
    EXPECT_EQ(ServerRoles::currentRole(*db), ServerRoles::Role::Admin) << "the test login is a superuser";
    EXPECT_THROW(ServerRoles::grant(*db, "core_test_lead", ServerRoles::Role::Lead, "Head of EDI", {}), StoreError)
        << "no roles before server-init";
    ServerRoles::initialise(*db);
    ServerRoles::grant(*db, "core_test_lead", ServerRoles::Role::Lead, "head of edi", {});
    EXPECT_THROW(ServerRoles::grant(*db, "Jo Smith", ServerRoles::Role::Viewer, {}, {}), InvalidRequest);
    EXPECT_THROW(ServerRoles::grant(*db, "wres_admin", ServerRoles::Role::Viewer, {}, {}), InvalidRequest);
    EXPECT_THROW(ServerRoles::grant(*db, "sam", ServerRoles::Role::Lead, "Nobody", {}), InvalidRequest);
    EXPECT_EQ(ServerRoles::roleFromName(" Viewer "), ServerRoles::Role::Viewer);
    EXPECT_EQ(ServerRoles::roleName(ServerRoles::Role::Lead), "lead");
    auto file = Database::open(scratch.path("file.wres"), Database::Mode::CreateIfMissing);
    EXPECT_EQ(ServerRoles::currentRole(*file), ServerRoles::Role::Admin) << "whoever has the file has it all";
    EXPECT_THROW(ServerRoles::initialise(*file), InvalidRequest);
}

} // namespace
