#include "TypingUndo.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>

namespace wres::ui {

TypingUndo::TypingUndo(QWidget* window) : QObject(window), m_window(window)
{
    qApp->installEventFilter(this);
}

bool TypingUndo::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo =
        !undo && (key->matches(QKeySequence::Redo) || key->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Y) ||
                  key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z));
    if (!undo && !redo)
        return false;
    bool own = false;
    if (const auto* line = qobject_cast<QLineEdit*>(widget))
        own = !line->isReadOnly() && (undo ? line->isUndoAvailable() : line->isRedoAvailable());
    else if (const auto* text = qobject_cast<QPlainTextEdit*>(widget))
        own = !text->isReadOnly() && (undo ? text->document()->isUndoAvailable() : text->document()->isRedoAvailable());
    else
        return false;
    if (own)
        return false; // the box undoes its own typing
    event->ignore();  // nothing typed to undo here: the window's Undo or Redo takes the key
    return true;
}

} // namespace wres::ui
