#include "HelpDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace wres::ui {
namespace {

void collect(const QMenu& menu, const QString& path, QString& rows)
{
    for (const QAction* action : menu.actions()) {
        const QString name = action->text().remove(QLatin1Char('&'));
        if (action->menu()) {
            collect(*action->menu(), path + name + QStringLiteral(" ▸ "), rows);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText).toHtmlEscaped();
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.join(QStringLiteral(", ")), QString(path + name).toHtmlEscaped());
    }
}

} // namespace

HelpDialog::HelpDialog(const QString& title, QWidget* parent) : QDialog(parent), m_browser(new QTextBrowser)
{
    m_browser->setAccessibleName(title);
    setWindowTitle(title);
    m_browser->setOpenExternalLinks(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(760, 720);
}

HelpDialog* HelpDialog::userGuide(QWidget* parent)
{
    auto* dialog = new HelpDialog(tr("WRES Tracker user guide"), parent);
    dialog->setObjectName(QStringLiteral("userGuide"));
    dialog->m_browser->setSource(QUrl(QStringLiteral("qrc:/help/guide.html")));
    return dialog;
}

QString HelpDialog::shortcutTable(const QMenuBar& menus)
{
    QString rows;
    for (const QAction* action : menus.actions())
        if (action->menu())
            collect(*action->menu(), action->text().remove(QLatin1Char('&')) + QStringLiteral(" ▸ "), rows);
    return QStringLiteral("<h2>%1</h2><table cellpadding=\"4\">%2</table><p>%3</p>")
        .arg(tr("Keyboard shortcuts"), rows,
             tr("Everywhere else: Tab and Shift+Tab move between controls, the underlined letter with Alt "
                "opens a menu or presses a button, Escape clears the filters or closes a dialog."));
}

HelpDialog* HelpDialog::shortcuts(const QMenuBar& menus, QWidget* parent)
{
    auto* dialog = new HelpDialog(tr("Keyboard shortcuts"), parent);
    dialog->setObjectName(QStringLiteral("shortcutsHelp"));
    dialog->m_browser->setHtml(shortcutTable(menus));
    return dialog;
}

} // namespace wres::ui
