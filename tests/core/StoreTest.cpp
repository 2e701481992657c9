#include "TestSupport.h"
#include "io/PlanCsv.h"
#include "io/PlanJson.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/Migrations.h"
#include "store/PlanStore.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/StructureStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace wres::core;
using wres::test::Scratch;

namespace {

class Store : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = Database::open(wres::test::storeLocation(scratch, QStringLiteral("plan.wres")),
                            Database::Mode::CreateIfMissing);
        planId = PlanStore(*db).addPlan(wres::test::samplePlan());
    }

    QList<qint64> ids(const ActionQuery& query) const
    {
        QList<qint64> list;
        for (const ActionRow& row : ActionStore(*db).list(query))
            list << row.id;
        return list;
    }

    qint64 count(const QString& sql) const
    {
        QSqlQuery q(db->connection());
        EXPECT_TRUE(q.exec(sql));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    Scratch scratch;
    std::unique_ptr<Database> db;
    qint64 planId = 0;
    const QDate today{2024, 7, 1};
};

TEST_F(Store, NewFileHasTheCurrentSchemaForeignKeysAndWal)
{
    EXPECT_EQ(db->schemaVersion(), Migrations::currentVersion());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM indicators")), 9);
    EXPECT_EQ(db->isServer(), !wres::test::testServer().isEmpty());
    if (db->isServer())
        return; // the rest is about SQLite files
    EXPECT_EQ(count(QStringLiteral("PRAGMA foreign_keys")), 1);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    EXPECT_TRUE(db->integrityProblems().isEmpty());
}

TEST_F(Store, LoadGivesBackWhatWasAdded)
{
    const PlanData loaded = PlanStore(*db).load(planId, false);
    PlanData expected = wres::test::samplePlan();
    // Leads are shared rows: the second spelling of a lead takes the first one's.
    expected.themes[1].objectives[0].actions[0].leads[0] = QStringLiteral("Head of EDI");
    EXPECT_EQ(QString::fromUtf8(PlanCsv::write(loaded)).toStdString(),
              QString::fromUtf8(PlanCsv::write(expected)).toStdString());
    EXPECT_EQ(loaded.info.title, QStringLiteral("WRES Action Plan 2024/25"));
    EXPECT_FALSE(loaded.info.uid.isEmpty());
    EXPECT_EQ(loaded.actionCount(), 4);
}

TEST_F(Store, LeadsAreSharedRowsMatchedInAnyCase)
{
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM leads")), 4)
        << "'head of edi' is the same lead as 'Head of EDI'";
    EXPECT_EQ(PlanStore(*db).leads(planId),
              (QStringList{"Communications", "Head of EDI", "Head of Recruitment", "Head of Workforce"}));
    ActionQuery query;
    query.lead = QStringLiteral("HEAD OF EDI");
    EXPECT_EQ(ids(query).size(), 2);
    query.lead = QStringLiteral("Head of");
    EXPECT_TRUE(ids(query).isEmpty()) << "a lead is matched exactly, not as text";
}

TEST_F(Store, FiltersByStatusRagIndicatorAndTheme)
{
    ActionQuery query;
    query.status = Status::InProgress;
    EXPECT_EQ(ids(query).size(), 1);
    query = {};
    query.rag = Rag::Red;
    EXPECT_EQ(ids(query).size(), 1);
    query = {};
    query.indicator = 2;
    // 1.1 lists 2; 1.2 lists none, so its theme's (1, 2) apply; 2.1 says All; the n/a action is out.
    EXPECT_EQ(ids(query).size(), 3);
    query.indicator = 5;
    EXPECT_EQ(ids(query).size(), 1) << "only the action that says All";
    query = {};
    query.themeId = PlanStore(*db).load(planId, false).themes[1].id;
    EXPECT_EQ(ids(query).size(), 1);
}

TEST_F(Store, OverdueAndDueWithinLeaveOutClosedAndUndatedActions)
{
    ActionQuery query;
    query.today = today;
    query.overdueOnly = true;
    const auto overdue = ActionStore(*db).list(query);
    ASSERT_EQ(overdue.size(), 1); // June 2024 in progress; 31.03.2025 is in the future; the others have no date
    EXPECT_EQ(overdue[0].number, QStringLiteral("1.1"));
    EXPECT_TRUE(overdue[0].isOverdue(today));
    query.overdueOnly = false;
    query.today = QDate(2024, 6, 1);
    query.dueWithinDays = 30;
    EXPECT_EQ(ids(query).size(), 1);
    query.dueWithinDays = 28;
    EXPECT_TRUE(ids(query).isEmpty()) << "30 June is 29 days after 1 June";
    query.today = QDate(2025, 3, 1);
    query.dueWithinDays = 60;
    EXPECT_TRUE(ids(query).isEmpty()) << "the complete action due 31.03.2025 is not 'due'";
}

