// The document: every change one typed undo step, announced as what changed, so that views update
// only that; steps that cannot be made leave nothing behind; parts put back keep being found.
#include "document/PlanDocument.h"

#include "TestSupport.h"
#include "plan/ActionTableModel.h"
#include "plan/PlanSession.h"
#include "plan/PlanTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class Document : public ::testing::Test
{
protected:
    void SetUp() override
    {
        demo = scratch.path("demo.wres");
        test::writeDemo(demo);
        document.setAuthor(QStringLiteral("EDI Officer"));
        document.setSession(ui::PlanSession::open(demo));
        connect();
    }
    void connect()
    {
        QObject::connect(&document, &ui::PlanDocument::problem,
                         [this](const QString&, const QString& text) { problems << text; });
    }
    const core::ActionRow& first() const { return document.actions().front(); }
    core::ActionData stored(qint64 id) const { return ui::PlanSession::open(demo)->action(id); }

    test::Scratch scratch;
    QString demo;
    ui::PlanDocument document;
    QStringList problems;
};

TEST_F(Document, AnEditIsAnnouncedForItsActionAndTheTableChangesOnlyThatRow)
{
    ui::ActionTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::Fatal);
    table.setActions(document.actions(), QDate(2024, 4, 15));
    QObject::connect(&document, &ui::PlanDocument::actionChanged, &table,
                     [&](qint64 id) { table.updateAction(*document.row(id)); });
    QSignalSpy changed(&document, &ui::PlanDocument::actionChanged);
    QSignalSpy outline(&document, &ui::PlanDocument::outlineChanged);
    QSignalSpy reset(&table, &QAbstractItemModel::modelReset);
    QSignalSpy data(&table, &QAbstractItemModel::dataChanged);
    const qint64 id = first().id;
    const core::ActionData before = stored(id);
    core::ActionData after = before;
    after.text = QStringLiteral("Career days in every borough");
    core::UpdateRequest update;
    update.status = core::Status::Delayed;
    ASSERT_TRUE(document.saveAction(before, after, update)) << problems.join('\n').toStdString();
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed[0][0].toLongLong(), id);
    EXPECT_EQ(outline.size(), 0) << "the plan's shape did not change";
    EXPECT_EQ(reset.size(), 0) << "no reset on an edit";
    ASSERT_EQ(data.size(), 1);
    EXPECT_EQ(data[0][0].toModelIndex().row(), table.rowOf(id));
    EXPECT_EQ(data[0][1].toModelIndex().row(), table.rowOf(id)) << "that row only";
    EXPECT_EQ(table.index(table.rowOf(id), ui::ActionTableModel::StatusColumn).data().toString(), "Delayed");
    EXPECT_EQ(document.undoStack()->undoText(), "edit of action 1.1.1") << "named by its reference";
    EXPECT_TRUE(document.isModified());

    document.undoStack()->undo();
    EXPECT_EQ(stored(id).text, before.text);
    EXPECT_EQ(stored(id).status, core::Status::InProgress);
    EXPECT_EQ(reset.size(), 0);
    EXPECT_FALSE(document.isModified()) << "back where the file was opened";
    document.undoStack()->redo();
    EXPECT_EQ(stored(id).status, core::Status::Delayed);
}

TEST_F(Document, AnUpdateIsRecordedByTheOneRuleAndARepeatedNoteIsRecordedToo)
{
    const qint64 id = first().id;
    core::UpdateRequest note;
    note.progress = QStringLiteral("Career days booked");
    ASSERT_TRUE(document.addUpdate(id, note));
    ASSERT_TRUE(document.addUpdate(id, note)) << "the same note at the next meeting";
    const auto session = ui::PlanSession::open(demo);
    const QList<core::StatusUpdate> history = session->history(id);
    ASSERT_EQ(history.size(), 2) << "both recorded, as the command line records them";
    EXPECT_EQ(history[1].note, "Career days booked");
    EXPECT_EQ(history[1].author, "EDI Officer");
    EXPECT_EQ(document.undoStack()->count(), 2);

    document.undoStack()->undo();
    const auto again = ui::PlanSession::open(demo);
    ASSERT_EQ(again->history(id).size(), 3) << "history is never erased: the undo is a step back";
    EXPECT_TRUE(again->history(id).last().note.startsWith("Undone"));
    EXPECT_EQ(again->action(id).progress, "Career days booked") << "the progress before the undone update";
}

TEST_F(Document, MovingThePartAgainIsOneStepAndMovesThatCancelOutLeaveNone)
{
    const qint64 objective = document.outline().themes[0].objectives[0].id;
    ASSERT_TRUE(document.movePart(ui::PlanDocument::Kind::Objective, objective, +1));
    ASSERT_TRUE(document.movePart(ui::PlanDocument::Kind::Objective, objective, +1));
    EXPECT_EQ(document.undoStack()->count(), 1) << "merged";
    EXPECT_EQ(document.outline().themes[0].objectives[2].id, objective);
    document.undoStack()->undo();
    EXPECT_EQ(document.outline().themes[0].objectives[0].id, objective) << "both moves undone at once";
    document.undoStack()->redo();
    ASSERT_TRUE(document.movePart(ui::PlanDocument::Kind::Objective, objective, -1));
    ASSERT_TRUE(document.movePart(ui::PlanDocument::Kind::Objective, objective, -1));
    EXPECT_EQ(document.undoStack()->count(), 0) << "back where it started: nothing to undo";
    EXPECT_FALSE(document.movePart(ui::PlanDocument::Kind::Objective, objective, -1)) << "already first";
}

