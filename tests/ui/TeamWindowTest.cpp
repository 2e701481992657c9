// The window on a team plan (the tests' throwaway PostgreSQL cluster; skipped without it): the
// controls follow the login's role, and others' changes appear without reopening, never under an
// edit in progress.
#include "WindowTest.h"
#include "dialogs/ConnectDialog.h"
#include "plan/ActionEditor.h"
#include "plan/ActionTableModel.h"
#include "plan/ActionTableView.h"
#include "plan/PlanPane.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/ServerRoles.h"
#include "team/Keyring.h"
#include "window/EditorController.h"
#include "window/FileController.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUrl>

namespace {

using namespace wres;

class TeamWindow : public test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        if (test::testServer().isEmpty())
            GTEST_SKIP() << "team mode needs the test server (run through CTest)";
        server = test::storeLocation(scratch, "team");
        test::writeDemo(server);
        auto db = core::Database::open(server, core::Database::Mode::OpenExisting);
        core::ServerRoles::initialise(*db);
        core::ServerRoles::grant(*db, "ui_lead", core::ServerRoles::Role::Lead, "Head of EDI", "pw-lead");
        core::ServerRoles::grant(*db, "ui_viewer", core::ServerRoles::Role::Viewer, {}, "pw-viewer");
    }

    QString as(const QString& login, const QString& password) const
    {
        QUrl url(server);
        url.setUserName(login);
        url.setPassword(password);
        return url.toString();
    }

    template <typename T> T* find(const char* name) const { return window.findChild<T*>(QString::fromLatin1(name)); }

    // Selects an action in the table by id.
    void select(qint64 id) const
    {
        auto* table = find<QTableView>("actionTable");
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 0).data(ui::ActionTableModel::ActionIdRole).toLongLong() == id) {
                table->setCurrentIndex(table->model()->index(r, 0));
                return;
            }
        ADD_FAILURE() << "no action " << id;
    }

    QString server;
};

TEST_F(TeamWindow, ALeadMayUpdateOnlyTheirOwnActionsAndTheControlsSaySo)
{
    ASSERT_TRUE(window.files().connectToServer(as("ui_lead", "pw-lead"))) << messages.join('\n').toStdString();
    EXPECT_EQ(window.currentFile(), as("ui_lead", {})) << "the password is not kept";
    EXPECT_EQ(find<QLabel>("fileMode")->text(), "Team plan: lead");
    EXPECT_EQ(find<QComboBox>("myLead")->currentText(), "Head of EDI") << "My actions are the lead's own";
    EXPECT_TRUE(find<QLabel>("readOnlyBanner")
                    ->text()
                    .contains("Lead: you can add updates to the actions Head of EDI "
                              "leads"));
    for (const char* name : {"actionNewTheme", "actionDelete", "actionImportMetrics", "actionRequestUpdates"})
        EXPECT_FALSE(find<QAction>(name)->isEnabled()) << name << " is the EDI team's";
    auto* update = find<QAction>("actionAddUpdate");
    select(1); // led by Head of EDI
    EXPECT_TRUE(update->isEnabled());
    select(3); // not theirs
    EXPECT_FALSE(update->isEnabled());
    if (const QByteArray folder = qgetenv("WRES_SCREENSHOTS"); !folder.isEmpty()) {
        window.resize(1500, 900);
        QApplication::processEvents(); // laid out at that size, then every row as tall as its text
        window.planPane().table()->sizeVisibleRows();
        window.grab().save(QString::fromLocal8Bit(folder) + "/team-lead.png");
    }
    EXPECT_EQ(update->toolTip(), "You may add updates only to the actions you lead");

    core::UpdateRequest request;
    request.status = core::Status::Complete;
    request.author = "Head of EDI";
    EXPECT_TRUE(window.editing().addUpdate(1, request)) << messages.join(QLatin1Char('\n')).toStdString();
    {
        // Written by the server's own function: the login is the author, whatever the window sent.
        auto admin = core::Database::open(server, core::Database::Mode::OpenExisting);
        const QList<core::StatusUpdate> history = core::ActionStore(*admin).history(1);
        ASSERT_FALSE(history.isEmpty());
        EXPECT_EQ(history.last().author, "ui_lead");
        EXPECT_EQ(history.last().status, core::Status::Complete);
    }
    messages.clear();
    EXPECT_FALSE(window.editing().addUpdate(3, request)) << "even a direct call is refused, by the server";
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.last().contains("did not permit")) << messages.last().toStdString();
}