TEST_F(Store, RecordingAnUpdateKeepsHistoryRaisesRevisionAndAudits)
{
    ActionStore actions(*db);
    const qint64 id = actions.list({}).front().id;
    UpdateRequest request;
    request.status = Status::Delayed;
    request.progress = QStringLiteral("Panel training postponed");
    request.author = QStringLiteral("Head of EDI");
    request.at = QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);
    const StatusUpdate update = actions.recordUpdate(id, request);
    EXPECT_GT(update.id, 0);
    EXPECT_EQ(update.status, Status::Delayed);
    EXPECT_EQ(update.rag, Rag::Amber) << "an unchanged RAG is carried into the history row";

    const ActionRow row = actions.row(id);
    EXPECT_EQ(row.status, Status::Delayed);
    EXPECT_EQ(row.revision, 2);
    EXPECT_EQ(row.lastUpdate, request.at);
    const auto history = actions.history(id);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history[0].note, QStringLiteral("Panel training postponed"));
    EXPECT_EQ(history[0].author, QStringLiteral("Head of EDI"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_entries WHERE field = 'status' AND "
                                   "old_value = 'In progress' AND new_value = 'Delayed'")),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_entries WHERE field = 'progress'")), 1);
    EXPECT_EQ(PlanStore(*db).load(planId, false).themes[0].objectives[0].actions[0].progress,
              QStringLiteral("Panel training postponed"));

    ActionQuery stale;
    stale.today = QDate(2024, 5, 20);
    stale.noUpdateForDays = 30;
    EXPECT_FALSE(ids(stale).contains(id));
    EXPECT_EQ(ids(stale).size(), 3);
    stale.today = QDate(2024, 8, 1);
    EXPECT_TRUE(ids(stale).contains(id));
}

TEST_F(Store, EditingAnActionAuditsEachFieldAndRefusesAStaleRevision)
{
    ActionStore actions(*db);
    const qint64 id = actions.list({}).front().id;
    ActionData edited = actions.action(id);
    ASSERT_EQ(edited.revision, 1);
    edited.text = QStringLiteral("• Diverse panels for every Band 8a+ post\n• Panel training");
    edited.leads = {QStringLiteral("Head of Recruitment"), QStringLiteral("New Lead")};
    edited.timescale.text = QStringLiteral("Q3 2024/25");
    edited.indicators = {IndicatorLinks::Scope::Listed, {1, 2, 7}};
    edited.tags = {Tag{QStringLiteral("People Promise"), QStringLiteral("We are a team")}};
    edited.status = Status::Complete;
    edited.progress = QStringLiteral("Done in September");
    EXPECT_EQ(actions.edit(id, edited, 1, QStringLiteral("Head of EDI"), QStringLiteral("window")), 2);

    const ActionData saved = actions.action(id);
    EXPECT_EQ(saved.text, edited.text);
    EXPECT_EQ(saved.leads, edited.leads);
    EXPECT_EQ(saved.timescale.due, QDate(2024, 12, 31)) << "the due date is derived from the new text";
    EXPECT_EQ(saved.indicators.numbers, (QList<int>{1, 2, 7}));
    EXPECT_EQ(saved.tags, edited.tags);
    EXPECT_EQ(saved.revision, 2);
    EXPECT_EQ(actions.history(id).size(), 1) << "a status change is also history";
    for (const char* field : {"text", "leads", "timescale", "indicators", "tags", "status", "progress"})
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_entries WHERE field = '%1' AND source = 'window'")
                            .arg(QString::fromLatin1(field))),
                  1)
            << field;
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_entries WHERE field = 'number'")), 0) << "unchanged";

    try {
        actions.edit(id, edited, 1, QStringLiteral("Someone else"), QStringLiteral("window"));
        FAIL() << "a stale revision must be refused";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::Conflict);
    }
    edited.text = QStringLiteral("   ");
    EXPECT_THROW(actions.edit(id, edited, 2, QStringLiteral("x"), QStringLiteral("window")), InvalidRequest);
    EXPECT_EQ(actions.action(id).revision, 2) << "nothing was saved";
}

