#include "FileController.h"

#include "Settings.h"
#include "dialogs/BackupDialog.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/Prompts.h"
#include "document/PlanDocument.h"
#include "domain/Clock.h"
#include "plan/PlanSession.h"
#include "store/Backups.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "team/Keyring.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QTime>
#include <QTimer>
#include <QUrl>

namespace wres::ui {

FileController::FileController(QWidget* window, PlanDocument& document)
    : QObject(window), m_window(window), m_document(document)
{}

QString FileController::shown(const QString& location) const
{
    if (!core::Database::isServerLocation(location))
        return QDir::toNativeSeparators(location);
    QUrl url(location);
    url.setPassword({});
    return url.toString();
}

bool FileController::open(const QString& path, bool readOnly)
{
    if (m_mayLeave && !m_mayLeave())
        return false;
    std::unique_ptr<PlanSession> session;
    try {
        session = PlanSession::open(path, readOnly);
    } catch (const core::StoreError& e) {
        // The core's words suit the command line; a missing file is put in the window's.
        const QString why = e.kind() == core::StoreError::Kind::FileMissing && !core::Database::isServerLocation(path)
                                ? tr("There is no such file: it may have been moved, renamed or deleted. Choose File "
                                     "▸ Open to find it, or File ▸ New Plan to start one.")
                                : e.message();
        Prompts::warning(m_window, tr("Cannot open plan"), tr("%1 could not be opened.\n\n%2").arg(shown(path), why));
        return false;
    } catch (const std::exception& e) {
        Prompts::warning(m_window, tr("Cannot open plan"),
                         tr("%1 could not be opened.\n\n%2").arg(shown(path), QString::fromStdString(e.what())));
        return false;
    }
    m_document.setAuthor(Settings::instance().authorName());
    m_document.setSession(std::move(session));
    PlanSession* opened = m_document.session();
    rememberRecent(opened->path()); // a server location without its password
    if (opened->isTeam())
        opened->watchOthers([this] { othersChanged(); });
    if (!opened->isReadOnly()) {
        try {
            opened->takeDailyBackup(Settings::instance().backupsToKeep());
        } catch (const std::exception& e) {
            // The plan is open and sound; only today's copy is missing. Say so, do not stop.
            emit message(tr("Today's backup could not be made: %1").arg(QString::fromStdString(e.what())), 0);
        }
    }
    emit this->opened();
    return true;
}

bool FileController::connectToServer(const QString& location)
{
    // No password given: the keyring's, if it keeps one; else libpq looks in ~/.pgpass.
    QUrl url(location);
    if (url.password().isEmpty())
        if (const std::optional<QString> kept = Keyring::read(location)) {
            url.setPassword(*kept);
            return open(url.toString());
        }
    return open(location);
}

void FileController::othersChanged()
{
    if (!m_document.isOpen())
        return;
    if (m_busy && m_busy()) {
        // Never under the user's typing: look again once the edit is saved or dropped.
        emit message(tr("Someone else changed the plan; it will be shown when you have saved."), 4000);
        QTimer::singleShot(2000, this, &FileController::othersChanged);
        return;
    }
    try {
        m_document.reload();
    } catch (const std::exception& e) {
        emit message(tr("Could not show others' changes: %1").arg(QString::fromStdString(e.what())), 0);
        return;
    }
    emit message(
        tr("Shown: changes made by others (%1).").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
        6000);
}

bool FileController::openDropped(const QMimeData& data)
{
    for (const QUrl& url : data.urls())
        if (url.isLocalFile())
            return open(url.toLocalFile());
    return false;
}

QString FileController::currentFile() const
{
    return m_document.session() ? m_document.session()->path() : QString();
}

bool FileController::isReadOnly() const
{
    return m_document.session() && m_document.session()->isReadOnly();
}

QStringList FileController::recentFiles() const
{
    return Settings::instance().recentFiles();
}

void FileController::rememberRecent(const QString& path)
{
    QStringList recent = recentFiles();
    const QString absolute = core::Database::isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 8)
        recent.removeLast();
    Settings::instance().set(Settings::Key::RecentFiles, recent);
}

