#include "Backups.h"

#include "Database.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace wres::core::Backups {
namespace {

const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss");

QString baseName(const QString& planPath)
{
    return QFileInfo(planPath).completeBaseName();
}

QRegularExpression namePattern(const QString& planPath)
{
    return QRegularExpression(
        QStringLiteral("^%1-(.+)-(\\d{8}-\\d{6})\\.wres$").arg(QRegularExpression::escape(baseName(planPath))));
}

} // namespace

QString folderFor(const QString& planPath)
{
    return QFileInfo(planPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString take(const Database& database, const QString& reason, const QDateTime& at)
{
    const QString folder = folderFor(database.path());
    if (!QDir().mkpath(folder))
        throw StoreError(StoreError::Kind::Failed,
                         QCoreApplication::translate("wres", "Cannot create the backups folder %1.")
                             .arg(QDir::toNativeSeparators(folder)));
    QString target = QDir(folder).filePath(
        QStringLiteral("%1-%2-%3.wres").arg(baseName(database.path()), reason, at.toUTC().toString(kStamp)));
    for (int n = 2; QFileInfo::exists(target); ++n) // two in one second: keep both
        target = QDir(folder).filePath(
            QStringLiteral("%1-%2-%3.wres")
                .arg(baseName(database.path()), reason, at.toUTC().addSecs(n - 1).toString(kStamp)));
    database.backupTo(target);
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
    for (const Backup& b : list(database.path()))
        if (b.reason == u"daily" && b.takenAt.toLocalTime().date() == today)
            return {};
    const QString taken = take(database, QStringLiteral("daily"), now);
    int kept = 0;
    for (const Backup& b : list(database.path()))
        if (b.reason == u"daily" && ++kept > std::max(keep, 1))
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
            if (!QFile::copy(planPath, copy))
                throw StoreError(StoreError::Kind::Failed,
                                 QCoreApplication::translate(
                                     "wres", "Cannot keep a copy of %1 before restoring; nothing was changed.")
                                     .arg(QDir::toNativeSeparators(planPath)));
        }
    }
    // Copy beside the file, then rename over it: the plan file is either the old one or the backup.
    const QString temporary = planPath + QStringLiteral(".restoring");
    QFile::remove(temporary);
    if (!QFile::copy(backupPath, temporary))
        throw StoreError(StoreError::Kind::Failed,
                         QCoreApplication::translate("wres", "Cannot copy %1 beside %2; nothing was changed.")
                             .arg(shownBackup, QDir::toNativeSeparators(planPath)));
    QFile(temporary).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup);
    // A write-ahead log left by the old file must not be applied to the restored one.
    QFile::remove(planPath + QStringLiteral("-wal"));
    QFile::remove(planPath + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(planPath).constData()) != 0) {
        QFile::remove(temporary);
        throw StoreError(StoreError::Kind::Failed,
                         QCoreApplication::translate("wres", "Cannot replace %1 with the backup; nothing was "
                                                             "changed.")
                             .arg(QDir::toNativeSeparators(planPath)));
    }
}

} // namespace wres::core::Backups
