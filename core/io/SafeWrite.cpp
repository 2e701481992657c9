#include "SafeWrite.h"

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QSaveFile>
#endif

namespace wres::core::SafeWrite {
namespace {

StoreError failure(const QString& path, const QString& reason)
{
    return StoreError(StoreError::Kind::Failed,
                      QCoreApplication::translate("wres", "Cannot write %1: %2. Nothing was changed.")
                          .arg(QDir::toNativeSeparators(path), reason));
}

#if defined(Q_OS_UNIX)

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// A rename is durable once the folder that names the file is on the disk too.
void syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// rename(2) replaces whatever is at the final name, a symbolic link included, without following it.
void moveIntoPlace(const QString& temporary, const QString& target, const Options& options)
{
    // Checked again at the last moment: the rules hold for what is there now, not when work began.
    if (const QString reason = refusal(target, options); !reason.isEmpty()) {
        QFile::remove(temporary);
        throw StoreError(StoreError::Kind::Refused, reason);
    }
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        const QString reason = systemError();
        QFile::remove(temporary);
        throw failure(target, reason);
    }
    syncFolder(QFileInfo(target).absolutePath());
}

#endif

} // namespace

QString temporaryName(const QString& folder, const QString& suffix)
{
    for (;;) {
        const QString name = QStringLiteral(".wres-%1.%2")
                                 .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))
                                 .arg(suffix);
        const QString path = QDir(folder).filePath(name);
        if (!QFileInfo(path).exists() && !QFileInfo(path).isSymbolicLink())
            return path;
    }
}

void write(const QString& path, const QByteArray& bytes, const Options& options)
{
    write(
        path, [&bytes](QIODevice& device) { return device.write(bytes) == bytes.size(); }, options);
}

bool write(const QString& path, const std::function<bool(QIODevice&)>& writer, const Options& options)
{
    check(path, options);
    const QString target = QFileInfo(path).absoluteFilePath();
#if defined(Q_OS_UNIX)
    const QString temporary = temporaryName(QFileInfo(target).absolutePath(), QStringLiteral("part"));
    // O_EXCL and O_NOFOLLOW: the temporary file is ours alone, never something planted there.
    const int fd =
        ::open(QFile::encodeName(temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0)
        throw failure(path, systemError());
    bool wrote = false;
    QString error;
    {
        QFile file;
        if (!file.open(fd, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
            error = file.errorString();
        } else {
            wrote = writer(file);
            if (!file.flush() || file.error() != QFileDevice::NoError)
                error = file.errorString();
            file.close();
        }
    }
    struct stat existing
    {};
    if (error.isEmpty() && wrote && ::stat(QFile::encodeName(target).constData(), &existing) == 0)
        ::fchmod(fd, existing.st_mode & 07777); // a replaced file keeps its permissions
    if (error.isEmpty() && wrote && ::fsync(fd) != 0)
        error = systemError();
    ::close(fd);
    if (!error.isEmpty() || !wrote) {
        QFile::remove(temporary);
        if (!error.isEmpty())
            throw failure(path, error);
        return false;
    }
    moveIntoPlace(temporary, target, options);
    return true;
#else
    QSaveFile file(target);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        throw failure(path, file.errorString());
    if (!writer(file)) {
        const QString error = file.error() != QFileDevice::NoError ? file.errorString() : QString();
        file.cancelWriting();
        if (!error.isEmpty())
            throw failure(path, error);
        return false;
    }
    check(path, options);
    if (!file.commit())
        throw failure(path, file.errorString());
    return true;
#endif
}

void place(const QString& finished, const QString& path, const Options& options)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (const QString reason = refusal(target, options); !reason.isEmpty()) {
        QFile::remove(finished);
        throw StoreError(StoreError::Kind::Refused, reason);
    }
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(finished).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    struct stat existing
    {};
    if (fd >= 0 && ::stat(QFile::encodeName(target).constData(), &existing) == 0)
        ::fchmod(fd, existing.st_mode & 07777); // a replaced file keeps its permissions
    if (fd < 0 || ::fsync(fd) != 0) {
        const QString reason = systemError();
        if (fd >= 0)
            ::close(fd);
        QFile::remove(finished);
        throw failure(path, reason);
    }
    ::close(fd);
    moveIntoPlace(finished, target, options);
#else
    QFile::remove(target + QStringLiteral(".old"));
    if (QFileInfo::exists(target) && !QFile::rename(target, target + QStringLiteral(".old"))) {
        QFile::remove(finished);
        throw failure(path, QStringLiteral("it cannot be replaced"));
    }
    if (!QFile::rename(finished, target)) {
        QFile::rename(target + QStringLiteral(".old"), target);
        QFile::remove(finished);
        throw failure(path, QStringLiteral("it cannot be replaced"));
    }
    QFile::remove(target + QStringLiteral(".old"));
#endif
}

} // namespace wres::core::SafeWrite
