#pragma once

// Driving the window as a user does (KeePassXC's TestGui): trigger its named commands, press its
// keys, answer the dialogs they open, and look at every window for controls a screen reader or a
// keyboard user could not use.
#include <QKeySequence>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace wres::test {

// Triggers the command as its menu item or shortcut would; fails the test when it is missing or
// disabled (a user could not choose it either).
void trigger(QWidget& window, const char* actionName);
// Presses a key (with modifiers) on the widget that has the keyboard focus in this window, so the
// window's shortcuts and the focused control both see it, as on a real keyboard.
void press(QWidget& window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
void type(QWidget& window, const QString& text);
// Runs answer on the next modal dialog once its exec() has shown it; answer closes it.
void whenDialog(std::function<void(QWidget* dialog)> answer);
// Shows the window and waits until it is the active one (shortcuts need an active window).
void showActive(QWidget& window);

// The mnemonics (Alt+letter) visible at once in a window, and those of each of its menus, that
// clash: "s: &Save | &Status". Empty when none clash.
QStringList mnemonicClashes(QWidget& window);
// The visible controls a user can reach (by Tab or by a screen reader) that have no accessible
// name, as "objectName (class)".
QStringList namelessControls(QWidget& window);

} // namespace wres::test
