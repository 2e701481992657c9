#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace wres::core::SafeWrite {

// The one routine through which the program writes a file (exports, board packs, calendars, audit
// files, request workbooks, backups). Its rules (docs/decisions.md, "Safe writing"):
// - never the open plan (core::OpenPlans), its -wal, -shm or -journal file, or anything in its
//   backups folder: compared by device and inode, so a hard link, a symbolic link or a path through
//   a linked folder is refused as surely as the plan's own name;
// - never through a symbolic link at the final name (refused, not followed);
// - never over an existing SQLite database, a folder, or a file the caller's mayReplace refuses;
// - written to a temporary file in the same folder, flushed to disk (fsync) and renamed into place,
//   so the target is either as it was or whole. A replaced file keeps its permissions.
struct Options
{
    // Backups alone: a new file in an open plan's backups folder (an existing backup stays refused).
    bool intoBackups = false;
    // Restoring a backup: the target may be an SQLite database that is not open.
    bool replaceDatabase = false;
    // Beyond the open plans: files whose plan rules apply too.
    QStringList protectedPaths;
    // Asked about an existing target: why it must not be replaced, or "" to allow it.
    std::function<QString(const QString& existing)> mayReplace;
};

// Why path must not be written, as a clause ("it is the open plan file …"), or "" when it may.
QString reason(const QString& path, const Options& options = {});
// The same as a sentence naming the path, or "".
QString refusal(const QString& path, const Options& options = {});
// Throws StoreError Refused with refusal(path) when path must not be written.
void check(const QString& path, const Options& options = {});

// Writes bytes to path under the rules. Throws StoreError: Refused (nothing touched), Failed (the
// system's reason; path left as it was, no temporary file left behind).
void write(const QString& path, const QByteArray& bytes, const Options& options = {});
// The same with the content written by writer into the temporary file (a QIODevice open for
// writing). When writer returns false the work is abandoned: path is left as it was and write
// returns false.
bool write(const QString& path, const std::function<bool(QIODevice&)>& writer, const Options& options = {});
// Moves a finished file (made by another writer, e.g. SQLite's VACUUM INTO, in the target's folder)
// into place under the same rules, flushing it to disk first. On refusal or failure the finished
// file is removed and StoreError thrown.
void place(const QString& finished, const QString& path, const Options& options = {});

// A name for a temporary file in folder that no one else has (".wres-<random>.<suffix>").
QString temporaryName(const QString& folder, const QString& suffix);

} // namespace wres::core::SafeWrite