TEST_F(Document, APartPutBackByUndoIsStillFoundByTheStepsMadeBefore)
{
    const qint64 objective = document.outline().themes[0].objectives[0].id;
    const qint64 added = document.addPart(ui::PlanDocument::Kind::Action, objective, 0, QStringLiteral("New action"));
    ASSERT_GT(added, 0);
    const core::ActionData fresh = stored(added);
    EXPECT_EQ(fresh.status, core::Status::NotStarted) << "a new action starts Not started";
    core::ActionData named = fresh;
    named.leads = {QStringLiteral("Head of EDI")};
    ASSERT_TRUE(document.saveAction(fresh, named, std::nullopt));
    document.undoStack()->undo(); // the edit
    document.undoStack()->undo(); // the new action
    EXPECT_EQ(document.row(added), nullptr);
    document.undoStack()->redo(); // added again, under a new id
    document.undoStack()->redo(); // the edit finds it
    EXPECT_TRUE(problems.isEmpty()) << problems.join('\n').toStdString();
    const qint64 now = document.currentId(ui::PlanDocument::Kind::Action, added);
    ASSERT_NE(document.row(now), nullptr);
    EXPECT_EQ(document.row(now)->leads, QStringList{"Head of EDI"});

    // A theme deleted and put back: an earlier edit of one of its actions still undoes.
    const qint64 inTheme = document.actions()[5].id;
    const core::ActionData before = stored(inTheme);
    core::ActionData after = before;
    after.text = QStringLiteral("Changed before the delete");
    ASSERT_TRUE(document.saveAction(before, after, std::nullopt));
    const qint64 theme = document.row(inTheme)->themeId;
    ASSERT_TRUE(document.deletePart(ui::PlanDocument::Kind::Theme, theme));
    document.undoStack()->undo(); // the theme comes back, every part with a new id
    document.undoStack()->undo(); // the edit, on the action as it is now
    EXPECT_TRUE(problems.isEmpty()) << problems.join('\n').toStdString();
    EXPECT_EQ(stored(document.currentId(ui::PlanDocument::Kind::Action, inTheme)).text, before.text);
}

TEST_F(Document, AStepThatCannotBeMadeSaysWhyAndLeavesNothingToUndo)
{
    const qint64 id = first().id;
    const core::ActionData before = stored(id);
    core::ActionData after = before;
    after.text = QStringLiteral("Mine");
    // Someone else saved the action meanwhile: the revision the step was made on is gone.
    {
        auto other = ui::PlanSession::open(demo);
        core::ActionData theirs = other->action(id);
        theirs.text = QStringLiteral("Theirs");
        other->saveAction(theirs, theirs.revision, QStringLiteral("Colleague"));
    }
    EXPECT_FALSE(document.saveAction(before, after, std::nullopt));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains("edit of action 1.1.1")) << problems[0].toStdString();
    EXPECT_TRUE(problems[0].contains("Someone else changed this action"));
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_EQ(stored(id).text, "Theirs");
}

TEST_F(Document, MetricsStepsAnnounceTheirIndicatorAndMerge)
{
    QSignalSpy metrics(&document, &ui::PlanDocument::metricsChanged);
    core::SuppressionRule rule = document.suppressionRule();
    const core::SuppressionRule before = rule;
    rule.preset = core::SuppressionRule::Preset::Custom;
    rule.customThreshold = 11;
    ASSERT_TRUE(document.setSuppressionRule(rule));
    rule.customThreshold = 12;
    ASSERT_TRUE(document.setSuppressionRule(rule));
    EXPECT_EQ(document.undoStack()->count(), 1) << "changing the rule again is one step";
    EXPECT_EQ(document.suppressionRule(), rule);
    document.undoStack()->undo();
    EXPECT_EQ(document.suppressionRule(), before);
    core::MetricCount count;
    count.indicator = 2;
    count.period = QStringLiteral("2024/25");
    count.group = QStringLiteral("BME");
    count.count = 10;
    count.total = 100;
    metrics.clear();
    ASSERT_TRUE(document.setMetricCount(count));
    count.count = 12;
    ASSERT_TRUE(document.setMetricCount(count));
    ASSERT_EQ(metrics.size(), 2);
    EXPECT_EQ(metrics[0][0].toInt(), 2) << "the indicator that changed";
    EXPECT_EQ(document.undoStack()->count(), 1) << "the same cell typed again merges (the undone step went)";
    document.undoStack()->undo();
    bool present = false;
    for (const core::MetricCount& m : document.metricCounts())
        present = present || (m.indicator == 2 && m.period == "2024/25");
    EXPECT_FALSE(present) << "undo takes the cell back to empty";
    ASSERT_TRUE(document.addTarget({2, {}, QStringLiteral("relative_likelihood"), 1.0, QStringLiteral("Parity"), {}}));
    EXPECT_EQ(document.metricTargets().size(), 1);
    document.undoStack()->undo();
    EXPECT_TRUE(document.metricTargets().isEmpty());
}

} // namespace
