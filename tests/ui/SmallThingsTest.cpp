// The small things users notice: a new action starts Not started and the editor shows what to fill;
// the add dialog names the objective; delete names what it deletes and says No by default when more
// goes with it; the editor says when a filter hides its action, and clears after a delete; the
// Leads field shows the start of its text; one status symbol; the missing-file message speaks of
// the window; the board pack dialog remembers the meeting and version and proposes a dated name.
#include "TestSupport.h"
#include "WindowDriver.h"
#include "WindowTest.h"
#include "plan/ActionEditor.h"
#include "plan/ActionTableModel.h"
#include "plan/ActionTableView.h"
#include "plan/PlanPane.h"
#include "plan/PlanSession.h"
#include "window/EditorController.h"
#include "window/MyActionsBar.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class SmallThings : public test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        openDemoOnALaptop();
        editor = window.planPane().editor();
    }
    ui::ActionEditor* editor = nullptr;
};

TEST_F(SmallThings, ANewActionStartsNotStartedTheDialogNamesItsObjectiveAndTheEditorShowsWhatToFill)
{
    ui::Prompts::setNextText(QStringLiteral("Publish the WRES data quarterly"));
    test::trigger(window, "actionNewAction");
    ASSERT_EQ(ui::Prompts::asked().size(), 1);
    EXPECT_TRUE(ui::Prompts::asked()[0].contains(QString::fromUtf8("objective 1 of “Workforce Representation")))
        << ui::Prompts::asked()[0].toStdString();
    const core::ActionRow* row = window.document().row(editor->actionId());
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->text, "Publish the WRES data quarterly");
    EXPECT_EQ(row->status, core::Status::NotStarted);
    EXPECT_EQ(window.findChild<QComboBox*>("editStatus")->currentText(), "Not started");
    EXPECT_TRUE(editor->notice().contains("fill in its leads and timescale")) << editor->notice().toStdString();
    EXPECT_EQ(QApplication::focusWidget(), window.findChild<QLineEdit*>("editLeads")) << "the first field to fill";
}

TEST_F(SmallThings, DeleteNamesWhatGoesAndSaysNoByDefaultWhenMoreGoesWithIt)
{
    ui::MessageBox::setHook({});
    QString asked;
    QMessageBox::StandardButton byDefault = QMessageBox::NoButton;
    test::whenDialog([&](QWidget* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        ASSERT_NE(box, nullptr);
        asked = box->text();
        byDefault = box->standardButton(box->defaultButton());
        QTest::keyClick(box, Qt::Key_Return); // Enter takes the default
    });
    QTreeView* navigator = window.planPane().navigator();
    navigator->setCurrentIndex(navigator->model()->index(1, 0, navigator->model()->index(0, 0)));
    navigator->setFocus();
    test::press(window, Qt::Key_Delete);
    EXPECT_TRUE(asked.contains(QString::fromUtf8("the theme “Leadership, Learning & Development”")))
        << asked.toStdString();
    EXPECT_TRUE(asked.contains("3 objectives, 6 actions")) << asked.toStdString();
    EXPECT_EQ(byDefault, QMessageBox::No);
    EXPECT_EQ(window.document().actions().size(), 12) << "Enter said No: nothing deleted";
    installHook();
}

TEST_F(SmallThings, TheEditorSaysWhenAFilterHidesItsActionAndClearsAfterADelete)
{
    const qint64 id = editor->actionId();
    window.findChild<QLineEdit*>("filterText")->setText(QStringLiteral("no action says this"));
    EXPECT_EQ(editor->actionId(), id) << "the action stays in the editor";
    EXPECT_TRUE(editor->notice().contains("hidden by the filters")) << editor->notice().toStdString();
    window.findChild<QLineEdit*>("filterText")->clear();
    EXPECT_TRUE(editor->notice().isEmpty());
    EXPECT_EQ(window.planPane().currentActionId(), id) << "shown and selected again";

    answer = QMessageBox::Yes;
    window.planPane().table()->setFocus();
    test::trigger(window, "actionDelete");
    EXPECT_EQ(editor->actionId(), 0) << "the editor clears";
    EXPECT_TRUE(window.findChild<QLabel*>("editHeading")->text().contains("deleted"));
}

