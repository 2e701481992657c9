#pragma once

#include <QObject>
#include <QVariant>

#include <memory>

class QSettings;

namespace wres::ui {

// Every setting of the window in one place (KeePassXC's Config shape): the keys as an enum, their
// stored names and defaults in one table, typed reads for the ones code asks for often, and a
// changed(key) signal. Tests get a temporary file of their own (useTemporaryFile).
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Key
    {
        AuthorName,    // the name changes are recorded under; empty: the computer's user name
        BackupsToKeep, // daily backups kept beside a plan file
        RecentFiles,   // plan files and server locations (never with a password), newest first
        MyActionsLead, // the lead My actions shows
        OneLineRows,   // the action table shows one line per action instead of the whole text
        WindowGeometry,
        WindowState,
        MainSplitter,   // navigator | table and editor
        EditorSplitter, // table | editor
        ActionColumns,  // the table's column widths, order and hidden columns
        CurrentTab,
        Count
    };
    Q_ENUM(Key)

    static Settings& instance();
    // Tests: from now on settings live in a temporary file, empty; useUserFile() goes back.
    static void useTemporaryFile();
    static void useUserFile();

    QVariant get(Key key) const;
    void set(Key key, const QVariant& value);
    static QVariant defaultOf(Key key);
    // Every setting back to its default.
    void reset();

    // Typed reads.
    QString authorName() const; // the setting, or the computer's user name
    int backupsToKeep() const;
    QStringList recentFiles() const;
    bool oneLineRows() const;

signals:
    void changed(wres::ui::Settings::Key key);

private:
    Settings();
    ~Settings() override;
    QSettings& store() const;

    mutable std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_temporary; // set by useTemporaryFile
};

} // namespace wres::ui
