#pragma once

#include "SafeWrite.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace wres::core {

// Several files written into one folder all or nothing (a round of update requests): each is
// written into a private staging folder inside the target folder, then commit() moves them into
// place together under SafeWrite's rules. If any move, or the caller's step after the moves (e.g.
// recording the round in the plan), fails, every file is put back as it was: the new ones removed,
// the ones they replaced restored. Nothing is left of an unfinished batch, not even the staging folder.
class WriteBatch
{
public:
    // Makes the folder if missing. Throws StoreError Failed when it cannot be made.
    WriteBatch(const QString& folder, SafeWrite::Options options = {});
    ~WriteBatch();
    WriteBatch(const WriteBatch&) = delete;
    WriteBatch& operator=(const WriteBatch&) = delete;

    // Stages a file named name (a plain file name). Throws StoreError: Refused when the final name
    // breaks SafeWrite's rules (nothing of the batch is written then), Failed when it cannot be
    // written. Returns false, staging nothing, when writer abandons the work.
    void add(const QString& name, const QByteArray& bytes);
    bool add(const QString& name, const std::function<bool(QIODevice&)>& writer);
    // Moves every staged file into place, then calls afterPlaced; on any failure (thrown StoreError,
    // or whatever afterPlaced throws) undoes the moves and rethrows. Returns the final paths.
    QStringList commit(const std::function<void()>& afterPlaced = {});

private:
    struct Staged
    {
        QString name;
        QString staged;
    };
    void discard();

    QString m_folder;
    QString m_staging;
    SafeWrite::Options m_options;
    QList<Staged> m_files;
    bool m_madeFolder = false;
};

} // namespace wres::core
