#include "plan/ActionEditor.h"

#include "MainWindow.h"
#include "TestSupport.h"
#include "WindowTest.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/MessageBox.h"
#include "plan/ActionTableModel.h"
#include "plan/PlanSession.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class Editor : public test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        answer = QMessageBox::Discard;
        ASSERT_TRUE(window.openFile(demo));
        table = window.findChild<QTableView*>("actionTable");
        editor = window.findChild<ui::ActionEditor*>("actionEditor");
        table->setCurrentIndex(table->model()->index(0, 0));
    }

    QString firstActionInTable() const
    {
        return table->model()->index(0, ui::ActionTableModel::ActionColumn).data().toString();
    }
    QString storedText(qint64 id) const { return ui::PlanSession::open(demo)->action(id).text; }

    QTableView* table = nullptr;
    ui::ActionEditor* editor = nullptr;
};

TEST_F(Editor, ShowsTheSelectedActionSavesUndoesAndRedoes)
{
    const qint64 id = editor->actionId();
    ASSERT_GT(id, 0);
    auto* text = editor->findChild<QPlainTextEdit*>("editText");
    const QString original = text->toPlainText();
    EXPECT_TRUE(original.startsWith(QString::fromUtf8("• Establish place-based")));
    auto* save = editor->findChild<QPushButton*>("editSave");
    EXPECT_FALSE(save->isEnabled()) << "nothing to save yet";

    text->setPlainText(QStringLiteral("• Run three career days a year in each borough\n• Publish the results"));
    editor->findChild<QLineEdit*>("editLeads")->setText(QStringLiteral("Head of Recruitment; Head of Outreach"));
    ASSERT_TRUE(save->isEnabled());
    save->click();
    EXPECT_TRUE(messages.isEmpty()) << messages.join('\n').toStdString();
    EXPECT_TRUE(firstActionInTable().startsWith(QString::fromUtf8("• Run three career days a year in each borough")));
    EXPECT_TRUE(storedText(id).startsWith(QString::fromUtf8("• Run three")));
    EXPECT_EQ(ui::PlanSession::open(demo)->action(id).leads, (QStringList{"Head of Recruitment", "Head of Outreach"}));

    window.undoStack()->undo();
    EXPECT_EQ(storedText(id), original) << "undo puts the action back in the file";
    EXPECT_TRUE(firstActionInTable().startsWith(QString::fromUtf8("• Establish place-based")));
    window.undoStack()->redo();
    EXPECT_TRUE(storedText(id).startsWith(QString::fromUtf8("• Run three")));
    EXPECT_EQ(window.undoStack()->count(), 1);
}

TEST_F(Editor, AnEmptyActionCannotBeSavedAndAnUnreadableTimescaleIsFlagged)
{
    editor->findChild<QPlainTextEdit*>("editText")->setPlainText(QStringLiteral("   "));
    EXPECT_FALSE(editor->findChild<QPushButton*>("editSave")->isEnabled());
    EXPECT_TRUE(editor->findChild<QLabel*>("editMessage")->text().contains("action text is empty"));
    editor->findChild<QPlainTextEdit*>("editText")->setPlainText(QStringLiteral("Something to do"));
    auto* timescale = editor->findChild<QLineEdit*>("editTimescale");
    timescale->setText(QStringLiteral("when the budget allows"));
    EXPECT_TRUE(editor->findChild<QLabel*>("editDue")->text().contains("Not a date"));
    timescale->setText(QStringLiteral("Summer 2025"));
    EXPECT_TRUE(editor->findChild<QLabel*>("editDue")->text().contains("31 August 2025"));
}

// Another program (the command line, a second window, a colleague) records an update on the action
// the editor has open: a real second process on the same file.
void changeElsewhere(const QString& file, qint64 id)
{
    QProcess other;
    other.start(WRES_TRACKER_EXE, {"update", "--db", file, "--action", QString::number(id), "--status", "Delayed",
                                   "--progress", "Their note", "--author", "Colleague"});
    ASSERT_TRUE(other.waitForFinished(30000));
    ASSERT_EQ(other.exitCode(), 0) << other.readAllStandardError().toStdString();
}

class Conflict : public Editor
{
protected:
    void TearDown() override
    {
        ui::ConflictDialog::setHook({});
        Editor::TearDown();
    }
    // Loads, lets another process change it, edits the text here and saves, answering the conflict with choice.
    void saveAfterSomeoneElse(ui::ConflictDialog::Choice choice)
    {
        id = editor->actionId();
        changeElsewhere(demo, id);
        ui::ConflictDialog::setHook([&, choice](const core::ActionData& mine, const core::ActionData& theirs) {
            shown = ui::ConflictDialog::differences(mine, theirs);
            return choice;
        });
        editor->findChild<QPlainTextEdit*>("editText")->setPlainText(QStringLiteral("My version"));
        editor->findChild<QPushButton*>("editSave")->click();
    }
    qint64 id = 0;
    QList<QStringList> shown;
};

