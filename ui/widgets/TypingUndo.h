#pragma once

#include <QObject>

namespace wres::ui {

// Ctrl+Z in a text box undoes the typing while there is typing to undo, and the plan's last step
// once there is none (after a save, say); Ctrl+Shift+Z and Ctrl+Y likewise redo. Installed on the
// application for one window: a text box of that window with nothing of its own to undo lets the
// window's Undo or Redo have the key, where Qt would give it to the box and do nothing.
class TypingUndo : public QObject
{
    Q_OBJECT
public:
    explicit TypingUndo(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
};

} // namespace wres::ui
