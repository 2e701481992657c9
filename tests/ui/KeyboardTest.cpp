// The keyboard: Tab leaves the table, Ctrl+Tab moves between the panes, no two mnemonics clash in
// any window or dialog, and the lead filter finds a lead from the first letters of its name.
#include "EveryWindow.h"
#include "TestSupport.h"
#include "WindowDriver.h"
#include "WindowTest.h"
#include "plan/ActionEditor.h"
#include "plan/ActionTableView.h"
#include "plan/PlanPane.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class Keyboard : public test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        openDemoOnALaptop();
    }
    QWidget* focus() const { return QApplication::focusWidget(); }
};

TEST_F(Keyboard, TabLeavesTheTableAndArrowsMoveBetweenActions)
{
    ui::ActionTableView* table = window.planPane().table();
    table->setFocus();
    const qint64 first = window.planPane().currentActionId();
    test::press(window, Qt::Key_Down);
    EXPECT_NE(window.planPane().currentActionId(), first) << "the arrow keys walk the actions";
    EXPECT_EQ(focus(), table);
    test::press(window, Qt::Key_Tab);
    EXPECT_NE(focus(), table) << "Tab moves on, out of the table";
    EXPECT_FALSE(table->isAncestorOf(focus()));
}

TEST_F(Keyboard, CtrlTabMovesBetweenThePanes)
{
    ui::PlanPane& pane = window.planPane();
    pane.navigator()->setFocus();
    test::press(window, Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(focus(), window.findChild<QLineEdit*>("filterText")) << "navigator, then the search box";
    test::press(window, Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(focus(), pane.table());
    test::press(window, Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_TRUE(pane.editor()->isAncestorOf(focus())) << "then the editor";
    EXPECT_EQ(focus()->objectName(), "editStatus") << "on the update's first field";
    test::press(window, Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(focus(), pane.navigator()) << "and round again";
    test::press(window, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(pane.editor()->isAncestorOf(focus())) << "Ctrl+Shift+Tab goes back";
}

TEST_F(Keyboard, NoTwoMnemonicsClashInAnyWindowOrDialog)
{
    QStringList clashes;
    int windows = 0;
    test::forEachWindow(
        window, scratch.path({}),
        [&](QWidget& shown, const QString& what) {
            ++windows;
            for (const QString& clash : test::mnemonicClashes(shown))
                clashes << what + QStringLiteral(": ") + clash;
        },
        [this] { installHook(); });
    EXPECT_GE(windows, 16) << "every tab and dialog was walked";
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join('\n').toStdString();
}

TEST_F(Keyboard, TypingInTheLeadFilterFindsALeadFromTheStartOfItsName)
{
    auto* lead = window.findChild<QComboBox*>("filterLead");
    lead->setFocus();
    test::type(window, QStringLiteral("Head of C"));
    EXPECT_EQ(lead->currentText(), "Head of Clinical Education");
    EXPECT_EQ(window.planPane().shownCount(), 3);
    QTest::qWait(QApplication::keyboardInputInterval() + 50); // a pause starts a new search
    test::type(window, QStringLiteral("EDI P"));
    EXPECT_EQ(lead->currentText(), "EDI Partner") << "from the start of the name, not from inside one";
}

} // namespace
