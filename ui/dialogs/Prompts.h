#pragma once

#include "MessageBox.h"

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace wres::ui {

// Everything the window asks the user in a standard dialog: messages and questions (through
// MessageBox), file names, a line or a paragraph of text, a choice from a list, a number. Tests
// answer them before they are asked, as KeePassXC's setNextFileName and setNextAnswer do; an
// answer given is used once, in order.
class Prompts
{
public:
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    // Empty when cancelled.
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QStringList openFileNames(QWidget* parent, const QString& caption, const QString& filter);
    // suggested: a name, or a path whose folder the dialog starts in.
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter, bool confirmOverwrite = true);
    // Nothing when cancelled.
    static std::optional<QString> text(QWidget* parent, const QString& title, const QString& label,
                                       const QString& value = {}, bool multiLine = false);
    static std::optional<QString> item(QWidget* parent, const QString& title, const QString& label,
                                       const QStringList& items, int current = 0);
    static std::optional<double> number(QWidget* parent, const QString& title, const QString& label, double value,
                                        double minimum, double maximum, int decimals);

    // Tests: the answers to the next prompts of each kind.
    static void setNextAnswer(QMessageBox::StandardButton button);
    static void setNextFileName(const QString& path); // "" answers Cancel
    static void setNextFileNames(const QStringList& paths);
    static void setNextText(const std::optional<QString>& text); // for text, item and number; nothing = Cancel
    // Forgets answers not used (a test's end).
    static void clear();
    // The label or caption of every prompt answered from the queue, in order (for tests to read).
    static QStringList& asked();
};

} // namespace wres::ui
