#include "MessageBox.h"

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

} // namespace wres::ui
