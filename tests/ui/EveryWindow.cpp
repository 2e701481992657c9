#include "EveryWindow.h"

#include "MainWindow.h"
#include "WindowDriver.h"
#include "dialogs/AuditDialog.h"
#include "dialogs/BackupDialog.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/ImportUpdatesDialog.h"
#include "dialogs/MessageBox.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/RequestUpdatesDialog.h"
#include "document/PlanDocument.h"
#include "plan/PlanPane.h"
#include "plan/PlanSession.h"
#include "plan/UpdateDialog.h"
#include "report/BoardPackDialog.h"
#include "window/PlanDialogs.h"

#include <QApplication>
#include <QDialog>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

namespace wres::test {
namespace {

template <typename Dialog> void checkShown(Dialog& dialog, const QString& what, const auto& check)
{
    dialog.show();
    QApplication::processEvents();
    check(dialog, what);
    dialog.close();
}

// A modal dialog the window opens with exec(): checked while it is up, then dismissed.
void checkModal(const QString& what, const std::function<void()>& open,
                const std::function<void(QWidget& shown, const QString& what)>& check)
{
    bool seen = false;
    whenDialog([&](QWidget* dialog) {
        check(*dialog, what);
        seen = true;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    open();
    EXPECT_TRUE(seen) << what.toStdString() << " was not shown";
}

} // namespace

void forEachWindow(ui::MainWindow& window, const QString& scratchFolder,
                   const std::function<void(QWidget& shown, const QString& what)>& check,
                   const std::function<void()>& restoreHook)
{
    ui::PlanSession* session = window.document().session();
    ASSERT_NE(session, nullptr);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        check(window, QStringLiteral("the main window, tab %1").arg(tabs->tabText(i)));
    }
    tabs->setCurrentIndex(0);

    const core::ActionRow& row = window.document().actions().front();
    ui::UpdateDialog update(row, QStringLiteral("Head of EDI"), &window);
    checkShown(update, QStringLiteral("Add update"), check);
    ui::BoardPackDialog pack(*session, QStringLiteral("Export PDF…"), &window);
    checkShown(pack, QStringLiteral("Board pack"), check);
    ui::PreferencesDialog preferences(&window);
    checkShown(preferences, QStringLiteral("Preferences"), check);
    ui::ConnectDialog connect(&window);
    checkShown(connect, QStringLiteral("Connect to server"), check);
    ui::BackupDialog backups(session->backups(), &window);
    checkShown(backups, QStringLiteral("Restore from backup"), check);
    // Help windows delete themselves when closed.
    checkShown(*ui::HelpDialog::userGuide(&window), QStringLiteral("User guide"), check);
    checkShown(*ui::HelpDialog::shortcuts(*window.menuBar(), &window), QStringLiteral("Keyboard shortcuts"), check);
    if (ui::AuditDialog* audit = window.dialogs().showAuditTrail()) {
        QApplication::processEvents();
        check(*audit, QStringLiteral("Audit trail"));
        audit->close();
    }
    if (ui::RequestUpdatesDialog* requests = window.dialogs().requestUpdates()) {
        QApplication::processEvents();
        check(*requests, QStringLiteral("Request updates"));
        requests->close();
    }
    const QString notAWorkbook = scratchFolder + QStringLiteral("/not-a-workbook.xlsx");
    if (ui::ImportUpdatesDialog* returns = window.dialogs().importUpdates({notAWorkbook})) {
        QApplication::processEvents();
        check(*returns, QStringLiteral("Import updates"));
        returns->close();
    }
    ui::ConflictDialog::setHook({});
    core::ActionData mine = session->action(row.id);
    core::ActionData theirs = mine;
    theirs.text = QStringLiteral("Their version");
    theirs.status = core::Status::Delayed;
    checkModal(
        QStringLiteral("Conflict"), [&] { ui::ConflictDialog::ask(&window, mine, theirs); }, check);
    // The window's own questions, as real dialogs: a new action's text and a delete.
    window.planPane().showAction(row.id);
    checkModal(
        QStringLiteral("New action"), [&] { trigger(window, "actionNewAction"); }, check);
    ui::MessageBox::setHook({});
    window.planPane().navigator()->setFocus();
    checkModal(
        QStringLiteral("Delete"), [&] { trigger(window, "actionDelete"); }, check);
    restoreHook();
}

} // namespace wres::test
