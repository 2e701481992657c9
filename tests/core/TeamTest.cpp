// Team mode in the core, against the test server (the "pg." run; skipped on files): other
// connections hear of a change, the role of a login is read from the server, a lead's updates
// (written by the server's own function) leave what the same updates leave in a file, and the
// SCRAM secret grant sends is the one the server would make from the password.
#include "TestSupport.h"
#include "store/ActionStore.h"
#include "store/AuditStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/ScramSecret.h"
#include "store/ServerRoles.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

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
    // A login of no WRES role is told so (None), not met with an error, whatever roles the server has.
    QSqlQuery sql(db->connection());
    ASSERT_TRUE(sql.exec("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'core_test_nobody') "
                         "THEN CREATE ROLE core_test_nobody LOGIN; END IF; END $$"));
    ASSERT_TRUE(sql.exec("SET SESSION AUTHORIZATION core_test_nobody"));
    EXPECT_EQ(ServerRoles::currentRole(*db), ServerRoles::Role::None);
    ASSERT_TRUE(sql.exec("RESET SESSION AUTHORIZATION"));
    auto file = Database::open(scratch.path("file.wres"), Database::Mode::CreateIfMissing);
    EXPECT_EQ(ServerRoles::currentRole(*file), ServerRoles::Role::Admin) << "whoever has the file has it all";
    EXPECT_THROW(ServerRoles::initialise(*file), InvalidRequest);
}

// What a run of updates and edits leaves on one action: its history, its audit lines (after the
// import's), its revision and values; with who and when kept apart, as the server sets them.
struct Trail
{
    QStringList history;
    QStringList audit;
    QStringList authors;
    QList<QDateTime> times;
    int revision = 0;
    QString values;
    QStringList refusals;
};

Trail runUpdates(const Database& database, qint64 planId)
{
    ActionStore store(database);
    ActionQuery query;
    query.planId = planId;
    qint64 id = 0;
    for (const ActionRow& row : store.list(query))
        if (row.number == u"1.1")
            id = row.id;
    EXPECT_NE(id, 0);
    AuditQuery auditQuery;
    auditQuery.planId = planId;
    auditQuery.entity = QStringLiteral("action");
    auditQuery.entityId = id;
    const qsizetype imported = AuditStore(database).list(auditQuery).size();
    const qsizetype historyBefore = store.history(id).size();
    Trail trail;
    auto refused = [&](auto&& change) {
        try {
            change();
            trail.refusals << QStringLiteral("none");
        } catch (const StoreError& e) {
            trail.refusals << QString::number(int(e.kind()));
        }
    };
    const int start = store.action(id).revision;
    UpdateRequest first;
    first.status = Status::Delayed;
    first.rag = Rag::Red;
    first.progress = QStringLiteral("Waiting for the data");
    first.author = QStringLiteral("Head of EDI");
    first.source = QStringLiteral("window");
    first.at = QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC); // a client's clock, wrong
    first.expectedRevision = start;
    store.recordUpdate(id, first);
    UpdateRequest same;
    same.progress = QStringLiteral("Waiting for the data");
    same.author = QStringLiteral("Head of EDI");
    store.recordUpdate(id, same);
    UpdateRequest stale;
    stale.status = Status::Complete;
    stale.author = QStringLiteral("Head of EDI");
    stale.expectedRevision = start;
    refused([&] { store.recordUpdate(id, stale); });
    ActionData edited = store.action(id);
    const int seen = edited.revision;
    edited.status = Status::InProgress;
    edited.rag = Rag::Green;
    edited.progress = QStringLiteral("Back on track");
    store.edit(id, edited, seen, QStringLiteral("Head of EDI"), QStringLiteral("window"));
    ActionData late = store.action(id);
    late.rag = Rag::Amber;
    refused([&] { store.edit(id, late, seen, QStringLiteral("Head of EDI"), QStringLiteral("window")); });

    const QList<StatusUpdate> history = store.history(id);
    for (qsizetype i = historyBefore; i < history.size(); ++i) {
        trail.history << QStringLiteral("%1|%2|%3")
                             .arg(statusCode(history[i].status), ragLetter(history[i].rag), history[i].note);
        trail.authors << history[i].author;
        trail.times << history[i].recordedAt;
    }
    const QList<AuditRecord> audit = AuditStore(database).list(auditQuery);
    for (qsizetype i = imported; i < audit.size(); ++i) {
        const AuditEntry& e = audit[i].entry;
        const bool isUpdate = e.field == u"status_update";
        trail.audit << QStringLiteral("%1|%2|%3|%4|%5")
                           .arg(e.field, e.oldValue, isUpdate ? QStringLiteral("(history row)") : e.newValue, e.source)
                           .arg(e.planId == planId);
        trail.authors << e.author;
        trail.times << e.recordedAt;
    }
    const ActionData after = store.action(id);
    trail.revision = after.revision - start;
    trail.values = QStringLiteral("%1|%2|%3").arg(statusCode(after.status), ragLetter(after.rag), after.progress);
    return trail;
}

