// Every export of the window aimed at the open plan, its write-ahead log, a hard link and a
// symbolic link to it, a path through a linked folder, and its backups: each refused with a
// message that names the path and why; the plan byte for byte as it was and still opening.
#include "MainWindow.h"
#include "TestSupport.h"
#include "WindowTest.h"
#include "dialogs/AuditDialog.h"
#include "dialogs/RequestUpdatesDialog.h"
#include "metrics/MetricsTab.h"
#include "plan/PlanSession.h"
#include "window/PlanDialogs.h"
#include "window/PlanTransfers.h"
#include "window/PrintController.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <functional>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace wres;

namespace {

class OutputSafetyWindow : public test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        // Named like an export, so that the suffix alone does not turn the attack away.
        plan = scratch.path("plan.json");
        test::writeDemo(plan);
        ASSERT_TRUE(window.openFile(plan)); // takes the day's backup
        const QStringList backups = QDir(scratch.path("backups")).entryList({"plan-*.wres"}, QDir::Files);
        ASSERT_EQ(backups.size(), 1);
        backup = scratch.path("backups/" + backups[0]);
        QDir().mkpath(scratch.path("other"));
        ASSERT_EQ(
            ::link(QFile::encodeName(plan).constData(), QFile::encodeName(scratch.path("other/hard.json")).constData()),
            0);
        ASSERT_EQ(::link(QFile::encodeName(backup).constData(),
                         QFile::encodeName(scratch.path("other/backup.json")).constData()),
                  0);
        ASSERT_TRUE(QFile::link(plan, scratch.path("other/soft.json")));
        ASSERT_TRUE(QFile::link(scratch.path(""), scratch.path("linked")));
        targets = {plan,
                   plan + "-wal",
                   scratch.path("other/hard.json"),
                   scratch.path("other/soft.json"),
                   scratch.path("linked/plan.json"),
                   scratch.path("other/backup.json"),
                   scratch.path("backups/new.json")};
    }

    void expectRefused(const char* what, const std::function<bool(const QString&)>& exportTo)
    {
        const QByteArray planBefore = test::readFile(plan);
        const QByteArray backupBefore = test::readFile(backup);
        for (const QString& target : std::as_const(targets)) {
            SCOPED_TRACE(std::string(what) + " to " + target.toStdString());
            messages.clear();
            EXPECT_FALSE(exportTo(target));
            ASSERT_EQ(messages.size(), 1) << "a message box says so";
            EXPECT_TRUE(messages[0].contains(QDir::toNativeSeparators(target) + " was not written: it is"))
                << messages[0].toStdString();
            EXPECT_EQ(test::readFile(plan), planBefore);
            EXPECT_EQ(test::readFile(backup), backupBefore);
        }
        EXPECT_FALSE(QFile::exists(scratch.path("backups/new.json")));
    }

    QString plan;
    QString backup;
    QStringList targets;
};

TEST_F(OutputSafetyWindow, EveryExportOfTheWindowIsRefused)
{
    expectRefused("Export Plan", [&](const QString& path) { return window.transfers().exportPlan(path); });
    expectRefused("Export Calendar", [&](const QString& path) { return window.transfers().exportCalendar(path); });
    expectRefused("Export PDF", [&](const QString& path) { return window.printing().exportBoardPack(path, {}); });
    expectRefused("a lead's brief",
                  [&](const QString& path) { return window.printing().exportBoardPack(path, {}, "Head of EDI"); });
    ui::AuditDialog* audit = window.dialogs().showAuditTrail();
    ASSERT_NE(audit, nullptr);
    expectRefused("the audit trail as CSV", [&](const QString& path) { return audit->exportCsv(path); });
    audit->close();
    auto* metrics = window.findChild<ui::MetricsTab*>("metricsTab");
    ASSERT_NE(metrics, nullptr);
    expectRefused("a chart", [&](const QString& path) {
        QString error;
        const bool saved = metrics->saveChart(path, &error);
        messages << error; // the tab reports through its caller
        return saved;
    });

    // Request Updates: the folder aimed at the plan's backups folder, directly or through a link.
    const QByteArray before = test::readFile(plan);
    for (const QString& folder : {scratch.path("backups"), scratch.path("linked/backups")}) {
        ui::RequestUpdatesDialog* dialog = window.dialogs().requestUpdates();
        ASSERT_NE(dialog, nullptr);
        dialog->setFolder(folder);
        messages.clear();
        EXPECT_FALSE(dialog->writeRequests());
        ASSERT_EQ(messages.size(), 1);
        EXPECT_TRUE(messages[0].contains("backups folder of the open plan")) << messages[0].toStdString();
        dialog->close();
    }
    EXPECT_TRUE(QDir(scratch.path("backups")).entryList({"*.xlsx"}).isEmpty());
    EXPECT_EQ(test::readFile(plan), before);

    ASSERT_TRUE(window.openFile(demo)); // closes the plan
    EXPECT_TRUE(ui::PlanSession::open(plan)->actions().size() > 0) << "the plan still opens";
}

} // namespace
