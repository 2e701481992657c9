#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>

#include <functional>

namespace wres::ui {

// Every message box of the program goes through here, so GUI tests can see what the user would be
// told and answer it without a real modal dialog.
class MessageBox
{
public:
    using Hook =
        std::function<QMessageBox::StandardButton(QMessageBox::Icon, const QString& title, const QString& text)>;

    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    // Asks; returns the button chosen among buttons (Enter chooses defaultButton when one is given).
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    // Asks with buttons of its own words; each choice answers as its code (what a test's hook
    // returns). The first choice is the default; Cancel (or Escape) answers Cancel.
    struct Choice
    {
        QMessageBox::StandardButton code;
        QString label;
    };
    static QMessageBox::StandardButton choose(QWidget* parent, const QString& title, const QString& text,
                                              const QList<Choice>& choices);
    // Tests: replace the dialogs; an empty hook restores them.
    static void setHook(Hook hook);

private:
    static Hook& hook();
};

} // namespace wres::ui
