#include "TestSupport.h"
#include "plan/ActionFilterModel.h"
#include "plan/ActionTableModel.h"
#include "plan/PlanSession.h"
#include "plan/PlanTreeModel.h"
#include "store/Database.h"
#include "store/PlanStore.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class Models : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = scratch.path("plan.wres");
        auto db = core::Database::open(path, core::Database::Mode::CreateIfMissing);
        core::PlanStore(*db).addPlan(test::samplePlan());
        db.reset();
        session = ui::PlanSession::open(path);
    }
    test::Scratch scratch;
    QString path;
    std::unique_ptr<ui::PlanSession> session;
};

TEST_F(Models, ActionTablePassesTheModelTesterAndShowsWordsBesideColours)
{
    ui::ActionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setActions(session->actions(), QDate(2024, 7, 1));
    ASSERT_EQ(model.rowCount(), 4);
    const QModelIndex status = model.index(0, ui::ActionTableModel::StatusColumn);
    // One symbol: the icon's; the cell says the word once, and a screen reader hears what it is.
    EXPECT_EQ(status.data().toString(), "In progress");
    EXPECT_FALSE(status.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_EQ(status.data(Qt::AccessibleTextRole).toString(), "Status: In progress");
    const QModelIndex rag = model.index(0, ui::ActionTableModel::RagColumn);
    EXPECT_EQ(rag.data().toString(), "Amber");
    EXPECT_EQ(rag.data(Qt::AccessibleTextRole).toString(), "RAG: Amber");
    EXPECT_FALSE(rag.data(Qt::DecorationRole).value<QIcon>().isNull()) << "the letter is on the swatch";
    EXPECT_TRUE(model.index(0, ui::ActionTableModel::DueColumn).data().toString().contains("overdue"));
    EXPECT_EQ(model.index(0, ui::ActionTableModel::ActionColumn).data().toString(),
              QString::fromUtf8("• Diverse panels\n  ◦ for Band 8a+"))
        << "the whole text, to wrap in a row as tall as it needs";
    model.setOneLine(true);
    EXPECT_EQ(model.index(0, ui::ActionTableModel::ActionColumn).data().toString(),
              QString::fromUtf8("• Diverse panels"))
        << "one line per action: the first";
    EXPECT_TRUE(
        model.index(0, ui::ActionTableModel::ActionColumn).data(Qt::ToolTipRole).toString().contains("Band 8a+"))
        << "the full text on hover";
    EXPECT_EQ(model.index(3, ui::ActionTableModel::DueColumn).data().toString(), "? not a date");
}

TEST_F(Models, TheTableShowsAnActionsOwnIndicatorsApartFromThoseItInheritsFromItsTheme)
{
    ui::ActionTableModel model;
    model.setActions(session->actions(), QDate(2024, 7, 1));
    const QModelIndex own = model.index(0, ui::ActionTableModel::IndicatorsColumn);
    const QModelIndex inherited = model.index(1, ui::ActionTableModel::IndicatorsColumn);
    EXPECT_EQ(own.data().toString(), "2");
    EXPECT_FALSE(own.data(ui::ActionTableModel::InheritedRole).toBool());
    EXPECT_FALSE(own.data(Qt::FontRole).value<QFont>().italic());
    EXPECT_EQ(inherited.data().toString(), "1, 2 (theme)") << "the theme's, marked";
    EXPECT_TRUE(inherited.data(ui::ActionTableModel::InheritedRole).toBool());
    EXPECT_TRUE(inherited.data(Qt::FontRole).value<QFont>().italic()) << "and set apart in italics";
    EXPECT_TRUE(inherited.data(Qt::ToolTipRole).toString().contains("inherits its theme's"));
    EXPECT_EQ(inherited.data(Qt::AccessibleTextRole).toString(), "Inherited from its theme: 1, 2");
    EXPECT_EQ(own.data(Qt::AccessibleTextRole).toString(), "Its own indicators: 2");
    EXPECT_EQ(model.index(3, ui::ActionTableModel::IndicatorsColumn).data().toString(), "n/a")
        << "n/a is the action's own word, not an empty list";
}

TEST_F(Models, ThePlanTreeChangesOnlyTheNodesAnEditTouches)
{
    ui::PlanTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<core::ActionRow> actions = session->actions();
    model.setPlan(session->plan(), actions);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    actions[0].rag = core::Rag::Red; // the first theme's first objective's action
    model.setPlan(session->plan(), actions);
    EXPECT_EQ(reset.size(), 0) << "the same themes and objectives: no reset";
    // The theme's roll-up goes from Amber to Red; the plan's was Red already and the objective shows none.
    ASSERT_EQ(changed.size(), 1);
    const QModelIndex plan = model.index(0, 0);
    EXPECT_EQ(changed[0][0].toModelIndex(), model.index(0, 0, plan));
    EXPECT_EQ(model.index(0, ui::PlanTreeModel::RagColumn, plan).data().toString(), "R");
    core::PlanData fewer = session->plan();
    fewer.themes.removeLast();
    model.setPlan(fewer, actions);
    EXPECT_EQ(reset.size(), 1) << "a theme gone: laid out anew";
}

TEST_F(Models, PlanTreePassesTheModelTesterAndRollsUpRag)
{
    ui::PlanTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(session->plan(), session->actions());
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex plan = model.index(0, 0);
    EXPECT_EQ(plan.data().toString(), "WRES Action Plan 2024/25");
    ASSERT_EQ(model.rowCount(plan), 2);
    const QModelIndex recruitment = model.index(0, 0, plan);
    EXPECT_EQ(recruitment.data().toString(), "Recruitment");
    EXPECT_EQ(model.index(0, ui::PlanTreeModel::ActionsColumn, plan).data().toInt(), 3);
    EXPECT_EQ(model.index(0, ui::PlanTreeModel::RagColumn, plan).data().toString(), "A") << "A beats G and B";
    EXPECT_EQ(model.index(1, ui::PlanTreeModel::RagColumn, plan).data().toString(), "R");
    ASSERT_EQ(model.rowCount(recruitment), 2);
    EXPECT_EQ(model.index(0, 0, recruitment).data().toString(), "1. Inclusive recruitment");
    model.setPlan(session->plan(), session->actions()); // a reset under the tester
}

TEST(RagRollUp, WorstRatingWinsAndAllBlueIsBlue)
{
    using core::Rag;
    EXPECT_EQ(ui::PlanTreeModel::rollUp({Rag::Green, Rag::Red, Rag::Amber}), Rag::Red);
    EXPECT_EQ(ui::PlanTreeModel::rollUp({Rag::Blue, Rag::Green}), Rag::Green);
    EXPECT_EQ(ui::PlanTreeModel::rollUp({Rag::Blue, Rag::Blue, Rag::None}), Rag::Blue);
    EXPECT_EQ(ui::PlanTreeModel::rollUp({Rag::None}), Rag::None);
    EXPECT_EQ(ui::PlanTreeModel::rollUp({}), Rag::None);
}

TEST_F(Models, ScopeFilterNarrowsToThemeOrObjective)
{
    ui::ActionTableModel model;
    model.setActions(session->actions(), QDate(2024, 7, 1));
    ui::ActionFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setTableModel(&model);
    const core::PlanData& plan = session->plan();
    filter.showTheme(plan.themes[0].id);
    EXPECT_EQ(filter.rowCount(), 3);
    filter.showObjective(plan.themes[0].objectives[1].id);
    EXPECT_EQ(filter.rowCount(), 1);
    filter.showAll();
    EXPECT_EQ(filter.rowCount(), 4);
    filter.sort(ui::ActionTableModel::DueColumn);
    EXPECT_EQ(filter.index(0, ui::ActionTableModel::ReferenceColumn).data().toString(), "1.1.1") << "June 2024 first";
}

} // namespace
