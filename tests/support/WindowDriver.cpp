#include "WindowDriver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSpinBox>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>

namespace wres::test {
namespace {

// The letter after a single '&', lower case; none for "&&" or no '&'.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        if (text[i] == u'&') {
            if (text[i + 1] == u'&') {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
    return {};
}

void collect(QMap<QChar, QStringList>& seen, const QString& text)
{
    const QChar letter = mnemonicOf(text);
    if (!letter.isNull())
        seen[letter] << text;
}

void menuClashes(QMenu* menu, QStringList& clashes)
{
    QMap<QChar, QStringList> seen;
    for (QAction* action : menu->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        collect(seen, action->text());
        if (action->menu())
            menuClashes(action->menu(), clashes);
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1 in menu %2: %3")
                           .arg(it.key())
                           .arg(menu->title(), it.value().join(QStringLiteral(" | ")));
}

} // namespace

void trigger(QWidget& window, const char* actionName)
{
    auto* action = window.findChild<QAction*>(QString::fromLatin1(actionName));
    ASSERT_NE(action, nullptr) << actionName;
    ASSERT_TRUE(action->isEnabled()) << actionName << " is disabled";
    action->trigger();
    QApplication::processEvents();
}

void press(QWidget& window, int key, Qt::KeyboardModifiers modifiers)
{
    // A dialog closed: the desktop gives the window under it the keyboard again (the offscreen
    // platform has no window manager to do it).
    if (!window.isActiveWindow()) {
        window.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
    }
    QWidget* target = window.focusWidget() ? window.focusWidget() : &window;
    QTest::keyClick(target, Qt::Key(key), modifiers);
    QApplication::processEvents();
    // A button chosen by its Alt+letter is clicked after a short press seen on screen.
    if (modifiers & Qt::AltModifier)
        QTest::qWait(200);
}

void type(QWidget& window, const QString& text)
{
    if (!window.isActiveWindow()) {
        window.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
    }
    QWidget* target = window.focusWidget() ? window.focusWidget() : &window;
    QTest::keyClicks(target, text);
    QApplication::processEvents();
}

void whenDialog(std::function<void(QWidget* dialog)> answer)
{
    auto tries = std::make_shared<int>(0);
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [answer, tries, poll] {
        // Shown, active and with its first control focused, as a user finds it.
        QWidget* dialog = QApplication::activeModalWidget();
        if (dialog && dialog->isVisible() &&
            ((dialog->isActiveWindow() && dialog->isAncestorOf(QApplication::focusWidget())) || *tries > 50)) {
            answer(dialog);
            return;
        }
        if (++*tries < 200)
            QTimer::singleShot(10, *poll);
    };
    QTimer::singleShot(0, *poll);
}

void showActive(QWidget& window)
{
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
}

QStringList mnemonicClashes(QWidget& window)
{
    QStringList clashes;
    QMap<QChar, QStringList> seen;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->window() != &window)
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget); button && !qobject_cast<QToolButton*>(widget))
            collect(seen, button->text());
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            collect(seen, label->text());
        else if (auto* group = qobject_cast<QGroupBox*>(widget))
            collect(seen, group->title());
        else if (auto* tabs = qobject_cast<QTabBar*>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                collect(seen, tabs->tabText(i));
        else if (auto* bar = qobject_cast<QMenuBar*>(widget))
            for (QAction* menu : bar->actions()) {
                collect(seen, menu->text());
                if (menu->menu())
                    menuClashes(menu->menu(), clashes);
            }
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1 in %2: %3")
                           .arg(it.key())
                           .arg(window.objectName(), it.value().join(QStringLiteral(" | ")));
    return clashes;
}

QStringList namelessControls(QWidget& window)
{
    QStringList nameless;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->window() != &window || !(widget->focusPolicy() & Qt::TabFocus) ||
            widget->focusProxy())
            continue; // one that hands its focus on speaks through the widget it hands it to
        // A control's inner editor (a spin box's or combo box's line) speaks through its control.
        if (QWidget* parent = widget->parentWidget();
            parent && (parent->focusProxy() == widget || qobject_cast<QAbstractSpinBox*>(parent) ||
                       qobject_cast<QComboBox*>(parent)))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            nameless << QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                      QString::fromLatin1(widget->metaObject()->className()));
    }
    return nameless;
}

} // namespace wres::test
