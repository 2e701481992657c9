#pragma once

#include <QString>

namespace wres::core::FileSystem {

// Whether a file lives on a network file system (NFS, SMB/CIFS, AFS, ...), where SQLite's
// write-ahead log cannot work and locks are unreliable. Linux: statfs of the file's folder;
// Windows: a UNC path or a remote drive. The environment variable WRES_ASSUME_NETWORK_FS=1
// makes every file count as remote (for tests, and for shares this check cannot recognise).
bool isNetwork(const QString& path);
// Whether a statfs f_type is a network file system's.
bool isNetworkType(unsigned long magic);
// Whether the file (or, for a new file, its folder) can be written by this user.
bool isWritable(const QString& path);
// When a companion file SQLite keeps beside the plan (-wal, -shm, -journal) exists and this user may
// not write it (another user's, left by someone who viewed the plan), the sentence that says so,
// naming the file and its owner; otherwise "". Such a file makes the plan read-only for this user.
QString foreignCompanion(const QString& planPath);

} // namespace wres::core::FileSystem
