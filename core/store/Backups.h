#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace wres::core {

class Database;

// Copies of a plan file in a "backups" folder beside it, named <file>-<reason>-<yyyyMMdd-HHmmss>.wres:
// "daily" (the first open of each day), "before-format-N" (before an upgrade) and "before-restore"
// (the file as it was before a backup replaced it). Each is a consistent copy (VACUUM INTO) made
// under a temporary name, checked (PRAGMA quick_check) and only then renamed into place.
namespace Backups {

struct Backup
{
    QString path;
    QString reason;    // "daily", "before-format-5", "before-restore"
    QDateTime takenAt; // UTC, from the name
    qint64 size = 0;
};

constexpr int kDefaultKeep = 14;

QString folderFor(const QString& planPath);
// A copy of the open file for a reason, returned as its path.
QString take(const Database& database, const QString& reason, const QDateTime& at = QDateTime::currentDateTimeUtc());
// Takes the day's backup if there is no sound one from today yet (local date), then keeps only the
// newest `keep` sound daily backups (broken ones are removed). Returns the new backup's path, or "" when one from today
// was there already. Does nothing for a file opened read-only.
QString takeDailyIfDue(const Database& database, int keep, const QDateTime& now = QDateTime::currentDateTimeUtc());
// Whether a file looks like a whole SQLite database (its header, and a size that matches it): a
// cheap test that a copy was not cut short, for the daily backup's "is there one from today".
bool looksSound(const QString& path);
// The file's backups, newest first.
QList<Backup> list(const QString& planPath);
// Replaces the plan file (which must not be open) with a backup, after checking that the backup is a
// sound plan file and keeping the file as it was as a "before-restore" backup. Throws StoreError
// and leaves the file untouched when anything is wrong.
void restore(const QString& backupPath, const QString& planPath);

} // namespace Backups
} // namespace wres::core
