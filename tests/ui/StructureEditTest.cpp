#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/MessageBox.h"
#include "plan/ActionTableModel.h"
#include "plan/PlanSession.h"
#include "plan/PlanTreeModel.h"
#include "window/StructureController.h"

#include <QSettings>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class Structure : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ui::MessageBox::setHook([this](QMessageBox::Icon, const QString&, const QString& text) {
            messages << text;
            return answer;
        });
        demo = scratch.path("demo.wres");
        test::writeDemo(demo);
        ASSERT_TRUE(window.openFile(demo));
        navigator = window.findChild<QTreeView*>("navigator");
    }
    void TearDown() override { ui::MessageBox::setHook({}); }

    core::PlanData stored() const
    {
        const auto session = ui::PlanSession::open(demo);
        return session->plan();
    }
    int storedActions() const { return int(ui::PlanSession::open(demo)->actions().size()); }
    QModelIndex theme(int row) const { return navigator->model()->index(row, 0, navigator->model()->index(0, 0)); }

    test::Scratch scratch;
    QString demo;
    QStringList messages;
    QMessageBox::StandardButton answer = QMessageBox::Yes;
    ui::MainWindow window;
    QTreeView* navigator = nullptr;
};

TEST_F(Structure, NewThemeObjectiveAndActionGoWhereChosenAndUndo)
{
    navigator->setCurrentIndex(theme(0));
    ASSERT_TRUE(window.structure().newTheme("Data and Accountability"));
    EXPECT_EQ(stored().themes[1].name, "Data and Accountability") << "after the chosen theme";
    navigator->setCurrentIndex(theme(1));
    ASSERT_TRUE(window.structure().newObjective("Publish WRES data quarterly"));
    ASSERT_TRUE(window.structure().newAction(QString::fromUtf8("• Quarterly dashboard to the EDI group")));
    const core::PlanData plan = stored();
    ASSERT_EQ(plan.themes[1].objectives.size(), 1);
    EXPECT_EQ(plan.themes[1].objectives[0].number, "1");
    EXPECT_EQ(storedActions(), 13);
    auto* table = window.findChild<QTableView*>("actionTable");
    EXPECT_EQ(table->currentIndex().data(ui::ActionTableModel::ThemeIdRole).toLongLong(), plan.themes[1].id)
        << "the new action is selected: " << table->currentIndex().data().toString().toStdString();

    window.undoStack()->undo();
    EXPECT_EQ(storedActions(), 12);
    window.undoStack()->undo();
    window.undoStack()->undo();
    EXPECT_EQ(stored().themes.size(), 3);
    window.undoStack()->redo();
    EXPECT_EQ(stored().themes.size(), 4);
}

TEST_F(Structure, DeletingAsksSaysWhatGoesAndUndoBringsItAllBack)
{
    const QModelIndex second = theme(1);
    const qint64 id = second.data(ui::PlanTreeModel::IdRole).toLongLong();
    answer = QMessageBox::Cancel;
    EXPECT_FALSE(window.structure().deleteItem(ui::PlanTreeModel::ThemeNode, id));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains("3 objectives, 6 actions")) << messages[0].toStdString();
    EXPECT_EQ(storedActions(), 12) << "cancel changes nothing";

    answer = QMessageBox::Yes;
    ASSERT_TRUE(window.structure().deleteItem(ui::PlanTreeModel::ThemeNode, id));
    EXPECT_EQ(storedActions(), 6);
    EXPECT_EQ(window.findChild<QTableView*>("actionTable")->model()->rowCount(), 6);
    window.undoStack()->undo();
    const core::PlanData plan = stored();
    ASSERT_EQ(plan.themes.size(), 3);
    EXPECT_EQ(plan.themes[1].name, "Leadership, Learning & Development") << "back in its place";
    EXPECT_EQ(plan.themes[1].tags.size(), 5);
    EXPECT_EQ(storedActions(), 12);
}

TEST_F(Structure, MovingRenumbersAndRenaming)
{
    const core::PlanData plan = stored();
    const qint64 objective = plan.themes[0].objectives[2].id; // "To improve the quality..."
    ASSERT_TRUE(window.structure().moveItem(ui::PlanTreeModel::ObjectiveNode, objective, -1));
    core::PlanData now = stored();
    EXPECT_EQ(now.themes[0].objectives[1].id, objective);
    EXPECT_EQ(now.themes[0].objectives[1].number, "2");
    EXPECT_FALSE(window.structure().moveItem(ui::PlanTreeModel::ThemeNode, now.themes[0].id, -1)) << "already first";
    window.undoStack()->undo();
    EXPECT_EQ(stored().themes[0].objectives[2].id, objective);

    navigator->setCurrentIndex(theme(2));
    ASSERT_TRUE(window.structure().renameCurrent("Staff Experience"));
    EXPECT_EQ(stored().themes[2].name, "Staff Experience");
    window.undoStack()->undo();
    EXPECT_EQ(stored().themes[2].name, "Staff Experience (Inclusion & Belonging)");
}

} // namespace
