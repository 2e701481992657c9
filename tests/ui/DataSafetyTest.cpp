// Data safety as the user meets it in the window: read-only files, daily backups and restoring one,
// the audit trail, and the name changes are recorded under.
#include "MainWindow.h"
#include "TestSupport.h"
#include "WindowTest.h"
#include "dialogs/AuditDialog.h"
#include "dialogs/MessageBox.h"
#include "io/CsvTable.h"
#include "metrics/MetricsTab.h"
#include "plan/ActionEditor.h"
#include "plan/PlanPane.h"
#include "plan/PlanSession.h"
#include "store/Backups.h"
#include "window/EditorController.h"
#include "window/FileController.h"
#include "window/PlanDialogs.h"
#include "window/StructureController.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class DataSafety : public test::WindowTest
{
protected:
    template <typename T> T* find(const char* name) const
    {
        T* child = window.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(child, nullptr) << name;
        return child;
    }
    qint64 firstActionId() const { return ui::PlanSession::open(demo)->actions().front().id; }
    core::UpdateRequest delayed() const
    {
        core::UpdateRequest request;
        request.status = core::Status::Delayed;
        request.progress = QStringLiteral("Paused for the restructure");
        request.author = QStringLiteral("Head of EDI");
        return request;
    }
};

TEST_F(DataSafety, AReadOnlyFileSaysSoAndOffersNoWayToChangeIt)
{
    const QByteArray before = test::readFile(demo);
    ASSERT_TRUE(window.openFile(demo, true));
    EXPECT_TRUE(window.isReadOnly());
    auto* banner = find<QLabel>("readOnlyBanner");
    EXPECT_TRUE(banner->isVisibleTo(&window));
    EXPECT_TRUE(banner->text().contains("Read-only")) << banner->text().toStdString();
    EXPECT_TRUE(find<QLabel>("fileMode")->text().contains("Read-only")) << "in words, not only a colour";
    for (const char* name : {"actionRestoreBackup", "actionImportMetrics", "actionRecordPack"})
        EXPECT_FALSE(find<QAction>(name)->isEnabled()) << name;
    EXPECT_TRUE(find<QAction>("actionExportPdf")->isEnabled()) << "printing a read-only plan is fine";
    EXPECT_FALSE(find<QPushButton>("editSave")->isVisibleTo(&window));
    EXPECT_TRUE(find<QLineEdit>("editLeads")->isReadOnly());
    EXPECT_EQ(find<QTableView>("metricGrid")->editTriggers(), QAbstractItemView::NoEditTriggers);

    EXPECT_FALSE(window.editing().addUpdate(firstActionId(), delayed())) << "even a direct call is refused";
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains("read-only")) << messages[0].toStdString();
    EXPECT_FALSE(QDir(scratch.path("backups")).exists()) << "no backup is written beside a read-only file";
    EXPECT_EQ(test::readFile(demo), before);

    ASSERT_TRUE(window.openFile(demo)); // the same file, writable: everything comes back
    EXPECT_FALSE(banner->isVisibleTo(&window));
    EXPECT_TRUE(find<QAction>("actionRestoreBackup")->isEnabled());
    EXPECT_TRUE(find<QPushButton>("editSave")->isVisibleTo(&window));
}

TEST_F(DataSafety, TheFirstOpenOfTheDayTakesABackup)
{
    ASSERT_TRUE(window.openFile(demo));
    ASSERT_EQ(core::Backups::list(demo).size(), 1);
    EXPECT_EQ(core::Backups::list(demo).front().reason, "daily");
    ASSERT_TRUE(window.openFile(demo));
    EXPECT_EQ(core::Backups::list(demo).size(), 1) << "one a day";
}

