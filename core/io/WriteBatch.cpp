#include "WriteBatch.h"

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace wres::core {
namespace {

bool moveFile(const QString& from, const QString& to)
{
    // rename(2): within the folder, never through a link at the final name.
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

StoreError cannot(const QString& what)
{
    return StoreError(StoreError::Kind::Failed, what);
}

} // namespace

WriteBatch::WriteBatch(const QString& folder, SafeWrite::Options options)
    : m_folder(QFileInfo(folder).absoluteFilePath()), m_options(std::move(options))
{
    const QString shown = QDir::toNativeSeparators(folder);
    if (QFileInfo::exists(m_folder) && !QFileInfo(m_folder).isDir()) {
        SafeWrite::check(m_folder, m_options); // the open plan, a link, a backup: say so
        throw StoreError(
            StoreError::Kind::Refused,
            QCoreApplication::translate("wres", "%1 is a file, not a folder; nothing was written.").arg(shown));
    }
    if (QFileInfo(m_folder).isSymbolicLink() && !QFileInfo::exists(m_folder))
        throw StoreError(
            StoreError::Kind::Refused,
            QCoreApplication::translate("wres", "%1 is a link to nothing; nothing was written.").arg(shown));
    m_madeFolder = !QFileInfo::exists(m_folder);
    if (!QDir().mkpath(m_folder))
        throw cannot(
            QCoreApplication::translate("wres", "The folder %1 cannot be made; nothing was written.").arg(shown));
    // The staging folder is checked against the rules like a file: never inside a plan's backups.
    const QString staging = SafeWrite::temporaryName(m_folder, QStringLiteral("staging"));
    if (const QString why = SafeWrite::reason(staging, m_options); !why.isEmpty()) {
        discard();
        throw StoreError(StoreError::Kind::Refused,
                         QCoreApplication::translate("wres", "Nothing was written in %1: %2. Choose another folder.")
                             .arg(shown, why));
    }
    if (!QDir().mkdir(staging)) {
        discard();
        throw cannot(
            QCoreApplication::translate("wres", "Nothing can be written in %1 (it is read-only?).").arg(shown));
    }
    m_staging = staging;
}

WriteBatch::~WriteBatch()
{
    discard();
}

void WriteBatch::discard()
{
    if (!m_staging.isEmpty())
        QDir(m_staging).removeRecursively();
    m_staging.clear();
    m_files.clear();
    if (m_madeFolder)
        QDir().rmdir(m_folder); // only when empty: a folder made for this batch and left unused
}

void WriteBatch::add(const QString& name, const QByteArray& bytes)
{
    add(name, [&bytes](QIODevice& device) { return device.write(bytes) == bytes.size(); });
}

bool WriteBatch::add(const QString& name, const std::function<bool(QIODevice&)>& writer)
{
    // Refused before anything is written: the final name must be one the rules allow.
    SafeWrite::check(QDir(m_folder).filePath(name), m_options);
    const QString staged = QDir(m_staging).filePath(QStringLiteral("%1.new").arg(m_files.size()));
    if (!SafeWrite::write(staged, writer))
        return false;
    m_files << Staged{name, staged};
    return true;
}

QStringList WriteBatch::commit(const std::function<void()>& afterPlaced)
{
    QStringList targets;
    for (const Staged& file : std::as_const(m_files)) {
        targets << QDir(m_folder).filePath(file.name);
        SafeWrite::check(targets.last(), m_options);
    }
    // Each replaced file is moved aside into the staging folder first, so that it can be put back.
    QList<qsizetype> movedAside;
    QList<qsizetype> placed;
    const auto undo = [&] {
        for (qsizetype i : std::as_const(placed))
            QFile::remove(targets[i]);
        for (qsizetype i : std::as_const(movedAside))
            moveFile(QDir(m_staging).filePath(QStringLiteral("%1.old").arg(i)), targets[i]);
    };
    try {
        for (qsizetype i = 0; i < m_files.size(); ++i) {
            const QString& target = targets[i];
            if (QFileInfo::exists(target) || QFileInfo(target).isSymbolicLink()) {
                if (!moveFile(target, QDir(m_staging).filePath(QStringLiteral("%1.old").arg(i))))
                    throw cannot(QCoreApplication::translate("wres", "%1 cannot be replaced; nothing was written.")
                                     .arg(QDir::toNativeSeparators(target)));
                movedAside << i;
            }
            if (!moveFile(m_files[i].staged, target))
                throw cannot(QCoreApplication::translate("wres", "%1 cannot be written; nothing was written.")
                                 .arg(QDir::toNativeSeparators(target)));
            placed << i;
        }
        if (afterPlaced)
            afterPlaced();
    } catch (...) {
        undo();
        discard();
        throw;
    }
    m_madeFolder = false; // the folder now holds the batch
    discard();
    return targets;
}

} // namespace wres::core
