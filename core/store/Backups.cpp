#include "Backups.h"

#include "Database.h"
#include "StoreError.h"
#include "io/SafeWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace wres::core::Backups {
namespace {

const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss");
const QString kPartial = QStringLiteral("partial");

QString baseName(const QString& planPath)
{
    return QFileInfo(planPath).completeBaseName();
}

QRegularExpression namePattern(const QString& planPath)
{
    return QRegularExpression(
        QStringLiteral("^%1-(.+)-(\\d{8}-\\d{6})\\.wres$").arg(QRegularExpression::escape(baseName(planPath))));
}

// PRAGMA quick_check of a finished copy, read as immutable: nothing else has it, and no companion
// file is made beside it.
QString checkCopy(const QString& path)
{
    const QString name = QStringLiteral("wres-backup-check-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open()) {
            result = QStringLiteral("cannot be opened");
        } else {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
                result = check.lastError().text();
            else if (check.value(0).toString() != u"ok")
                result = check.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Partial copies left by a program killed while copying: not backups, and removed once surely
// abandoned (an hour old; another program may be making one right now).
void removeAbandoned(const QString& folder)
{
    const QFileInfoList partials = QDir(folder).entryInfoList(
        {QStringLiteral(".wres-*.") + kPartial + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    for (const QFileInfo& file : partials)
        if (file.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
            QFile::remove(file.absoluteFilePath());
}

} // namespace

QString folderFor(const QString& planPath)
{
    return QFileInfo(planPath).absoluteDir().filePath(QStringLiteral("backups"));
}

bool looksSound(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return false;
    const auto number = [&header](int at, int bytes) {
        quint64 n = 0;
        for (int i = 0; i < bytes; ++i)
            n = (n << 8) | uchar(header[at + i]);
        return n;
    };
    const quint64 pageSize = number(16, 2) == 1 ? 65536 : number(16, 2);
    const quint64 pages = number(28, 4);
    // The page count in the header is valid when written by the same change (bytes 24 and 92).
    const bool countValid = number(24, 4) == number(92, 4) && pages > 0;
    const quint64 size = quint64(file.size());
    return pageSize >= 512 && size >= pageSize && size % pageSize == 0 && (!countValid || size == pages * pageSize);
}

QString take(const Database& database, const QString& reason, const QDateTime& at)
{
    const QString folder = folderFor(database.path());
    if (!QDir().mkpath(folder))
        throw StoreError(StoreError::Kind::Failed,
                         QCoreApplication::translate("wres", "Cannot create the backups folder %1.")
                             .arg(QDir::toNativeSeparators(folder)));
    removeAbandoned(folder);
    QString target = QDir(folder).filePath(
        QStringLiteral("%1-%2-%3.wres").arg(baseName(database.path()), reason, at.toUTC().toString(kStamp)));
    for (int n = 2; QFileInfo::exists(target); ++n) // two in one second: keep both
        target = QDir(folder).filePath(
            QStringLiteral("%1-%2-%3.wres")
                .arg(baseName(database.path()), reason, at.toUTC().addSecs(n - 1).toString(kStamp)));
    // Copied under a temporary name, checked, then renamed: a kill or a full disk leaves no file
    // that passes for a backup, and the partial copy is removed at once (or, after a kill, later).
    const QString partial = SafeWrite::temporaryName(folder, kPartial);
    try {
        database.backupTo(partial);
        if (const QString problem = checkCopy(partial); !problem.isEmpty())
            throw StoreError(StoreError::Kind::Corrupt,
                             QCoreApplication::translate("wres", "The copy of %1 failed its check (%2); no backup "
                                                                 "was kept.")
                                 .arg(QDir::toNativeSeparators(database.path()), problem));
        SafeWrite::Options options;
        options.intoBackups = true;
        SafeWrite::place(partial, target, options);
    } catch (...) {
        for (const char* suffix : {"", "-journal", "-wal", "-shm"}) // SQLite's own, for the copy
            QFile::remove(partial + QLatin1String(suffix));
        throw;
    }
    return target;
}

QList<Backup> list(const QString& planPath)
{
    const QRegularExpression pattern = namePattern(planPath);
    QList<Backup> backups;
    const QFileInfoList files = QDir(folderFor(planPath)).entryInfoList({QStringLiteral("*.wres")}, QDir::Files);
    for (const QFileInfo& file : files) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(match.captured(2), kStamp);
        at.setTimeSpec(Qt::UTC);
        if (!at.isValid())
            continue;
        backups << Backup{file.absoluteFilePath(), match.captured(1), at, file.size()};
    }
    std::sort(backups.begin(), backups.end(), [](const Backup& a, const Backup& b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return backups;
}

QString takeDailyIfDue(const Database& database, int keep, const QDateTime& now)
{
    if (database.isReadOnly() || database.isServer())
        return {}; // a server database is backed up by the server
    const QDate today = now.toLocalTime().date();
    // A broken file from today (cut short by an older version, or damaged since) is not today's backup.
    for (const Backup& b : list(database.path()))
        if (b.reason == u"daily" && b.takenAt.toLocalTime().date() == today && looksSound(b.path))
            return {};
    const QString taken = take(database, QStringLiteral("daily"), now);
    // The newest `keep` sound daily copies stay; broken ones go once a sound one is there.
    int kept = 0;
    for (const Backup& b : list(database.path()))
        if (b.reason == u"daily" && (!looksSound(b.path) || ++kept > std::max(keep, 1)))
            QFile::remove(b.path);
    return taken;
}

void restore(const QString& backupPath, const QString& planPath)
{
    const QString shownBackup = QDir::toNativeSeparators(backupPath);
    {
        // The backup must be a sound plan file this program can read, before anything is touched.
        auto backup = Database::open(backupPath, Database::Mode::ReadOnly, Database::Check::Full);
        if (const QStringList problems = backup->integrityProblems(); !problems.isEmpty())
            throw StoreError(StoreError::Kind::Corrupt,
                             QCoreApplication::translate("wres", "%1 is damaged (%2); it was not restored.")
                                 .arg(shownBackup, problems.join(QStringLiteral("; "))));
    }
    const auto copyOf = [](const QString& source) {
        return [source](QIODevice& out) {
            QFile in(source);
            if (!in.open(QIODevice::ReadOnly))
                return false;
            while (!in.atEnd()) {
                const QByteArray chunk = in.read(1 << 20);
                if (chunk.isEmpty() || out.write(chunk) != chunk.size())
                    return false;
            }
            return true;
        };
    };
    if (QFileInfo::exists(planPath)) {
        try {
            auto current = Database::open(planPath, Database::Mode::OpenExisting, Database::Check::Light);
            take(*current, QStringLiteral("before-restore"));
        } catch (const StoreError&) {
            // A damaged file cannot be copied through SQLite: keep its bytes as they are.
            const QString folder = folderFor(planPath);
            QDir().mkpath(folder);
            const QString copy =
                QDir(folder).filePath(QStringLiteral("%1-before-restore-%2.wres")
                                          .arg(baseName(planPath), QDateTime::currentDateTimeUtc().toString(kStamp)));
            SafeWrite::Options options;
            options.intoBackups = true;
            bool kept = false;
            try {
                kept = SafeWrite::write(copy, copyOf(planPath), options);
            } catch (const StoreError&) {
            }
            if (!kept)
                throw StoreError(StoreError::Kind::Failed,
                                 QCoreApplication::translate(
                                     "wres", "Cannot keep a copy of %1 before restoring; nothing was changed.")
                                     .arg(QDir::toNativeSeparators(planPath)));
        }
    }
    // Copy beside the file, then rename over it: the plan file is either the old one or the backup.
    const QString temporary = SafeWrite::temporaryName(QFileInfo(planPath).absolutePath(), QStringLiteral("restoring"));
    bool copied = false;
    try {
        copied = SafeWrite::write(temporary, copyOf(backupPath));
    } catch (const StoreError&) {
    }
    if (!copied)
        throw StoreError(StoreError::Kind::Failed,
                         QCoreApplication::translate("wres", "Cannot copy %1 beside %2; nothing was changed.")
                             .arg(shownBackup, QDir::toNativeSeparators(planPath)));
    // A write-ahead log left by the old file must not be applied to the restored one.
    QFile::remove(planPath + QStringLiteral("-wal"));
    QFile::remove(planPath + QStringLiteral("-shm"));
    SafeWrite::Options options;
    options.replaceDatabase = true; // the plan file, closed: the one database a restore replaces
    try {
        SafeWrite::place(temporary, planPath, options);
    } catch (const StoreError& e) {
        throw StoreError(e.kind(), QCoreApplication::translate("wres", "Cannot replace %1 with the backup (%2); "
                                                                       "nothing was changed.")
                                       .arg(QDir::toNativeSeparators(planPath), e.message()));
    }
}

} // namespace wres::core::Backups
