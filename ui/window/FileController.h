#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QMenu;
class QMimeData;
class QWidget;

namespace wres::ui {

class PlanDocument;

// File ▸ New Plan, Open, Open Read-Only, Connect to Server, Open Recent, Restore from Backup, and a
// .wres file dropped on the window: which plan the document holds. Before another plan replaces
// the open one, mayLeave() is asked (the editor's Save / Discard / Cancel). Recent files keep
// server locations without their passwords. A team plan shows others' changes as they are made,
// never under an edit in progress.
class FileController : public QObject
{
    Q_OBJECT
public:
    FileController(QWidget* window, PlanDocument& document);

    // Asked before the open plan is replaced; false keeps it.
    void setLeaveCheck(std::function<bool()> mayLeave) { m_mayLeave = std::move(mayLeave); }
    // Whether an edit is in progress (others' changes wait for it).
    void setBusyCheck(std::function<bool()> busy) { m_busy = std::move(busy); }

    // Opens a plan file (or a server location); on failure tells the user (naming the file and the
    // reason, in the window's words), keeps what was open, and returns false.
    bool open(const QString& path, bool readOnly = false);
    // A team plan on a PostgreSQL server (the password from the keyring when it keeps one).
    bool connectToServer(const QString& location);
    bool openDropped(const QMimeData& data);
    // Creates a new, empty plan file and opens it; false (with a message) when it cannot be made.
    bool newPlan(const QString& path, const QString& organisation, const QString& title, const QString& period);
    // Replaces the open file with one of its backups after asking; the file as it was is kept as a
    // backup first. False (with a message) when nothing was restored.
    bool restoreBackup(const QString& backupPath);
    QString currentFile() const;
    bool isReadOnly() const;
    QStringList recentFiles() const;
    void fillRecentMenu(QMenu* menu);

    // The same, asking first (file dialogs through Prompts).
    void chooseOpen();
    void chooseOpenReadOnly();
    void chooseConnect();
    void chooseNewPlan();
    void chooseBackup();

signals:
    void opened();
    void message(const QString& text, int timeout);

private:
    void rememberRecent(const QString& path);
    void othersChanged();
    QString shown(const QString& location) const;

    QWidget* m_window;
    PlanDocument& m_document;
    std::function<bool()> m_mayLeave;
    std::function<bool()> m_busy;
};

} // namespace wres::ui