void FileController::fillRecentMenu(QMenu* menu)
{
    menu->clear();
    const QStringList recent = recentFiles();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        const bool server = core::Database::isServerLocation(path);
        menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(shown(path)), this,
                        [this, path, server] { server ? connectToServer(path) : open(path); });
    }
    if (recent.isEmpty())
        menu->addAction(tr("(none yet)"))->setEnabled(false);
}

void FileController::chooseOpen()
{
    const QString path =
        Prompts::openFileName(m_window, tr("Open plan"), tr("WRES Tracker plans (*.wres);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void FileController::chooseOpenReadOnly()
{
    const QString path =
        Prompts::openFileName(m_window, tr("Open plan read-only"), tr("WRES Tracker plans (*.wres);;All files (*)"));
    if (!path.isEmpty())
        open(path, true);
}

void FileController::chooseConnect()
{
    ConnectDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted || !connectToServer(dialog.locationWithPassword()))
        return;
    QString error;
    if (dialog.rememberPassword() && !Keyring::write(dialog.location(), dialog.password(), &error))
        emit message(tr("Connected, but the password could not be kept in the system keyring: %1").arg(error), 10000);
}

void FileController::chooseNewPlan()
{
    const QString path =
        Prompts::saveFileName(m_window, tr("New plan"), tr("wres-plan.wres"), tr("WRES Tracker plans (*.wres)"));
    if (path.isEmpty())
        return;
    const auto organisation = Prompts::text(m_window, tr("New plan"), tr("Organisation (the Trust):"));
    if (!organisation)
        return;
    const QDate today = core::Clock::today();
    const auto title = Prompts::text(
        m_window, tr("New plan"), tr("Title:"),
        tr("WRES Action Plan %1/%2").arg(today.year()).arg((today.year() + 1) % 100, 2, 10, QLatin1Char('0')));
    if (!title)
        return;
    if (const auto period = Prompts::text(m_window, tr("New plan"), tr("Period (e.g. 2024/25):")))
        newPlan(path, *organisation, *title, *period);
}

bool FileController::newPlan(const QString& path, const QString& organisation, const QString& title,
                             const QString& period)
{
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
        Prompts::warning(
            m_window, tr("Plan not created"),
            tr("%1 already exists; choose a new name for the new plan.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    try {
        PlanSession::create(path, organisation.trimmed(), title.trimmed(), period.trimmed());
    } catch (const std::exception& e) {
        Prompts::warning(m_window, tr("Plan not created"), QString::fromStdString(e.what()));
        return false;
    }
    return open(path);
}

void FileController::chooseBackup()
{
    if (!m_document.session())
        return;
    BackupDialog dialog(m_document.session()->backups(), m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenPath().isEmpty())
        restoreBackup(dialog.chosenPath());
}

bool FileController::restoreBackup(const QString& backupPath)
{
    if (!m_document.session() || m_document.session()->isReadOnly())
        return false;
    const QString path = m_document.session()->path();
    const QFileInfo backup(backupPath);
    if (Prompts::question(m_window, tr("Restore from backup"),
                          tr("Replace %1 with the backup %2?\n\nEvery change made since that backup will be gone "
                             "from the plan. The plan as it is now is kept as a backup first.")
                              .arg(QDir::toNativeSeparators(path), backup.fileName()),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    if (m_mayLeave && !m_mayLeave())
        return false;
    // The file must be closed to be replaced; whatever happens, it is opened again.
    m_document.setSession(nullptr);
    QString problem;
    try {
        core::Backups::restore(backupPath, path);
    } catch (const std::exception& e) {
        problem = QString::fromStdString(e.what());
    }
    const std::function<bool()> mayLeave = std::exchange(m_mayLeave, {});
    const bool reopened = open(path);
    m_mayLeave = mayLeave;
    if (!problem.isEmpty()) {
        Prompts::warning(m_window, tr("Not restored"), tr("The backup was not restored: %1").arg(problem));
        return false;
    }
    if (reopened)
        emit message(
            tr("Restored %1 from the backup of %2.")
                .arg(QFileInfo(path).fileName(), QLocale().toString(backup.lastModified(), QLocale::ShortFormat)),
            8000);
    return reopened;
}

} // namespace wres::ui