TEST_F(Store, StructureChangesRenumberAndARemovedPartComesBackWithItsHistory)
{
    using Kind = StructureStore::Kind;
    StructureStore structure(*db, QStringLiteral("Head of EDI"));
    const PlanData before = PlanStore(*db).load(planId, false);
    const qint64 recruitment = before.themes[0].id;
    // A new objective first in the theme: the others move down and are renumbered.
    const qint64 objective = structure.addObjective(recruitment, 0, QStringLiteral("Fair promotion"));
    const qint64 action = structure.addAction(objective, 0, QStringLiteral("Publish promotion data by band"));
    PlanData now = PlanStore(*db).load(planId, false);
    ASSERT_EQ(now.themes[0].objectives.size(), 3);
    EXPECT_EQ(now.themes[0].objectives[0].text, "Fair promotion");
    EXPECT_EQ(now.themes[0].objectives[0].number, "1");
    EXPECT_EQ(now.themes[0].objectives[1].number, "2");
    EXPECT_EQ(now.themes[0].objectives[1].actions[0].number, "2.1");
    EXPECT_EQ(now.themes[0].objectives[0].actions[0].number, "1.1");

    ASSERT_TRUE(structure.move(Kind::Objective, objective, +1));
    EXPECT_FALSE(structure.move(Kind::Theme, recruitment, -1)) << "already first";
    now = PlanStore(*db).load(planId, false);
    EXPECT_EQ(now.themes[0].objectives[1].text, "Fair promotion");
    EXPECT_EQ(now.themes[0].objectives[1].actions[0].number, "2.1");

    // Remove the theme with its history, then put it back.
    ActionStore actions(*db);
    UpdateRequest update;
    update.progress = QStringLiteral("Data published");
    update.author = QStringLiteral("Analyst");
    actions.recordUpdate(action, update);
    const auto contents = structure.contents(Kind::Theme, recruitment);
    EXPECT_EQ(contents.objectives, 3);
    EXPECT_EQ(contents.actions, 4);
    EXPECT_EQ(contents.updates, 1);
    qint64 plan = 0;
    int position = -1;
    const ThemeData taken = structure.takeTheme(recruitment, &plan, &position);
    EXPECT_EQ(plan, planId);
    EXPECT_EQ(position, 0);
    EXPECT_EQ(PlanStore(*db).load(planId, false).themes.size(), 1);
    const qint64 back = structure.restoreTheme(plan, position, taken);
    now = PlanStore(*db).load(planId, true);
    ASSERT_EQ(now.themes.size(), 2);
    EXPECT_EQ(now.themes[0].id, back);
    EXPECT_EQ(now.themes[0].name, "Recruitment");
    EXPECT_EQ(now.themes[0].indicators.numbers, (QList<int>{1, 2}));
    EXPECT_EQ(now.themes[0].objectives[1].actions[0].updates.size(), 1) << "history comes back";
    EXPECT_EQ(now.themes[0].objectives[1].actions[0].updates[0].note, "Data published");
    EXPECT_GE(count(QStringLiteral("SELECT COUNT(*) FROM audit_entries WHERE field IN ('created', 'deleted', "
                                   "'restored', 'position')")),
              5);
    EXPECT_THROW(structure.addTheme(planId, 0, QStringLiteral("  ")), InvalidRequest);
}

TEST_F(Store, TheAuditTrailIsAppendOnly)
{
    ActionStore actions(*db);
    UpdateRequest request;
    request.status = Status::Complete;
    request.author = QStringLiteral("Head of EDI");
    actions.recordUpdate(actions.list({}).front().id, request);
    ASSERT_GT(count(QStringLiteral("SELECT COUNT(*) FROM audit_entries")), 0);
    QSqlQuery change(db->connection());
    EXPECT_FALSE(change.exec(QStringLiteral("UPDATE audit_entries SET author = 'someone else'")));
    EXPECT_TRUE(change.lastError().text().contains(QStringLiteral("audit trail cannot be changed")));
    EXPECT_FALSE(change.exec(QStringLiteral("DELETE FROM audit_entries")));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_entries WHERE author = 'someone else'")), 0);
    // Removing an action leaves its audit lines in place.
    StructureStore structure(*db, QStringLiteral("Head of EDI"));
    qint64 objective = 0;
    int position = 0;
    structure.takeAction(actions.list({}).front().id, &objective, &position);
    EXPECT_GT(count(QStringLiteral("SELECT COUNT(*) FROM audit_entries WHERE field = 'status'")), 0);
}