TEST_F(Team, ALeadsUpdatesLeaveWhatTheSameUpdatesLeaveInAFileWithTheServersTimeAndLogin)
{
    ServerRoles::initialise(*db);
    ServerRoles::grant(*db, "core_rules_lead", ServerRoles::Role::Lead, "Head of EDI", "pw core/rules?#@:%");
    // The password written in the address as it is, '%' encoded.
    const QUrl url(location);
    auto lead = Database::open("postgresql://core_rules_lead:pw core/rules?#@:%25@" + url.host() + ":" +
                                   QString::number(url.port()) + url.path(),
                               Database::Mode::OpenExisting);
    ASSERT_EQ(ServerRoles::currentRole(*lead), ServerRoles::Role::Lead);
    auto file = Database::open(scratch.path("same.wres"), Database::Mode::CreateIfMissing);
    const qint64 filePlan = PlanStore(*file).addPlan(wres::test::samplePlan());

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    const Trail onServer = runUpdates(*lead, planId);
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(5);
    const Trail inFile = runUpdates(*file, filePlan);

    EXPECT_EQ(onServer.history, inFile.history);
    EXPECT_EQ(onServer.audit, inFile.audit);
    EXPECT_EQ(onServer.revision, inFile.revision) << "raised by one per change";
    EXPECT_EQ(onServer.revision, 3);
    EXPECT_EQ(onServer.values, inFile.values);
    EXPECT_EQ(onServer.refusals, inFile.refusals) << "conflicts are detected alike";
    EXPECT_EQ(onServer.refusals, QStringList({QString::number(int(StoreError::Kind::Conflict)),
                                              QString::number(int(StoreError::Kind::Conflict))}));
    EXPECT_EQ(inFile.authors.count("Head of EDI"), inFile.authors.size());
    EXPECT_EQ(onServer.authors.count("core_rules_lead"), onServer.authors.size()) << "the login, whatever was sent";
    ASSERT_FALSE(onServer.times.isEmpty());
    for (const QDateTime& at : onServer.times)
        EXPECT_TRUE(at >= before && at <= after) << "the server's time: " << at.toString(Qt::ISODate).toStdString();

    // A lead's edit of anything but status, RAG and progress is refused, and one that changes
    // nothing writes nothing (not even a new revision).
    ActionStore store(*lead);
    ActionQuery query;
    query.planId = planId;
    const ActionRow row = store.list(query).front();
    ActionData text = store.action(row.id);
    const int revision = text.revision;
    EXPECT_EQ(store.edit(row.id, text, revision, "x", "window"), revision);
    text.text = "Rewritten by a lead";
    try {
        store.edit(row.id, text, revision, "x", "window");
        ADD_FAILURE() << "a lead changed an action's text";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::NotPermitted);
    }
    EXPECT_EQ(store.action(row.id).revision, revision);
    // An admin still writes directly, with what the client says.
    UpdateRequest byAdmin;
    byAdmin.status = Status::Complete;
    byAdmin.author = "Head of EDI";
    byAdmin.at = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
    const StatusUpdate recorded = ActionStore(*db).recordUpdate(row.id, byAdmin);
    EXPECT_EQ(recorded.author, "Head of EDI");
    EXPECT_EQ(ActionStore(*db).history(row.id).last().recordedAt, byAdmin.at);
}

TEST_F(Team, TheSecretMadeHereIsTheOneTheServerMakesFromThePassword)
{
    // The server is given each password itself here (on purpose, in a test) and its secret read back:
    // ASCII with URL characters, a control character, NFKC and mapped-to-nothing characters, and
    // right-to-left text SASLprep refuses (hashed as it is) or accepts.
    const QStringList passwords = {
        QStringLiteral("pw-simple"),        QStringLiteral("Zq/x?y#z@w:v%u&t=s"),   QStringLiteral("tab\there"),
        QStringLiteral("Caf\u00e9 \ufb01"), QStringLiteral("I\u00adX\u2168\u00a0"), QStringLiteral("\u0627\u0031"),
        QStringLiteral("\u05d0\u05d1")};
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'scram_probe') THEN "
                       "CREATE ROLE scram_probe; END IF; END $$"));
    ASSERT_TRUE(q.exec("SET password_encryption = 'scram-sha-256'"));
    const QRegularExpression form(QStringLiteral("^SCRAM-SHA-256\\$(\\d+):([^$]+)\\$"));
    for (const QString& password : passwords) {
        ASSERT_TRUE(q.exec("ALTER ROLE scram_probe PASSWORD '" + QString(password).replace("'", "''") + "'"));
        ASSERT_TRUE(q.exec("SELECT rolpassword FROM pg_authid WHERE rolname = 'scram_probe'"));
        ASSERT_TRUE(q.next());
        const QString stored = q.value(0).toString();
        const QRegularExpressionMatch m = form.match(stored);
        ASSERT_TRUE(m.hasMatch()) << stored.toStdString();
        EXPECT_EQ(ScramSecret::make(password, QByteArray::fromBase64(m.captured(2).toLatin1()), m.captured(1).toInt()),
                  stored)
            << password.toStdString();
    }
}

} // namespace
