#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace wres::core {

// One open plan file: a named Qt SQL connection with the project's settings (foreign keys on,
// WAL, a busy timeout), checked to be a healthy WRES Tracker file and migrated to the current schema.
// Belongs to the thread that opened it.
class Database
{
public:
    enum class Mode
    {
        OpenExisting,    // the file must exist; a file this user cannot write is opened read-only
        CreateIfMissing, // a missing or empty file becomes a new plan file
        ReadOnly,        // the file must exist; nothing is written, not even a migration
    };

    enum class Check
    {
        Full,  // PRAGMA quick_check of every page before use: for anything that may write
        Light, // the header and the schema only, for quick reads of large files; a damaged page
               // met later still throws StoreError Corrupt
    };

    enum class Reading
    {
        Live,  // held open (the window): sees what others change while it is open
        Brief, // read for a moment and closed (a command-line listing or export): when this user may
               // not write the file and no one has it open, it is read without making the -wal and
               // -shm files SQLite would otherwise leave behind, owned by this user
    };

    // Throws StoreError: FileMissing, NotADatabase, Corrupt, TooNew (a file from a newer program,
    // never opened read-write), ReadOnly (when it needs a migration but is opened read-only).
    // A location postgresql://user@host:port/database (or postgres://) is a database on a
    // PostgreSQL server (team mode; read as ServerAddress reads it, and shown without any part of
    // its password): the password comes from the address, ServerPassword (--password-fd, or asked on
    // a terminal) or ~/.pgpass (or PGPASSFILE), never from WRES Tracker's settings; libpq's sslmode,
    // sslrootcert, sslcert, sslkey and connect_timeout may be given as query items.
    // CreateIfMissing makes the schema in an empty database.
    // ":memory:" is a private database in memory (CreateIfMissing), for comparisons.
    static std::unique_ptr<Database> open(const QString& path, Mode mode, Check check = Check::Full,
                                          Reading reading = Reading::Live);
    // Whether a location names a server database rather than a file.
    static bool isServerLocation(const QString& location);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QSqlDatabase& connection() const { return m_db; }
    // The file's path, or the server location without any password.
    const QString& path() const { return m_path; }
    // A database on a PostgreSQL server (team mode), not an SQLite file.
    bool isServer() const { return m_server; }
    // Opened read-only: asked for, or a file this user cannot write. Every write then throws
    // StoreError ReadOnly before touching anything.
    bool isReadOnly() const { return m_readOnly; }
    // Why it is read-only, as a sentence for the user ("" when it is not): asked for, a file this
    // user may not write, or a companion file (-wal, -shm, -journal) another user left behind.
    const QString& readOnlyReason() const { return m_readOnlyReason; }
    // On a network file system: the rollback journal with exclusive locking instead of WAL, so
    // one program at a time has the file (see FileSystem::isNetwork).
    bool isOnNetwork() const { return m_network; }
    int schemaVersion() const;
    // The problems PRAGMA integrity_check finds, empty for a healthy file.
    QStringList integrityProblems() const;
    // Writes a consistent copy of the whole file to target (which must not exist).
    void backupTo(const QString& target) const;
    // Team mode: calls changed() whenever another connection commits a change to this database
    // (PostgreSQL LISTEN/NOTIFY; every write transaction notifies on commit). Needs an event loop
    // in the thread that opened the database. False on an SQLite file, where nothing is watched.
    bool watchOthers(std::function<void()> changed) const;

private:
    friend class WriteTransaction;
    Database(QString path, QString connectionName, bool readOnly);
    static std::unique_ptr<Database> openServer(const QString& location, Mode mode);
    static std::unique_ptr<Database> openInMemory();
    void configure(Mode mode, Check check);
    void configureServer(Mode mode);
    void setJournal();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_readOnly;
    QString m_readOnlyReason;
    bool m_registered = false; // in core::OpenPlans, so that no output overwrites it
    bool m_network = false;
    bool m_server = false;
    mutable int m_writeDepth = 0;        // open WriteTransactions; only the outermost talks to SQLite
    mutable bool m_rollbackOnly = false; // an inner one ended without commit: the outer must not commit
};

// A write transaction: BEGIN IMMEDIATE, so that a second writer waits for the busy timeout
// instead of failing at once. Rolled back unless commit() is called. Transactions nest: an inner
// one joins the outer one, and if it ends without commit the outer one cannot commit either, so
// several store calls can form one all-or-nothing change.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database& database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    void commit();

private:
    const Database& m_database;
    bool m_committed = false;
};

} // namespace wres::core
