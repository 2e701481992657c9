#include "MainWindow.h"

#include "TestSupport.h"
#include "dialogs/MessageBox.h"
#include "plan/PlanTreeModel.h"

#include <QLabel>
#include <QTableView>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class Window : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ui::MessageBox::setHook([this](QMessageBox::Icon, const QString& title, const QString& text) {
            messages << title + ": " + text;
            return QMessageBox::Ok;
        });
        demo = scratch.path("demo.wres");
        test::writeDemo(demo);
    }
    void TearDown() override { ui::MessageBox::setHook({}); }

    test::Scratch scratch;
    QString demo;
    QStringList messages;
};

TEST_F(Window, OpensAPlanAndShowsThemesAndActions)
{
    ui::MainWindow window;
    window.show();
    ASSERT_TRUE(window.openFile(demo));
    EXPECT_TRUE(window.windowTitle().startsWith("demo.wres"));
    auto* table = window.findChild<QTableView*>("actionTable");
    auto* navigator = window.findChild<QTreeView*>("navigator");
    ASSERT_TRUE(table && navigator);
    EXPECT_EQ(table->model()->rowCount(), 12);
    const QModelIndex plan = navigator->model()->index(0, 0);
    EXPECT_EQ(navigator->model()->rowCount(plan), 3);
    EXPECT_EQ(window.findChild<QLabel*>("actionCount")->text(), "12 of 12 actions shown");

    // Choosing a theme in the navigator narrows the table to it.
    navigator->setCurrentIndex(navigator->model()->index(2, 0, plan));
    EXPECT_EQ(table->model()->rowCount(), 2);
    EXPECT_EQ(window.findChild<QLabel*>("actionCount")->text(), "2 of 12 actions shown");
    const QModelIndex theme2 = navigator->model()->index(1, 0, plan);
    navigator->setCurrentIndex(navigator->model()->index(2, 0, theme2));
    EXPECT_EQ(table->model()->rowCount(), 3) << "objective 3 of theme 2";
    EXPECT_TRUE(messages.isEmpty());

    const QPixmap shot = window.grab();
    EXPECT_GT(shot.width(), 800);
}

TEST_F(Window, AFileThatCannotBeOpenedIsExplainedAndThePlanStaysOpen)
{
    ui::MainWindow window;
    ASSERT_TRUE(window.openFile(demo));
    const QString junk = scratch.write("junk.wres", "not a plan");
    EXPECT_FALSE(window.openFile(junk));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains("junk.wres could not be opened")) << messages[0].toStdString();
    EXPECT_TRUE(messages[0].contains("not a WRES Tracker plan file"));
    EXPECT_EQ(window.currentFile(), demo);
    EXPECT_EQ(window.findChild<QTableView*>("actionTable")->model()->rowCount(), 12);
}

} // namespace
