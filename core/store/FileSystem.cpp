#include "FileSystem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace wres::core::FileSystem {

bool isNetworkType(unsigned long magic)
{
    switch (magic) {
    case 0x6969UL:     // NFS
    case 0x517BUL:     // SMB
    case 0xFF534D42UL: // CIFS
    case 0xFE534D42UL: // SMB2
    case 0x5346414FUL: // AFS
    case 0x73757245UL: // CODA
    case 0x564CUL:     // NCP
    case 0x47504653UL: // GPFS
    case 0x0BD00BD0UL: // Lustre
    case 0x65735546UL: // FUSE (sshfs and other remote mounts; local FUSE file systems are rare for documents)
    case 0x01021997UL: // 9P (shared folders of virtual machines)
    case 0x7461636FUL: // OCFS2
    case 0x1161970UL:  // GFS2
    case 0x00C36400UL: // Ceph
        return true;
    default:
        return false;
    }
}

bool isNetwork(const QString& path)
{
    if (qEnvironmentVariable("WRES_ASSUME_NETWORK_FS") == u"1")
        return true;
    const QString folder = QFileInfo(path).absolutePath();
#if defined(Q_OS_LINUX)
    struct statfs info
    {};
    if (statfs(QFile::encodeName(folder).constData(), &info) != 0)
        return false;
    return isNetworkType(static_cast<unsigned long>(info.f_type));
#elif defined(Q_OS_WIN)
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (native.startsWith(QStringLiteral("\\\\")))
        return true;                     // \\server\share
    const QString root = native.left(3); // "C:\"
    return GetDriveTypeW(reinterpret_cast<const wchar_t*>(root.utf16())) == DRIVE_REMOTE;
#else
    Q_UNUSED(folder);
    return false;
#endif
}

bool isWritable(const QString& path)
{
    const QFileInfo info(path);
    const QString target = info.exists() ? info.absoluteFilePath() : info.absolutePath();
#if defined(Q_OS_WIN)
    return QFileInfo(target).isWritable();
#else
    // access() asks the kernel, which knows about read-only mounts as well as permissions.
    return access(QFile::encodeName(target).constData(), W_OK) == 0;
#endif
}

QString foreignCompanion(const QString& planPath)
{
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const QFileInfo companion(planPath + QLatin1String(suffix));
        if (!companion.exists() || isWritable(companion.absoluteFilePath()))
            continue;
        QString owner = companion.owner();
        if (owner.isEmpty())
            owner = QCoreApplication::translate("wres", "user %1").arg(companion.ownerId());
        return QCoreApplication::translate(
                   "wres", "%1 is open read-only: its companion file %2 belongs to %3, and you may not write it "
                           "(it was left by %3 viewing the plan). The plan file itself is sound and writable. When no "
                           "one has the plan open, %3 or an administrator can delete %2; then open the plan again.")
            .arg(QDir::toNativeSeparators(planPath), QDir::toNativeSeparators(companion.absoluteFilePath()), owner);
    }
    return {};
}

} // namespace wres::core::FileSystem
