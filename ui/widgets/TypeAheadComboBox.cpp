#include "TypeAheadComboBox.h"

#include <QApplication>
#include <QKeyEvent>

namespace wres::ui {

void TypeAheadComboBox::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    const bool printable = !text.isEmpty() && text.at(0).isPrint() &&
                           !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    const bool typing = m_since.isValid() && m_since.elapsed() < QApplication::keyboardInputInterval();
    if (!printable || (text == u" " && !typing)) {
        m_typed.clear();
        QComboBox::keyPressEvent(event);
        return;
    }
    m_typed = (typing ? m_typed : QString()) + text;
    m_since.start();
    // The first name that starts with what was typed, in any case.
    const int found = findText(m_typed, Qt::MatchStartsWith);
    if (found >= 0)
        setCurrentIndex(found);
    event->accept();
}

} // namespace wres::ui
