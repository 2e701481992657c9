#pragma once

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
    // Tests: replace the dialogs; an empty hook restores them.
    static void setHook(Hook hook);

private:
    static Hook& hook();
};

} // namespace wres::ui
