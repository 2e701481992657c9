#pragma once

#include <QDialog>

class QMenuBar;
class QTextBrowser;

namespace wres::ui {

// Help ▸ User Guide (the bundled guide) and Help ▸ Keyboard Shortcuts (read from the menus
// themselves, so the list is never out of date).
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    static HelpDialog* userGuide(QWidget* parent);
    static HelpDialog* shortcuts(const QMenuBar& menus, QWidget* parent);
    // "Ctrl+O  File ▸ Open…" for every menu action with a shortcut, as an HTML table.
    static QString shortcutTable(const QMenuBar& menus);
    QTextBrowser* browser() const { return m_browser; }

private:
    HelpDialog(const QString& title, QWidget* parent);
    QTextBrowser* m_browser;
};

} // namespace wres::ui