TEST_F(SmallThings, TheEditorNeverShowsAnotherActionThanTheOneTheTableHighlights)
{
    // My actions for a lead who does not lead the action in the editor: the table shows their
    // actions; the editor must not go on showing 1.1.1 beside a highlighted 1.2.2, or an update
    // would be typed into the wrong action.
    ASSERT_EQ(window.planPane().currentActionId(), editor->actionId());
    const auto highlighted = [this] {
        QList<qint64> ids;
        for (const QModelIndex& index : window.planPane().table()->selectionModel()->selectedRows())
            ids << index.data(ui::ActionTableModel::ActionIdRole).toLongLong();
        if (const qint64 current = window.planPane().currentActionId(); current && !ids.contains(current))
            ids << current;
        return ids;
    };
    window.myActionsBar().showMyActions(QStringLiteral("EDI Team"));
    EXPECT_EQ(highlighted(), QList<qint64>{editor->actionId()}) << "the editor shows the action highlighted";
    EXPECT_TRUE(editor->notice().isEmpty());
    // With typing not yet saved, the action stays in the editor and nothing else is highlighted.
    window.myActionsBar().showMyActions({});
    window.planPane().showAction(1);
    ASSERT_EQ(editor->actionId(), 1);
    window.findChild<QPlainTextEdit*>("editProgress")->setPlainText(QStringLiteral("Typed, not saved"));
    window.myActionsBar().showMyActions(QStringLiteral("EDI Team"));
    EXPECT_EQ(editor->actionId(), 1) << "unsaved typing is never taken away";
    EXPECT_TRUE(highlighted().isEmpty()) << "and no other row is highlighted";
    EXPECT_TRUE(editor->notice().contains("hidden by the filters"));
}

TEST_F(SmallThings, TheLeadsFieldShowsTheStartOfItsTextAndStatusHasOneSymbol)
{
    auto* leads = window.findChild<QLineEdit*>("editLeads");
    EXPECT_EQ(leads->cursorPosition(), 0);
    auto* status = window.findChild<QComboBox*>("editStatus");
    for (int i = 0; i < status->count(); ++i)
        EXPECT_FALSE(status->itemText(i).contains(QRegularExpression(QStringLiteral("[○◐▲●]"))))
            << "the icon carries the symbol: " << status->itemText(i).toStdString();
    const QString cell =
        window.planPane().table()->model()->index(0, ui::ActionTableModel::StatusColumn).data().toString();
    EXPECT_EQ(cell, "In progress");
}

TEST_F(SmallThings, AMissingFileIsExplainedInTheWindowsWords)
{
    EXPECT_FALSE(window.openFile(scratch.path("moved.wres")));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains(QString::fromUtf8("File ▸ Open"))) << messages[0].toStdString();
    EXPECT_FALSE(messages[0].contains("'demo'")) << "no command-line commands";
    EXPECT_FALSE(messages[0].contains("'import'"));
}

TEST_F(SmallThings, TheBoardPackDialogRemembersMeetingAndVersionAndProposesADatedName)
{
    const QString pdf = scratch.path("pack.pdf");
    test::whenDialog([](QWidget* dialog) {
        QList<QLineEdit*> cover;
        for (QLineEdit* edit : dialog->findChildren<QLineEdit*>())
            if (!edit->placeholderText().isEmpty())
                cover << edit;
        ASSERT_GE(cover.size(), 2);
        cover[0]->setText(QStringLiteral("Trust Board, 25 April 2024"));
        cover[1]->setText(QStringLiteral("1.0"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    ui::Prompts::setNextFileName(pdf);
    test::trigger(window, "actionExportPdf");
    ASSERT_FALSE(ui::Prompts::asked().isEmpty());
    EXPECT_TRUE(ui::Prompts::asked().last().endsWith("board-pack-2024-04-15.pdf"))
        << ui::Prompts::asked().last().toStdString();
    EXPECT_TRUE(QFile::exists(pdf)) << messages.join('\n').toStdString();

    QStringList shown;
    test::whenDialog([&](QWidget* dialog) {
        for (QLineEdit* edit : dialog->findChildren<QLineEdit*>())
            if (!edit->placeholderText().isEmpty())
                shown << edit->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    test::trigger(window, "actionExportPdf");
    EXPECT_EQ(shown.value(0), "Trust Board, 25 April 2024") << "remembered for the next pack";
    EXPECT_EQ(shown.value(1), "1.0");
}

} // namespace
