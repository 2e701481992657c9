// What makes the program at home on the desktop: help, the keyboard shortcuts, calendar export.
#include "MainWindow.h"
#include "TestSupport.h"
#include "WindowTest.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/MessageBox.h"
#include "window/LongWork.h"
#include "window/PlanTransfers.h"

#include <QAction>
#include <QFileInfo>
#include <QHash>
#include <QMenuBar>
#include <QSettings>
#include <QTextBrowser>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class Desktop : public test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        ASSERT_TRUE(window.openFile(demo));
    }
};

TEST_F(Desktop, TheUserGuideCoversEachTopicAndOpensWithF1)
{
    auto* guide = window.findChild<QAction*>("actionUserGuide");
    ASSERT_NE(guide, nullptr);
    EXPECT_EQ(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    std::unique_ptr<ui::HelpDialog> dialog(ui::HelpDialog::userGuide(nullptr));
    const QString text = dialog->browser()->toPlainText();
    for (const char* topic : {"1. The plan", "2. Updating status", "3. WRES and WDES metrics", "4. The board pack",
                              "5. Redaction: the public version", "6. Keeping the plan safe"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(topic))) << topic << " — the guide must load from resources";
    if (const QByteArray folder = qgetenv("WRES_SCREENSHOTS"); !folder.isEmpty())
        dialog->grab().save(QString::fromLocal8Bit(folder) + "/user-guide.png");
}

TEST_F(Desktop, TheShortcutListIsReadFromTheMenus)
{
    const QString table = ui::HelpDialog::shortcutTable(*window.menuBar());
    for (const char* entry :
         {"File ▸ Open…", "Edit ▸ Undo", "Plan ▸ Audit Trail…", "Help ▸ User Guide", "Edit ▸ Preferences…"})
        EXPECT_TRUE(table.contains(QString::fromUtf8(entry))) << entry;
    EXPECT_TRUE(table.contains(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
}

TEST_F(Desktop, NoTwoMenuCommandsShareAShortcut)
{
    QHash<QString, QString> seen;
    for (QAction* action : window.findChildren<QAction*>())
        for (const QKeySequence& key : action->shortcuts()) {
            if (action->shortcutContext() == Qt::WidgetShortcut)
                continue; // a view's own key (the table's Ctrl+T), not a window-wide one
            const QString name = key.toString();
            EXPECT_FALSE(seen.contains(name)) << name.toStdString() << ": " << seen.value(name).toStdString() << " and "
                                              << action->text().toStdString();
            seen.insert(name, action->text());
        }
}

TEST_F(Desktop, ThePlanExportsAsAWorkbookCsvOrJson)
{
    for (const char* name : {"plan.xlsx", "plan.csv", "plan.json"}) {
        const QString path = scratch.path(name);
        ASSERT_TRUE(window.transfers().exportPlan(path)) << name;
        EXPECT_GT(QFileInfo(path).size(), 1000) << name;
    }
    EXPECT_TRUE(test::readFile(scratch.path("plan.xlsx")).startsWith("PK"));
    EXPECT_FALSE(window.transfers().exportPlan(scratch.path("plan.pdf")));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains(".xlsx, .csv or .json"));
}

TEST_F(Desktop, AnExportedWorkbookImportsIntoANewPlanFileAndOpens)
{
    const QString workbook = scratch.path("plan.xlsx");
    ASSERT_TRUE(window.transfers().exportPlan(workbook));
    const QString copy = scratch.path("copy.wres");
    ASSERT_TRUE(window.transfers().importPlan(workbook, copy)) << messages.join('\n').toStdString();
    EXPECT_EQ(window.currentFile(), copy);
    EXPECT_TRUE(messages.isEmpty());
    EXPECT_FALSE(window.transfers().importPlan(workbook, copy)) << "an existing file is not overwritten";
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains("already exists"));
}

TEST_F(Desktop, APlanWithProblemsIsRefusedWithEveryProblemAndNothingIsMade)
{
    const QString csv = scratch.write("bad.csv", "theme,objective,action,leads,timescale,status\r\n"
                                                 "T,O,A,L,June 2024,Done\r\nT,O,B,L,June 2024,Finished\r\n");
    const QString target = scratch.path("bad.wres");
    EXPECT_FALSE(window.transfers().importPlan(csv, target));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains("bad.csv:2: status:")) << messages[0].toStdString();
    EXPECT_TRUE(messages[0].contains("bad.csv:3: status:"));
    EXPECT_TRUE(messages[0].contains("2 problems found; nothing was imported."));
    EXPECT_FALSE(QFile::exists(target));
    EXPECT_EQ(window.currentFile(), demo) << "the open plan stays open";
}

TEST_F(Desktop, CancellingAnImportOrExportChangesNothing)
{
    const QString workbook = scratch.path("plan.xlsx");
    ASSERT_TRUE(window.transfers().exportPlan(workbook));
    ui::LongWork::progressHook() = [](int, int) { return false; }; // the user presses Cancel
    const QString target = scratch.path("cancelled.wres");
    EXPECT_FALSE(window.transfers().importPlan(workbook, target));
    EXPECT_FALSE(QFile::exists(target));
    const QByteArray before = test::readFile(workbook);
    EXPECT_FALSE(window.transfers().exportPlan(workbook));
    EXPECT_EQ(test::readFile(workbook), before);
    EXPECT_TRUE(messages.isEmpty()) << "a cancel is not an error";
    ui::LongWork::progressHook() = {};
}

TEST_F(Desktop, CalendarExportWritesEveryonesOrOneLeadsDueDates)
{
    const QString all = scratch.path("all.ics");
    ASSERT_TRUE(window.transfers().exportCalendar(all));
    const QByteArray everyone = test::readFile(all);
    EXPECT_TRUE(everyone.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_GE(everyone.count("BEGIN:VEVENT"), 3);
    const QString mine = scratch.path("mine.ics");
    ASSERT_TRUE(window.transfers().exportCalendar(mine, "Head of Clinical Education"));
    EXPECT_LT(test::readFile(mine).count("BEGIN:VEVENT"), everyone.count("BEGIN:VEVENT"));
    EXPECT_GT(test::readFile(mine).count("BEGIN:VEVENT"), 0);
    EXPECT_FALSE(window.transfers().exportCalendar(scratch.path("no-such-folder/x.ics")));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains("Cannot write") && messages[0].contains("does not exist"));
}

} // namespace

namespace {

TEST(Translations, TheBuildEmbedsTheCompiledWelshFile)
{
    QTranslator translator;
    EXPECT_TRUE(translator.load(":/i18n/wres-tracker_cy.qm")) << "qt_add_translations made and embedded the .qm";
    EXPECT_EQ(translator.language(), "cy_GB");
}

} // namespace
