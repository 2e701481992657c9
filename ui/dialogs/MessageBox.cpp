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

} // namespace wres::ui
