// No edit lost: moving to another action, opening another file, closing the window, and undo or
// redo with unsaved edits in the editor all ask Save / Discard / Cancel; Cancel and a save that
// fails keep the user on the action with the text as typed.
#include "TestSupport.h"
#include "WindowDriver.h"
#include "WindowTest.h"
#include "plan/ActionEditor.h"
#include "plan/ActionTableView.h"
#include "plan/PlanPane.h"
#include "plan/PlanSession.h"
#include "store/StructureStore.h"
#include "window/EditorController.h"

#include <QPlainTextEdit>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class NoEditLost : public test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        openDemoOnALaptop();
        editor = window.planPane().editor();
        first = editor->actionId();
        text = window.findChild<QPlainTextEdit*>("editText");
    }
    // Types into the action's text, as a user would.
    void typeSomething()
    {
        text->setFocus();
        text->moveCursor(QTextCursor::End);
        test::type(window, typed);
        ASSERT_TRUE(editor->isModified());
    }
    QString storedText(qint64 id) const { return ui::PlanSession::open(demo)->action(id).text; }
    void pressDownInTable()
    {
        window.planPane().table()->setFocus();
        test::press(window, Qt::Key_Down);
    }

    const QString typed = QStringLiteral(" (typed, not saved)");
    ui::ActionEditor* editor = nullptr;
    QPlainTextEdit* text = nullptr;
    qint64 first = 0;
};

TEST_F(NoEditLost, MovingToAnotherActionAsksAndCancelStays)
{
    typeSomething();
    const QString kept = text->toPlainText();
    test::Scratch other;
    ui::Prompts::setNextAnswer(QMessageBox::Cancel);
    pressDownInTable();
    ASSERT_EQ(ui::Prompts::asked().size(), 1);
    EXPECT_TRUE(ui::Prompts::asked()[0].contains("not saved"));
    EXPECT_EQ(editor->actionId(), first) << "still on the action";
    EXPECT_EQ(window.planPane().currentActionId(), first) << "and so is the table";
    EXPECT_EQ(text->toPlainText(), kept) << "with the text as typed";

    ui::Prompts::setNextAnswer(QMessageBox::Discard);
    pressDownInTable();
    EXPECT_NE(editor->actionId(), first);
    EXPECT_FALSE(storedText(first).endsWith(typed)) << "dropped, as asked";
}

TEST_F(NoEditLost, ASaveThatFailsKeepsTheUserOnTheActionWithTheText)
{
    typeSomething();
    const QString kept = text->toPlainText();
    // Meanwhile the action is deleted elsewhere (another program on the same file).
    {
        auto other = ui::PlanSession::open(demo);
        qint64 objective = 0;
        int position = 0;
        other->structure(QStringLiteral("Colleague")).takeAction(first, &objective, &position);
    }
    ui::Prompts::setNextAnswer(QMessageBox::Save);
    pressDownInTable();
    ASSERT_FALSE(messages.isEmpty()) << "the failure is explained";
    EXPECT_EQ(editor->actionId(), first) << "the user stays on the action";
    EXPECT_EQ(text->toPlainText(), kept) << "with the text intact, to copy or save again";
    EXPECT_TRUE(editor->isModified());
}

TEST_F(NoEditLost, OpeningAnotherFileAsksAndCancelKeepsThisOne)
{
    const QString other = scratch.path("other.wres");
    test::writeDemo(other);
    typeSomething();
    ui::Prompts::setNextFileName(other);
    ui::Prompts::setNextAnswer(QMessageBox::Cancel);
    test::trigger(window, "actionOpen");
    EXPECT_EQ(window.currentFile(), demo) << "Cancel keeps the plan and the edit";
    EXPECT_TRUE(text->toPlainText().endsWith(typed));

    ui::Prompts::setNextFileName(other);
    ui::Prompts::setNextAnswer(QMessageBox::Save);
    test::trigger(window, "actionOpen");
    EXPECT_EQ(window.currentFile(), other);
    EXPECT_TRUE(storedText(first).endsWith(typed)) << "saved in the first file before the second opened";
}

TEST_F(NoEditLost, ClosingTheWindowAsksAndCancelKeepsItOpen)
{
    typeSomething();
    ui::Prompts::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(window.close());
    EXPECT_TRUE(window.isVisible());
    EXPECT_TRUE(text->toPlainText().endsWith(typed));
    ui::Prompts::setNextAnswer(QMessageBox::Save);
    EXPECT_TRUE(window.close());
    EXPECT_TRUE(storedText(first).endsWith(typed));
}

TEST_F(NoEditLost, UndoAndRedoNeverOverwriteWhatIsBeingTyped)
{
    core::UpdateRequest update;
    update.status = core::Status::Delayed;
    ASSERT_TRUE(window.editing().addUpdate(first, update));
    typeSomething();
    const QString kept = text->toPlainText();
    ui::Prompts::setNextAnswer(QMessageBox::Cancel);
    test::trigger(window, "actionUndo");
    EXPECT_EQ(window.undoStack()->index(), 1) << "nothing undone";
    EXPECT_EQ(text->toPlainText(), kept);
    EXPECT_EQ(ui::Prompts::asked().size(), 1);

    // A change made elsewhere to the action being edited (another person, a returned workbook) does
    // not replace the typing either: the editor says so.
    core::UpdateRequest elsewhere;
    elsewhere.progress = QStringLiteral("Changed elsewhere");
    ASSERT_TRUE(window.document().addUpdate(first, elsewhere));
    EXPECT_EQ(text->toPlainText(), kept);
    EXPECT_TRUE(editor->notice().contains("changed meanwhile")) << editor->notice().toStdString();
}

} // namespace