TEST_F(Conflict, BothVersionsAreShownFieldByField)
{
    saveAfterSomeoneElse(ui::ConflictDialog::Choice::KeepEditing);
    QStringList fields;
    for (const QStringList& row : shown)
        fields << row[0] + ": " + row[1] + " | " + row[2];
    const QString all = fields.join('\n');
    EXPECT_TRUE(all.contains("Status: In progress | Delayed")) << all.toStdString();
    EXPECT_TRUE(all.contains("Progress:")) << all.toStdString();
    EXPECT_TRUE(all.contains("Their note"));
    EXPECT_TRUE(all.contains(QString::fromUtf8("Action: My version | • Establish"))) << all.toStdString();
    EXPECT_FALSE(all.contains("Leads:")) << "only what differs";
    // Keep editing: nothing saved, the edit is still there to save later.
    EXPECT_NE(storedText(id), "My version");
    EXPECT_EQ(editor->findChild<QPlainTextEdit*>("editText")->toPlainText(), "My version");
    EXPECT_TRUE(editor->isModified());
    EXPECT_EQ(window.undoStack()->count(), 0);
}

TEST_F(Conflict, TakeTheirsShowsTheSavedVersionAndDropsMine)
{
    saveAfterSomeoneElse(ui::ConflictDialog::Choice::TakeTheirs);
    EXPECT_TRUE(messages.isEmpty()) << messages.join('\n').toStdString();
    const core::ActionData stored = ui::PlanSession::open(demo)->action(id);
    EXPECT_EQ(stored.status, core::Status::Delayed);
    EXPECT_NE(stored.text, "My version");
    EXPECT_EQ(editor->findChild<QPlainTextEdit*>("editText")->toPlainText(), stored.text);
    EXPECT_TRUE(editor->findChild<QComboBox*>("editStatus")->currentText().endsWith("Delayed"));
    EXPECT_FALSE(editor->isModified());
    EXPECT_EQ(window.undoStack()->count(), 0);
}

TEST_F(Conflict, KeepMineSavesOverTheirsKnowinglyAndTheirUpdateStaysInTheHistory)
{
    saveAfterSomeoneElse(ui::ConflictDialog::Choice::KeepMine);
    EXPECT_TRUE(messages.isEmpty()) << messages.join('\n').toStdString();
    auto session = ui::PlanSession::open(demo);
    const core::ActionData stored = session->action(id);
    EXPECT_EQ(stored.text, "My version");
    EXPECT_EQ(stored.status, core::Status::InProgress) << "my version whole, as shown side by side";
    bool theirs = false;
    for (const core::StatusUpdate& u : session->history(id))
        theirs = theirs || (u.author == "Colleague" && u.note == "Their note");
    EXPECT_TRUE(theirs) << "their update is not lost from the history";
    ASSERT_EQ(window.undoStack()->count(), 1);
    window.undoStack()->undo();
    EXPECT_EQ(storedText(id).left(11), QString::fromUtf8("• Establish")) << "undo gives their version back";
    EXPECT_EQ(ui::PlanSession::open(demo)->action(id).status, core::Status::Delayed);
}

TEST_F(Editor, MovingAwayFromUnsavedChangesAsks)
{
    const qint64 first = editor->actionId();
    editor->findChild<QPlainTextEdit*>("editText")->setPlainText(QStringLiteral("Changed, then saved on leaving"));
    answer = QMessageBox::Save;
    table->setCurrentIndex(table->model()->index(1, 0));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains("not saved"));
    EXPECT_EQ(storedText(first), "Changed, then saved on leaving");
    EXPECT_NE(editor->actionId(), first);
}

TEST_F(Editor, ChoosingAnotherObjectiveMovesTheActionAndOneUndoTakesItBack)
{
    const qint64 id = editor->actionId();
    auto* objective = editor->findChild<QComboBox*>("editObjective");
    ASSERT_GT(objective->count(), 5);
    const qint64 target = objective->itemData(2).toLongLong(); // theme 1, objective 3
    objective->setCurrentIndex(2);
    auto* save = editor->findChild<QPushButton*>("editSave");
    ASSERT_TRUE(save->isEnabled()) << "a new objective is a change";
    save->click();
    EXPECT_TRUE(messages.isEmpty()) << messages.join('\n').toStdString();
    auto session = ui::PlanSession::open(demo);
    core::ActionRow moved;
    for (const core::ActionRow& row : session->actions())
        if (row.id == id)
            moved = row;
    EXPECT_EQ(moved.objectiveId, target);
    EXPECT_EQ(moved.number, "3.2") << "after the objective's own action, renumbered";

    window.undoStack()->undo();
    session = ui::PlanSession::open(demo);
    for (const core::ActionRow& row : session->actions())
        if (row.id == id)
            moved = row;
    EXPECT_NE(moved.objectiveId, target);
    EXPECT_EQ(moved.number, "1.1");
}

} // namespace
