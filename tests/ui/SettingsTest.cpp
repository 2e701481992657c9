// The typed settings: one table of keys and defaults, a changed(key) signal, a temporary file for
// tests, and the window keeping its layout and choices through them.
#include "window/Settings.h"

#include "MainWindow.h"
#include "TestSupport.h"
#include "plan/ActionTableModel.h"
#include "plan/ActionTableView.h"
#include "plan/PlanPane.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>

#include <gtest/gtest.h>

using namespace wres;

namespace {

TEST(Settings, EachKeyHasADefaultAndAChangeIsAnnounced)
{
    ui::Settings& settings = ui::Settings::instance();
    settings.reset();
    EXPECT_EQ(settings.backupsToKeep(), 14);
    EXPECT_FALSE(settings.oneLineRows());
    EXPECT_TRUE(settings.recentFiles().isEmpty());
    EXPECT_FALSE(settings.authorName().isEmpty()) << "the computer's user name when none is set";
    QSignalSpy changed(&settings, &ui::Settings::changed);
    settings.set(ui::Settings::Key::OneLineRows, true);
    settings.set(ui::Settings::Key::OneLineRows, true); // the same again: no news
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed[0][0].value<ui::Settings::Key>(), ui::Settings::Key::OneLineRows);
    EXPECT_TRUE(settings.oneLineRows());
    settings.set(ui::Settings::Key::AuthorName, QStringLiteral("  Pat   Jones "));
    EXPECT_EQ(settings.authorName(), "Pat Jones");
    EXPECT_EQ(QSettings().value("user/name").toString(), "  Pat   Jones ")
        << "stored under the name earlier versions used";
    settings.reset();
}

TEST(Settings, TheWindowKeepsItsLayoutThroughThem)
{
    ui::Settings::instance().reset();
    test::Scratch scratch;
    const QString demo = scratch.path("demo.wres");
    test::writeDemo(demo);
    {
        ui::MainWindow window;
        ASSERT_TRUE(window.openFile(demo));
        window.planPane().table()->setColumnWidth(ui::ActionTableModel::LeadsColumn, 333);
        window.planPane().table()->setColumnHidden(ui::ActionTableModel::LastUpdateColumn, true);
        window.findChild<QTabWidget*>("tabs")->setCurrentIndex(1);
        window.close();
    }
    ui::MainWindow again;
    EXPECT_EQ(again.planPane().table()->columnWidth(ui::ActionTableModel::LeadsColumn), 333);
    EXPECT_TRUE(again.planPane().table()->isColumnHidden(ui::ActionTableModel::LastUpdateColumn));
    EXPECT_EQ(again.findChild<QTabWidget*>("tabs")->currentIndex(), 1);
    ui::Settings::instance().reset();
}

TEST(Settings, ATestCanHaveAFileOfItsOwn)
{
    ui::Settings::instance().set(ui::Settings::Key::MyActionsLead, QStringLiteral("Head of EDI"));
    ui::Settings::useTemporaryFile();
    EXPECT_EQ(ui::Settings::instance().get(ui::Settings::Key::MyActionsLead).toString(), "")
        << "a new file: every setting at its default";
    ui::Settings::instance().set(ui::Settings::Key::MyActionsLead, QStringLiteral("EDI Partner"));
    EXPECT_NE(QSettings().value("myActions/lead").toString(), "EDI Partner") << "the user's settings untouched";
    ui::Settings::useUserFile();
    EXPECT_EQ(ui::Settings::instance().get(ui::Settings::Key::MyActionsLead).toString(), "Head of EDI");
    ui::Settings::instance().reset();
}

} // namespace
