// The rules of SafeWrite: which paths must never be written (see SafeWrite.h).
#include "OpenPlans.h"
#include "SafeWrite.h"
#include "store/Backups.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

namespace wres::core::SafeWrite {
namespace {

// What a path is on the disk, whatever name or link reaches it: device and inode where the system
// has them; elsewhere (Windows) the canonical path, compared without case. "" when nothing is there.
QString identity(const QString& path)
{
#if defined(Q_OS_UNIX)
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return QStringLiteral("%1:%2").arg(quint64(info.st_dev)).arg(quint64(info.st_ino));
#else
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QString() : canonical.toCaseFolded();
#endif
}

bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

struct Companion
{
    const char* suffix;
    const char* what;
};

// The plan file and the files SQLite keeps beside it while it is open.
const Companion kCompanions[] = {
    {"", QT_TRANSLATE_NOOP("wres", "it is the open plan file %1")},
    {"-wal", QT_TRANSLATE_NOOP("wres", "it is the write-ahead log of the open plan %1")},
    {"-shm", QT_TRANSLATE_NOOP("wres", "it is the shared-memory file of the open plan %1")},
    {"-journal", QT_TRANSLATE_NOOP("wres", "it is the rollback journal of the open plan %1")},
};

// Why the target must not be written because of one plan, or "".
QString againstPlan(const QString& plan, const QFileInfo& target, const QString& targetId, const QString& folderId,
                    const Options& options)
{
    const QFileInfo planInfo(plan);
    const QString shownPlan = QDir::toNativeSeparators(planInfo.absoluteFilePath());
    const bool sameFolder = folderId == identity(planInfo.absolutePath());
    for (const Companion& c : kCompanions) {
        const QString companion = planInfo.absoluteFilePath() + QLatin1String(c.suffix);
        // By identity for what exists; by name in the plan's folder for a companion not made yet,
        // which SQLite would take for its own the next time it opens the plan.
        if ((!targetId.isEmpty() && targetId == identity(companion)) ||
            (sameFolder &&
             target.fileName().compare(planInfo.fileName() + QLatin1String(c.suffix), Qt::CaseInsensitive) == 0))
            return QCoreApplication::translate("wres", c.what).arg(shownPlan);
    }
    const QString backups = Backups::folderFor(plan);
    const QString backupsId = identity(backups);
    if (backupsId.isEmpty())
        return {};
    if (folderId == backupsId && (!options.intoBackups || !targetId.isEmpty()))
        return QCoreApplication::translate("wres", "it is in the backups folder of the open plan %1, which holds "
                                                   "WRES Tracker's own copies only")
            .arg(shownPlan);
    if (!targetId.isEmpty()) {
        const QFileInfoList copies =
            QDir(backups).entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QFileInfo& copy : copies)
            if (identity(copy.absoluteFilePath()) == targetId)
                return QCoreApplication::translate("wres", "it is the backup %1 of the open plan %2")
                    .arg(QDir::toNativeSeparators(copy.absoluteFilePath()), shownPlan);
    }
    return {};
}

} // namespace

QString reason(const QString& path, const Options& options)
{
    const QFileInfo target(QFileInfo(path).absoluteFilePath());
    if (target.isSymbolicLink())
        return QCoreApplication::translate("wres", "it is a symbolic link, and WRES Tracker never writes through one "
                                                   "(choose the file it points to, or another name)");
    const QString folderId = identity(target.absolutePath());
    if (folderId.isEmpty())
        return QCoreApplication::translate("wres", "the folder %1 does not exist")
            .arg(QDir::toNativeSeparators(target.absolutePath()));
    const QString targetId = identity(target.absoluteFilePath());
    if (!targetId.isEmpty() && target.isDir())
        return QCoreApplication::translate("wres", "it is a folder");
    QStringList plans = OpenPlans::paths();
    plans << options.protectedPaths;
    for (const QString& plan : std::as_const(plans))
        if (const QString reason = againstPlan(plan, target, targetId, folderId, options); !reason.isEmpty())
            return reason;
    if (targetId.isEmpty())
        return {};
    if (!options.replaceDatabase && looksLikeSqlite(target.absoluteFilePath()))
        return QCoreApplication::translate("wres", "it is an SQLite database (perhaps a plan file), which an "
                                                   "export never replaces");
    if (options.mayReplace)
        return options.mayReplace(target.absoluteFilePath());
    return {};
}

QString refusal(const QString& path, const Options& options)
{
    const QString why = reason(path, options);
    if (why.isEmpty())
        return {};
    return QCoreApplication::translate("wres", "%1 was not written: %2. Nothing was changed; choose another name.")
        .arg(QDir::toNativeSeparators(path), why);
}

void check(const QString& path, const Options& options)
{
    // Not a refusal but a path that cannot be written: the same words as any other write failure.
    if (const QFileInfo target(QFileInfo(path).absoluteFilePath()); !QFileInfo(target.absolutePath()).isDir())
        throw StoreError(StoreError::Kind::Failed,
                         QCoreApplication::translate("wres", "Cannot write %1: the folder %2 does not exist. Nothing "
                                                             "was changed.")
                             .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target.absolutePath())));
    if (const QString why = refusal(path, options); !why.isEmpty())
        throw StoreError(StoreError::Kind::Refused, why);
}

} // namespace wres::core::SafeWrite
