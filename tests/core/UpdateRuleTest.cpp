// Recording a status update is one rule for every front end: ActionStore::recordUpdate. The window's
// Add update, the editor's save with a new status or note, the command line and returned workbooks
// all go through it, so the same request gives the same history whoever makes it.
#include "TestSupport.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/StructureStore.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

class UpdateRule : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = Database::open(wres::test::storeLocation(scratch, QStringLiteral("plan.wres")),
                            Database::Mode::CreateIfMissing);
        planId = PlanStore(*db).addPlan(wres::test::samplePlan());
        id = ActionStore(*db).list({}).front().id;
    }
    qint64 auditLines(const QString& field) const
    {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral(
                   "SELECT COUNT(*) FROM audit_entries WHERE entity = 'action' AND field = '%1' AND entity_id = %2")
                   .arg(field)
                   .arg(id));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    wres::test::Scratch scratch;
    std::unique_ptr<Database> db;
    qint64 planId = 0;
    qint64 id = 0;
};

TEST_F(UpdateRule, RepeatingANoteRecordsAnotherUpdate)
{
    ActionStore actions(*db);
    UpdateRequest note;
    note.progress = QStringLiteral("Panels trained");
    note.author = QStringLiteral("Head of EDI");
    actions.recordUpdate(id, note);
    const int revision = actions.action(id).revision;
    actions.recordUpdate(id, note); // the same words at the next meeting: still progress reported
    const QList<StatusUpdate> history = actions.history(id);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history[1].note, "Panels trained");
    EXPECT_EQ(actions.action(id).revision, revision + 1);
    EXPECT_EQ(auditLines(QStringLiteral("status_update")), 2);
}

TEST_F(UpdateRule, AnEditWithAnUpdateRecordsItByTheSameRuleInOneRevision)
{
    ActionStore actions(*db);
    UpdateRequest first;
    first.progress = QStringLiteral("Panels trained");
    first.author = QStringLiteral("EDI lead");
    actions.recordUpdate(id, first);
    ActionData edited = actions.action(id);
    const int revision = edited.revision;
    edited.text = QStringLiteral("Diverse panels for every post");
    UpdateRequest update;
    update.status = Status::Delayed;
    update.progress = edited.progress; // the same note as the last one, given again
    EXPECT_EQ(actions.edit(id, edited, revision, QStringLiteral("EDI lead"), QStringLiteral("window"), update),
              revision + 1)
        << "one save, one revision";
    const QList<StatusUpdate> history = actions.history(id);
    ASSERT_EQ(history.size(), 2) << "recorded although the note repeats";
    EXPECT_EQ(history[1].status, Status::Delayed);
    EXPECT_EQ(history[1].note, "Panels trained");
    EXPECT_EQ(history[1].author, "EDI lead");
    EXPECT_EQ(auditLines(QStringLiteral("status_update")), 2) << "as recordUpdate writes it";
    EXPECT_EQ(auditLines(QStringLiteral("text")), 1);
    EXPECT_EQ(actions.action(id).text, "Diverse panels for every post");

    // A step back (an undo) says what it is in the history, and the progress returns.
    UpdateRequest back;
    back.status = Status::InProgress;
    back.progress = QStringLiteral("Earlier note");
    back.note = QStringLiteral("Undone: the update before this one was taken back.");
    back.author = QStringLiteral("EDI lead");
    actions.recordUpdate(id, back);
    EXPECT_EQ(actions.history(id).last().note, "Undone: the update before this one was taken back.");
    EXPECT_EQ(actions.action(id).progress, "Earlier note");
}

TEST_F(UpdateRule, ANewActionStartsNotStarted)
{
    const qint64 objective = PlanStore(*db).load(planId, false).themes[0].objectives[0].id;
    const qint64 added =
        StructureStore(*db, QStringLiteral("Head of EDI")).addAction(objective, 0, QStringLiteral("New"));
    EXPECT_EQ(ActionStore(*db).action(added).status, Status::NotStarted);
}

} // namespace
