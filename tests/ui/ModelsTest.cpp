#include "TestSupport.h"
#include "plan/ActionFilterModel.h"
#include "plan/ActionTableModel.h"
#include "plan/PlanSession.h"
#include "plan/PlanTreeModel.h"
#include "store/Database.h"
#include "store/PlanStore.h"

#include <QAbstractItemModelTester>

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
    EXPECT_EQ(status.data().toString(), QString::fromUtf8("◐ In progress"));
    EXPECT_FALSE(status.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_EQ(model.index(0, ui::ActionTableModel::RagColumn).data().toString(), "A Amber");
    EXPECT_TRUE(model.index(0, ui::ActionTableModel::DueColumn).data().toString().contains("overdue"));
    EXPECT_EQ(model.index(0, ui::ActionTableModel::ActionColumn).data().toString(),
              QString::fromUtf8("• Diverse panels"))
        << "the first line in the table";
    EXPECT_TRUE(
        model.index(0, ui::ActionTableModel::ActionColumn).data(Qt::ToolTipRole).toString().contains("Band 8a+"))
        << "the full text on hover";
    EXPECT_EQ(model.index(3, ui::ActionTableModel::DueColumn).data().toString(), "? not a date");
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
    EXPECT_EQ(filter.index(0, ui::ActionTableModel::NumberColumn).data().toString(), "1.1.1") << "June 2024 first";
}

} // namespace