TEST_F(Store, UpdateOfAnUnknownActionOrWithNothingChangesNothing)
{
    ActionStore actions(*db);
    UpdateRequest request;
    request.status = Status::Complete;
    EXPECT_THROW(actions.recordUpdate(9999, request), InvalidRequest);
    EXPECT_THROW(actions.recordUpdate(actions.list({}).front().id, UpdateRequest{}), InvalidRequest);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM status_updates")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_entries")), 0);
}

TEST_F(Store, JsonExportHoldsHistoryAndImportsBackIdentically)
{
    ActionStore actions(*db);
    UpdateRequest request;
    request.rag = Rag::Green;
    request.progress = QStringLiteral("On track");
    request.author = QStringLiteral("EDI Partner");
    actions.recordUpdate(actions.list({}).front().id, request);
    PlanStore store(*db);
    MetricStore(*db).importCounts({MetricCount{2, "2021/22", "", "White", 155, 1000, std::nullopt, 0},
                                   MetricCount{3, "2019/20", "", "", std::nullopt, std::nullopt, 1.62, 0}});
    MetricStore(*db).replaceTargets({MetricTarget{1, "Band 8a", "pct_bme", 25.6, "Model Employer", "2025"}});
    auto exportOf = [](const Database& database, qint64 id) {
        PlanStore s(database);
        const MetricStore m(database);
        return PlanJson::write(
            {s.load(id, true), s.indicators("WRES"), s.leads(id), m.counts(), m.targets(), {}, {}, {}});
    };
    const QByteArray json = exportOf(*db, planId);
    EXPECT_TRUE(json.contains("\"On track\""));
    EXPECT_TRUE(json.contains("\"EDI Partner\""));
    EXPECT_TRUE(json.contains("\"Model Employer\""));
    EXPECT_TRUE(json.contains("1.62"));

    const auto read = PlanJson::read(json, QStringLiteral("plan.json"), 9);
    ASSERT_TRUE(read.problems.isEmpty());
    auto copy = Database::open(wres::test::storeLocation(scratch, QStringLiteral("copy.wres")),
                               Database::Mode::CreateIfMissing);
    const qint64 copyId = PlanStore(*copy).addPlan(read.document.plan);
    MetricStore::unaudited(*copy).importCounts(read.document.metrics);
    MetricStore::unaudited(*copy).replaceTargets(read.document.targets);
    EXPECT_EQ(exportOf(*copy, copyId), json);
}

TEST_F(Store, AddingAPlanIsAllOrNothing)
{
    PlanData bad = wres::test::samplePlan();
    bad.themes[1].objectives[0].actions[0].text.clear(); // refused by the store, after the first theme went in
    EXPECT_THROW(PlanStore(*db).addPlan(bad), InvalidRequest);
    EXPECT_EQ(PlanStore(*db).plans().size(), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM themes")), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM actions")), 4);
}

TEST_F(Store, ChoosingAPlanWhenTheFileHoldsSeveral)
{
    PlanStore store(*db);
    EXPECT_EQ(store.choosePlan(std::nullopt).id, planId);
    store.addPlan(wres::test::samplePlan());
    try {
        store.choosePlan(std::nullopt);
        FAIL() << "two plans and no choice must be refused";
    } catch (const InvalidRequest& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("--plan")));
    }
    EXPECT_THROW(store.plan(999), InvalidRequest);
}

// Opening files that cannot be used

TEST(Open, MissingFileIsRefusedUnlessCreating)
{
    WRES_FILES_ONLY();
    Scratch scratch;
    try {
        Database::open(scratch.path(QStringLiteral("none.wres")), Database::Mode::OpenExisting);
        FAIL();
    } catch (const StoreError& e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::FileMissing);
    }
    EXPECT_FALSE(QFile::exists(scratch.path(QStringLiteral("none.wres")))) << "a refused open creates nothing";
}

TEST(Open, TextFileIsNotADatabase)
{
    WRES_FILES_ONLY();
    Scratch scratch;
    const QString path = scratch.write(QStringLiteral("notes.wres"), "theme,objective\nnot a database\n");
    try {
        Database::open(path, Database::Mode::OpenExisting);
        FAIL();
    } catch (const StoreError& e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::NotADatabase);
        EXPECT_TRUE(e.message().contains(QStringLiteral("not a WRES Tracker plan file")));
    }
    EXPECT_EQ(wres::test::readFile(path), QByteArray("theme,objective\nnot a database\n"));
}

