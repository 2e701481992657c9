#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace wres::ui {
class MainWindow;
}

namespace wres::test {

// Shows the main window on each of its tabs, then each dialog the window opens (its own, the
// board pack's, the input dialogs and message boxes it asks through), and calls check on each
// while it is on screen. The window must hold the demo plan; message boxes are shown for real,
// so the caller's MessageBox hook is put back afterwards with restoreHook.
void forEachWindow(ui::MainWindow& window, const QString& scratchFolder,
                   const std::function<void(QWidget& shown, const QString& what)>& check,
                   const std::function<void()>& restoreHook);

} // namespace wres::test
