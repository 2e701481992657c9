// Undo and redo from anywhere: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, whatever has the focus, and after
// saving from a text box; no key is given to two commands.
#include "TestSupport.h"
#include "WindowDriver.h"
#include "WindowTest.h"
#include "plan/ActionEditor.h"
#include "plan/ActionTableView.h"
#include "plan/FilterBar.h"
#include "plan/PlanPane.h"
#include "plan/PlanSession.h"
#include "window/EditorController.h"

#include <QAction>
#include <QApplication>
#include <QHash>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class UndoRedo : public test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        openDemoOnALaptop();
        id = window.planPane().currentActionId();
        core::UpdateRequest delayed;
        delayed.status = core::Status::Delayed;
        ASSERT_TRUE(window.editing().addUpdate(id, delayed));
    }
    core::Status stored() const { return ui::PlanSession::open(demo)->action(id).status; }
    qint64 id = 0;
};

TEST_F(UndoRedo, EachKeyWorksWhateverHasTheFocus)
{
    QUndoStack* stack = window.undoStack();
    QWidget* places[] = {window.planPane().table(), window.planPane().navigator(),
                         window.findChild<QLineEdit*>("filterText"), window.findChild<QWidget*>("editStatus")};
    for (QWidget* place : places) {
        place->setFocus();
        ASSERT_EQ(stack->index(), 1);
        test::press(window, Qt::Key_Z, Qt::ControlModifier);
        EXPECT_EQ(stack->index(), 0) << "Ctrl+Z in " << place->objectName().toStdString();
        EXPECT_EQ(stored(), core::Status::InProgress);
        test::press(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        EXPECT_EQ(stack->index(), 1) << "Ctrl+Shift+Z in " << place->objectName().toStdString();
        EXPECT_EQ(stored(), core::Status::Delayed);
        test::press(window, Qt::Key_Z, Qt::ControlModifier);
        test::press(window, Qt::Key_Y, Qt::ControlModifier);
        EXPECT_EQ(stack->index(), 1) << "Ctrl+Y in " << place->objectName().toStdString();
    }
    EXPECT_TRUE(messages.isEmpty()) << messages.join('\n').toStdString();
}

TEST_F(UndoRedo, CtrlZAfterSavingFromATextBoxUndoesTheSave)
{
    auto* text = window.findChild<QPlainTextEdit*>("editText");
    const QString original = text->toPlainText();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    test::type(window, " Reviewed quarterly.");
    // Typing is undone by the box itself while there is typing to undo...
    test::press(window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_NE(text->toPlainText(), original + " Reviewed quarterly.") << "the box undid its own typing";
    EXPECT_EQ(window.undoStack()->index(), 1) << "and the plan was not touched";
    test::type(window, " again");
    test::press(window, Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(window.undoStack()->index(), 2) << messages.join('\n').toStdString();
    const QString saved = ui::PlanSession::open(demo)->action(id).text;
    EXPECT_NE(saved, original);
    ASSERT_TRUE(text->hasFocus()) << "the cursor is still in the text box";
    // ...and once saved, Ctrl+Z in the same box undoes the save.
    test::press(window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(window.undoStack()->index(), 1);
    EXPECT_EQ(ui::PlanSession::open(demo)->action(id).text, original);
    EXPECT_EQ(text->toPlainText(), original) << "the editor shows the action as it is again";
    test::press(window, Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(ui::PlanSession::open(demo)->action(id).text, saved);
}

TEST_F(UndoRedo, TheMenuSaysWhatWillBeUndoneByItsReference)
{
    auto* undo = window.findChild<QAction*>("actionUndo");
    const core::ActionRow* row = window.document().row(id);
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo update of action %1").arg(row->reference));
    test::trigger(window, "actionUndo");
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_TRUE(window.findChild<QAction*>("actionRedo")->text().contains(row->reference));
}

TEST_F(UndoRedo, NoKeyBelongsToTwoCommandsAndRedoHasBothOfItsKeys)
{
    QHash<QString, QString> seen;
    auto claim = [&](const QKeySequence& key, const QString& owner) {
        const QString name = key.toString();
        EXPECT_FALSE(seen.contains(name))
            << name.toStdString() << ": " << seen.value(name).toStdString() << " and " << owner.toStdString();
        seen.insert(name, owner);
    };
    for (QAction* action : window.findChildren<QAction*>())
        if (action->shortcutContext() != Qt::WidgetShortcut)
            for (const QKeySequence& key : action->shortcuts())
                claim(key, action->objectName());
    for (QShortcut* shortcut : window.findChildren<QShortcut*>())
        if (shortcut->context() != Qt::WidgetShortcut &&
            shortcut->parent() != window.findChild<QLineEdit*>("filterText"))
            claim(shortcut->key(), shortcut->parent()->objectName() + QStringLiteral(" shortcut"));
    const QList<QKeySequence> redo = window.findChild<QAction*>("actionRedo")->shortcuts();
    EXPECT_TRUE(redo.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    EXPECT_TRUE(redo.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    EXPECT_EQ(window.findChild<QAction*>("actionUndo")->shortcuts(), QList{QKeySequence(Qt::CTRL | Qt::Key_Z)});
}

} // namespace