TEST(Open, EmptyFileIsRefusedUnlessCreating)
{
    WRES_FILES_ONLY();
    Scratch scratch;
    const QString path = scratch.write(QStringLiteral("empty.wres"), {});
    EXPECT_THROW(Database::open(path, Database::Mode::OpenExisting), StoreError);
    EXPECT_EQ(QFile(path).size(), 0);
    EXPECT_EQ(Database::open(path, Database::Mode::CreateIfMissing)->schemaVersion(), Migrations::currentVersion());
}

void runSql(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        for (const QString& sql : statements) {
            QSqlQuery q(raw);
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

TEST(Open, OtherSqliteDatabasesAreRefused)
{
    WRES_FILES_ONLY();
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("other.db"));
    runSql(path, {QStringLiteral("CREATE TABLE songs (title TEXT)")});
    try {
        Database::open(path, Database::Mode::CreateIfMissing);
        FAIL();
    } catch (const StoreError& e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::NotADatabase);
    }
}

TEST(Open, FileFromANewerProgramIsRefusedAndLeftAlone)
{
    WRES_FILES_ONLY();
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("newer.wres"));
    Database::open(path, Database::Mode::CreateIfMissing);
    runSql(path, {QStringLiteral("PRAGMA user_version = 99")});
    const QByteArray before = wres::test::readFile(path);
    for (auto mode : {Database::Mode::OpenExisting, Database::Mode::ReadOnly}) {
        try {
            Database::open(path, mode);
            FAIL();
        } catch (const StoreError& e) {
            EXPECT_EQ(e.kind(), StoreError::Kind::TooNew);
            EXPECT_TRUE(e.message().contains(QStringLiteral("newer version")));
        }
    }
    EXPECT_EQ(wres::test::readFile(path), before);
}

TEST(Open, DamagedFileIsReportedAsCorrupt)
{
    WRES_FILES_ONLY();
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("damaged.wres"));
    {
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        PlanStore(*db).addPlan(wres::test::samplePlan());
        wres::core::execStatement(db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    ASSERT_GT(bytes.size(), 8192);
    for (qsizetype i = 4096; i < bytes.size(); ++i) // every page after the first two
        bytes[i] = char(0xA5);
    file.seek(0);
    file.write(bytes);
    file.close();
    try {
        auto db = Database::open(path, Database::Mode::OpenExisting);
        FAIL() << "a damaged file must not open";
    } catch (const StoreError& e) {
        EXPECT_TRUE(e.kind() == StoreError::Kind::Corrupt || e.kind() == StoreError::Kind::NotADatabase)
            << e.message().toStdString();
    }
}

TEST(Open, DamageFoundAfterALightCheckIsStillACleanError)
{
    WRES_FILES_ONLY();
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("damaged.wres"));
    {
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        for (int i = 0; i < 20; ++i)
            PlanStore(*db).addPlan(wres::test::samplePlan());
        wres::core::execStatement(db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    for (qsizetype i = 8192; i < bytes.size(); ++i) // every page after the schema
        bytes[i] = char(0x5A);
    file.seek(0);
    file.write(bytes);
    file.close();
    try {
        auto db = Database::open(path, Database::Mode::OpenExisting, Database::Check::Light);
        ActionStore(*db).list({});
        FAIL() << "reading damaged pages must fail";
    } catch (const StoreError& e) {
        EXPECT_TRUE(e.kind() == StoreError::Kind::Corrupt || e.kind() == StoreError::Kind::NotADatabase)
            << e.message().toStdString();
    }
}

TEST(Open, ReadOnlyModeReadsAndRefusesWrites)
{
    WRES_FILES_ONLY();
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("plan.wres"));
    Database::open(path, Database::Mode::CreateIfMissing);
    {
        auto db = Database::open(path, Database::Mode::OpenExisting);
        PlanStore(*db).addPlan(wres::test::samplePlan());
    }
    auto db = Database::open(path, Database::Mode::ReadOnly);
    EXPECT_TRUE(db->isReadOnly());
    EXPECT_EQ(ActionStore(*db).list({}).size(), 4);
    UpdateRequest request;
    request.status = Status::Complete;
    EXPECT_THROW(ActionStore(*db).recordUpdate(ActionStore(*db).list({}).front().id, request), StoreError);
}

} // namespace