TEST_F(DataSafety, RestoringABackupAsksThenPutsThePlanBackAsItWas)
{
    ASSERT_TRUE(window.openFile(demo));
    const QString daily = core::Backups::list(demo).front().path;
    const qint64 id = firstActionId();
    ASSERT_TRUE(window.editing().addUpdate(id, delayed()));
    ASSERT_EQ(ui::PlanSession::open(demo)->action(id).status, core::Status::Delayed);

    answer = QMessageBox::Cancel;
    EXPECT_FALSE(window.files().restoreBackup(daily));
    EXPECT_EQ(ui::PlanSession::open(demo)->action(id).status, core::Status::Delayed) << "cancel changes nothing";

    answer = QMessageBox::Yes;
    messages.clear();
    ASSERT_TRUE(window.files().restoreBackup(daily)) << messages.join('\n').toStdString();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains("Every change made since that backup will be gone"));
    EXPECT_EQ(ui::PlanSession::open(demo)->action(id).status, core::Status::InProgress);
    EXPECT_EQ(window.currentFile(), demo) << "the restored file is open";
    EXPECT_EQ(window.undoStack()->count(), 0) << "undo steps belonged to the replaced file";
    bool keptBefore = false;
    for (const core::Backups::Backup& b : core::Backups::list(demo))
        keptBefore = keptBefore || b.reason == "before-restore";
    EXPECT_TRUE(keptBefore);

    QFile garbage(scratch.path("backups/demo-daily-20200101-000000.wres"));
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write("not a plan");
    garbage.close();
    messages.clear();
    EXPECT_FALSE(window.files().restoreBackup(garbage.fileName()));
    ASSERT_EQ(messages.size(), 2) << "asked, then told why not";
    EXPECT_TRUE(messages[1].contains("not restored")) << messages[1].toStdString();
    EXPECT_EQ(window.currentFile(), demo) << "the plan is open again, unchanged";
    EXPECT_EQ(ui::PlanSession::open(demo)->action(id).status, core::Status::InProgress);
}

TEST_F(DataSafety, TheAuditTrailShowsFiltersAndExportsChangesUnderThePreferredName)
{
    QSettings().setValue("user/name", "Pat Jones");
    ASSERT_TRUE(window.openFile(demo));
    ASSERT_TRUE(window.structure().newTheme("Inclusive leadership"));
    const qint64 id = firstActionId();
    window.planPane().showAction(id);
    ASSERT_TRUE(window.editing().addUpdate(id, delayed()));

    ui::AuditDialog* dialog = window.dialogs().showAuditTrail();
    ASSERT_NE(dialog, nullptr);
    auto* onlyAction = dialog->findChild<QCheckBox*>("auditOnlyAction");
    EXPECT_TRUE(onlyAction->isChecked()) << "opened on the selected action";
    EXPECT_EQ(dialog->model()->rowCount(), 3) << "status, progress and the update recorded";
    EXPECT_EQ(dialog->model()->records().front().subject, "Action 1.1.1") << "the action's one reference";
    onlyAction->setChecked(false);
    const int all = dialog->model()->rowCount();
    EXPECT_EQ(all, 4) << "and the new theme";
    bool named = false;
    for (const core::AuditRecord& r : dialog->model()->records())
        named = named || (r.entry.author == "Pat Jones" && r.entry.field == "created");
    EXPECT_TRUE(named) << "the name from Preferences is the author";

    dialog->searchField()->setText("restructure");
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog->model()->rowCount() == 1; }, 2000));
    const QString csv = scratch.path("audit.csv");
    ASSERT_TRUE(dialog->exportCsv(csv));
    core::Problems problems;
    const core::CsvTable table = core::readCsv(test::readFile(csv), csv, problems);
    ASSERT_TRUE(problems.isEmpty());
    ASSERT_EQ(table.records.size(), 1);
    EXPECT_EQ(table.records[0].fields[7], "Paused for the restructure");
    EXPECT_FALSE(dialog->exportCsv(scratch.path("missing-folder/audit.csv")));
    EXPECT_TRUE(messages.last().contains("Cannot write") && messages.last().contains("does not exist"));

    if (const QByteArray folder = qgetenv("WRES_SCREENSHOTS"); !folder.isEmpty()) {
        dialog->searchField()->clear();
        EXPECT_TRUE(QTest::qWaitFor([&] { return dialog->model()->rowCount() == all; }, 2000));
        dialog->grab().save(QString::fromLocal8Bit(folder) + "/audit-trail.png");
    }
    dialog->close();
}

} // namespace
