// The "done when": a newcomer, by keyboard alone, on a 1366×768 screen, finds the overdue
// actions of a lead, updates one, undoes and redoes it, adds an action to an objective and deletes
// it. Every step is a key a user would press; dialogs are answered by keys too.
#include "TestSupport.h"
#include "WindowDriver.h"
#include "WindowTest.h"
#include "plan/ActionEditor.h"
#include "plan/ActionTableModel.h"
#include "plan/ActionTableView.h"
#include "plan/PlanPane.h"
#include "plan/PlanSession.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class DoneWhen : public test::WindowTest
{
protected:
    // The window's keyboard focus (given back to it when a dialog closes).
    QWidget* focus() const { return window.focusWidget(); }
    // Keys for whatever has the focus in a dialog.
    static void keys(QWidget* dialog, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key(key), modifiers);
        if (modifiers & Qt::AltModifier)
            QTest::qWait(200); // a button chosen by its letter is clicked after a short press
    }
    QStringList shownReferences() const
    {
        QStringList references;
        const QAbstractItemModel* model = window.planPane().table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            references << model->index(row, ui::ActionTableModel::ReferenceColumn).data().toString();
        return references;
    }
};

TEST_F(DoneWhen, ANewcomerDoesTheWeeksJobByKeyboardAloneAt1366By768)
{
    fixToday(QDate(2024, 4, 15));
    ui::MessageBox::setHook({}); // real questions, answered by keys
    ASSERT_TRUE(window.openFile(demo));
    window.resize(1366, 768);
    test::showActive(window);

    // 1. The overdue actions of a lead: Ctrl+F, Tab to the lead filter, its first letters, Alt+O.
    test::press(window, Qt::Key_F, Qt::ControlModifier);
    ASSERT_EQ(focus(), window.findChild<QLineEdit*>("filterText"));
    test::press(window, Qt::Key_Tab);
    ASSERT_EQ(focus(), window.findChild<QComboBox*>("filterLead"));
    test::type(window, QStringLiteral("Head of E"));
    ASSERT_EQ(window.findChild<QComboBox*>("filterLead")->currentText(), "Head of EDI");
    test::press(window, Qt::Key_O, Qt::AltModifier);
    EXPECT_EQ(shownReferences(), (QStringList{"2.1.1", "2.2.2"})) << "Head of EDI's overdue actions on 15 April 2024";

    // 2. Update it: Ctrl+Tab to the table, where the first action shown is the one selected and in
    //    the editor (the one edited before is filtered out), Ctrl+U; in the dialog Down for the next
    //    status, Alt+N for the note, Alt+U to record.
    test::press(window, Qt::Key_Tab, Qt::ControlModifier);
    ASSERT_EQ(focus(), window.planPane().table());
    const qint64 overdue = window.planPane().currentActionId();
    ASSERT_EQ(window.planPane().editor()->actionId(), overdue);
    ASSERT_EQ(window.document().row(overdue)->reference, "2.1.1");
    bool recorded = false;
    test::whenDialog([&](QWidget* dialog) {
        keys(dialog, Qt::Key_Down); // In progress -> Delayed
        keys(dialog, Qt::Key_N, Qt::AltModifier);
        QTest::keyClicks(dialog->focusWidget(), QStringLiteral("Mentors found; scheme starts in June"));
        keys(dialog, Qt::Key_U, Qt::AltModifier);
        recorded = true;
    });
    test::press(window, Qt::Key_U, Qt::ControlModifier);
    ASSERT_TRUE(recorded);
    auto stored = [&] { return ui::PlanSession::open(demo)->action(overdue); };
    EXPECT_EQ(stored().status, core::Status::Delayed);
    EXPECT_EQ(stored().progress, "Mentors found; scheme starts in June");

    // 3. Undo and redo it.
    test::press(window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stored().status, core::Status::InProgress);
    test::press(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stored().status, core::Status::Delayed);

    // 4. Add an action to an objective: Ctrl+Tab to the navigator, the first theme's first objective,
    //    Ctrl+N, the text, Ctrl+Return for OK; then its lead and Ctrl+S.
    test::press(window, Qt::Key_Tab, Qt::ControlModifier); // the editor
    test::press(window, Qt::Key_Tab, Qt::ControlModifier); // the navigator
    ASSERT_EQ(focus(), window.planPane().navigator());
    test::press(window, Qt::Key_Home);
    test::press(window, Qt::Key_Down); // the first theme
    test::press(window, Qt::Key_Down); // its first objective
    test::whenDialog([&](QWidget* dialog) {
        QTest::keyClicks(dialog->focusWidget(), QStringLiteral("Publish the shortlisting figures each quarter"));
        keys(dialog, Qt::Key_Return, Qt::ControlModifier);
    });
    test::press(window, Qt::Key_N, Qt::ControlModifier);
    const qint64 added = window.planPane().editor()->actionId();
    const core::ActionRow* row = window.document().row(added);
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->text, "Publish the shortlisting figures each quarter");
    EXPECT_EQ(row->objectiveId, window.document().outline().themes[0].objectives[0].id);
    ASSERT_EQ(focus(), window.findChild<QLineEdit*>("editLeads")) << "the editor asks for its lead";
    test::type(window, QStringLiteral("Head of Recruitment"));
    test::press(window, Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(ui::PlanSession::open(demo)->action(added).leads, QStringList{"Head of Recruitment"});

    // 5. Delete it: Ctrl+Shift+Tab back to the table, Delete, Enter (Yes: nothing else goes with it).
    test::press(window, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier); // the table
    ASSERT_EQ(focus(), window.planPane().table())
        << focus()->metaObject()->className() << " " << focus()->objectName().toStdString();
    ASSERT_EQ(window.planPane().currentActionId(), added);
    test::whenDialog([&](QWidget* dialog) { keys(dialog, Qt::Key_Return); });
    test::press(window, Qt::Key_Delete);
    EXPECT_EQ(window.document().row(added), nullptr);
    EXPECT_EQ(ui::PlanSession::open(demo)->actions().size(), 12);
    EXPECT_EQ(window.planPane().editor()->actionId(), 0) << "the editor clears";
    EXPECT_EQ(window.size(), QSize(1366, 768)) << "all on a 1366×768 screen";
    installHook();
}

} // namespace
