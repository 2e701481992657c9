#include "MessageBox.h"

#include <QPushButton>

namespace wres::ui {

MessageBox::Hook& MessageBox::hook()
{
    static Hook instance;
    return instance;
}

void MessageBox::setHook(Hook h)
{
    hook() = std::move(h);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    if (hook()) {
        hook()(QMessageBox::Warning, title, text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    if (hook()) {
        hook()(QMessageBox::Information, title, text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    if (hook())
        return hook()(QMessageBox::Question, title, text);
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::choose(QWidget* parent, const QString& title, const QString& text,
                                               const QList<Choice>& choices)
{
    if (hook())
        return hook()(QMessageBox::Question, title, text);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QPair<QAbstractButton*, QMessageBox::StandardButton>> buttons;
    for (const Choice& choice : choices) {
        QAbstractButton* button = box.addButton(
            choice.label, choice.code == QMessageBox::Cancel ? QMessageBox::RejectRole : QMessageBox::AcceptRole);
        if (buttons.isEmpty())
            box.setDefaultButton(qobject_cast<QPushButton*>(button));
        if (choice.code == QMessageBox::Cancel)
            box.setEscapeButton(button);
        buttons.append({button, choice.code});
    }
    box.exec();
    for (const auto& [button, code] : buttons)
        if (box.clickedButton() == button)
            return code;
    return QMessageBox::Cancel;
}

} // namespace wres::ui
