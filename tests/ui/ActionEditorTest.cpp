#include "plan/ActionEditor.h"

#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/MessageBox.h"
#include "plan/ActionTableModel.h"
#include "plan/PlanSession.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class Editor : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ui::MessageBox::setHook([this](QMessageBox::Icon icon, const QString&, const QString& text) {
            messages << text;
            return icon == QMessageBox::Question ? answer : QMessageBox::Ok;
        });
        demo = scratch.path("demo.wres");
        test::writeDemo(demo);
        ASSERT_TRUE(window.openFile(demo));
        table = window.findChild<QTableView*>("actionTable");
        editor = window.findChild<ui::ActionEditor*>("actionEditor");
        table->setCurrentIndex(table->model()->index(0, 0));
    }
    void TearDown() override { ui::MessageBox::setHook({}); }

    QString firstActionInTable() const
    {
        return table->model()->index(0, ui::ActionTableModel::ActionColumn).data().toString();
    }
    QString storedText(qint64 id) const { return ui::PlanSession::open(demo)->action(id).text; }

    test::Scratch scratch;
    QString demo;
    QStringList messages;
    QMessageBox::StandardButton answer = QMessageBox::Discard;
    ui::MainWindow window;
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
    EXPECT_EQ(firstActionInTable(), QString::fromUtf8("• Run three career days a year in each borough"));
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

TEST_F(Editor, SomeoneElsesSaveInBetweenIsNotOverwritten)
{
    const qint64 id = editor->actionId();
    {
        // Another program changes the same action after the editor loaded it.
        auto other = ui::PlanSession::open(demo);
        core::ActionData theirs = other->action(id);
        theirs.text = QStringLiteral("Their version");
        other->editAction(theirs, theirs.revision, QStringLiteral("Colleague"));
    }
    editor->findChild<QPlainTextEdit*>("editText")->setPlainText(QStringLiteral("My version"));
    editor->findChild<QPushButton*>("editSave")->click();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains("Someone else changed this action")) << messages[0].toStdString();
    EXPECT_EQ(storedText(id), "Their version");
    EXPECT_EQ(window.undoStack()->count(), 0) << "a failed save leaves nothing to undo";
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