TEST_F(TeamWindow, AViewerReadsEverythingAndChangesNothing)
{
    ASSERT_TRUE(window.files().connectToServer(as("ui_viewer", "pw-viewer"))) << messages.join('\n').toStdString();
    EXPECT_TRUE(window.isReadOnly());
    EXPECT_EQ(find<QLabel>("fileMode")->text(), "Team plan: viewer");
    EXPECT_TRUE(find<QLabel>("readOnlyBanner")->text().startsWith("Viewer:"));
    select(1);
    EXPECT_FALSE(find<QAction>("actionAddUpdate")->isEnabled());
    EXPECT_TRUE(find<QAction>("actionExportPdf")->isEnabled()) << "printing is reading";
}

TEST_F(TeamWindow, OthersChangesAppearWithoutReopeningButNeverUnderAnEdit)
{
    ASSERT_TRUE(window.files().connectToServer(server));
    EXPECT_EQ(find<QLabel>("fileMode")->text(), "Team plan: admin");
    EXPECT_TRUE(find<QAction>("actionNewTheme")->isEnabled());
    EXPECT_FALSE(find<QAction>("actionRestoreBackup")->isEnabled()) << "the server keeps its own backups";
    auto other = core::Database::open(server, core::Database::Mode::OpenExisting);
    core::UpdateRequest request;
    request.status = core::Status::Delayed;
    request.progress = "Changed at another desk";
    request.author = "Someone else";
    auto* table = find<QTableView>("actionTable");
    const auto statusOf = [&](qint64 id) {
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 0).data(ui::ActionTableModel::ActionIdRole).toLongLong() == id)
                return table->model()->index(r, ui::ActionTableModel::StatusColumn).data().toString();
        return QString();
    };
    EXPECT_FALSE(statusOf(2).contains("Delayed"));
    core::ActionStore(*other).recordUpdate(2, request);
    EXPECT_TRUE(QTest::qWaitFor([&] { return statusOf(2).contains("Delayed"); }, 5000))
        << "shown without reopening: " << statusOf(2).toStdString();
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith("Shown: changes made by others"));

    // An edit in progress is left alone until it is saved.
    select(1);
    auto* progress = window.findChild<QPlainTextEdit*>("editProgress");
    ASSERT_NE(progress, nullptr);
    progress->setFocus();
    QTest::keyClicks(progress, "typing here");
    core::ActionStore(*other).recordUpdate(2, request);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return window.statusBar()->currentMessage().startsWith("Someone else changed the plan"); }, 5000));
    EXPECT_TRUE(progress->toPlainText().endsWith("typing here")) << "nothing typed is lost";
}

TEST_F(TeamWindow, TheConnectDialogBuildsTheAddressAndNeverKeepsThePassword)
{
    ui::ConnectDialog dialog;
    dialog.setLocation(as("ui_lead", {}) + "?sslmode=disable");
    EXPECT_EQ(dialog.location(), as("ui_lead", {}) + "?sslmode=disable");
    auto* password = dialog.findChild<QLineEdit*>("connectPassword");
    password->setText("pw-lead");
    EXPECT_EQ(dialog.locationWithPassword(), as("ui_lead", "pw-lead") + "?sslmode=disable");
    EXPECT_FALSE(dialog.rememberPassword()) << "only when asked";
    dialog.findChild<QCheckBox*>("connectRemember")->setChecked(true);
    EXPECT_TRUE(dialog.rememberPassword());
    dialog.accept();
    EXPECT_EQ(QSettings().value("team/lastServer").toString(), dialog.location()) << "kept without the password";

    // Without a keyring (no desktop session here) and no ~/.pgpass line, the connection says where
    // the password is looked for.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    EXPECT_FALSE(ui::Keyring::read(dialog.location()).has_value());
    QString error;
    EXPECT_FALSE(ui::Keyring::write(dialog.location(), "pw-lead", &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(window.files().connectToServer(as("ui_lead", {}) + "?sslmode=disable"));
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.last().contains("~/.pgpass")) << messages.last().toStdString();
    EXPECT_FALSE(messages.last().contains("pw-lead"));
    EXPECT_TRUE(window.files().connectToServer(dialog.locationWithPassword()));
    EXPECT_FALSE(window.files().recentFiles().join(' ').contains("pw-lead")) << "recent files keep no password";
}

} // namespace
