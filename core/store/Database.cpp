#include "Database.h"

#include "Backups.h"
#include "FileSystem.h"
#include "Migrations.h"
#include "ServerAddress.h"
#include "ServerPassword.h"
#include "SqlQuery.h"
#include "StoreError.h"
#include "io/OpenPlans.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace wres::core {
namespace {

constexpr int kBusyTimeoutMs = 5000;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("wres-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite files start with this header; anything else is not a database, whatever its name.
bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_readOnly(readOnly)
{}

bool Database::isServerLocation(const QString& location)
{
    return ServerAddress::isServerLocation(location);
}

std::unique_ptr<Database> Database::openServer(const QString& location, Mode mode)
{
    // No part of a password is ever shown: every message below names the address without it.
    const ServerAddress address = ServerAddress::parse(location);
    const QString shown = address.shown();
    if (!address.isValid())
        throw StoreError(StoreError::Kind::FileMissing,
                         QCoreApplication::translate("wres", "'%1' is not a server address; write it as "
                                                             "postgresql://user@host:port/database.")
                             .arg(shown));
    std::unique_ptr<Database> database(new Database(shown, nextConnectionName(), mode == Mode::ReadOnly));
    database->m_server = true;
    if (mode == Mode::ReadOnly)
        database->m_readOnlyReason =
            QCoreApplication::translate("wres", "%1 is open read-only; nothing was changed.").arg(shown);
    database->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
    if (!database->m_db.isValid())
        throw StoreError(StoreError::Kind::Failed,
                         QCoreApplication::translate(
                             "wres", "The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)."));
    database->m_db.setHostName(address.host());
    database->m_db.setPort(address.port());
    database->m_db.setDatabaseName(address.database());
    database->m_db.setUserName(address.login());
    const QString password = address.hasPassword() ? address.password() : ServerPassword::given();
    if (!password.isEmpty())
        database->m_db.setPassword(password);
    // libpq keywords; an unknown one would make open() fail, so only these pass.
    QStringList options = {QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=wres-tracker")};
    for (const auto& [key, value] : address.options()) {
        if (key == u"sslmode" || key == u"sslrootcert" || key == u"sslcert" || key == u"sslkey")
            options << QStringLiteral("%1=%2").arg(key, value);
        else if (key == u"connect_timeout")
            options[0] = QStringLiteral("connect_timeout=%1").arg(value.toInt());
        else
            throw StoreError(StoreError::Kind::FileMissing,
                             QCoreApplication::translate("wres", "'%1' in the server address is not an option "
                                                                 "WRES Tracker passes on (use sslmode, sslrootcert, "
                                                                 "sslcert, sslkey or connect_timeout).")
                                 .arg(key));
    }
    database->m_db.setConnectOptions(options.join(QLatin1Char(';')));
    bool open = database->m_db.open();
    // The server asks for a password that neither the address, --password-fd nor ~/.pgpass gave:
    // ask for it (on a terminal) and try once more.
    if (!open && password.isEmpty() && ServerPassword::canAsk() &&
        database->m_db.lastError().databaseText().contains(u"no password supplied")) {
        if (const QString typed = ServerPassword::ask(shown); !typed.isEmpty()) {
            database->m_db.setPassword(typed);
            open = database->m_db.open();
        }
    }
    if (!open) {
        const QString why = database->m_db.lastError().databaseText().trimmed();
        QString hint;
        if (why.contains(u"password"))
            hint = QCoreApplication::translate("wres", " The password is read from ~/.pgpass (a line "
                                                       "host:port:database:login:password, the file readable by "
                                                       "you alone) or the file PGPASSFILE names; on the command "
                                                       "line also from --password-fd, or typed when asked.");
        throw StoreError(StoreError::Kind::FileMissing,
                         QCoreApplication::translate("wres", "Cannot connect to %1: %2").arg(shown, why) + hint);
    }
    database->configureServer(mode);
    return database;
}

void Database::configureServer(Mode mode)
{
    execStatement(m_db, QStringLiteral("SET TIME ZONE 'UTC'"));
    // libpq prints the server's notices and warnings on standard error; what matters comes as errors.
    execStatement(m_db, QStringLiteral("SET client_min_messages = error"));
    if (m_readOnly)
        execStatement(m_db, QStringLiteral("SET default_transaction_read_only = on"));
    const int version = schemaVersion();
    if (version > Migrations::currentVersion())
        throw StoreError(StoreError::Kind::TooNew,
                         QCoreApplication::translate("wres", "The database %1 was set up by a newer version of WRES "
                                                             "Tracker (format %2; this program reads up to %3). "
                                                             "Install the newer version.")
                             .arg(m_path)
                             .arg(version)
                             .arg(Migrations::currentVersion()));
    if (version == Migrations::currentVersion())
        return;
    if (version == 0 && mode != Mode::CreateIfMissing)
        throw StoreError(StoreError::Kind::NotADatabase,
                         QCoreApplication::translate("wres", "The database %1 holds no WRES Tracker plans yet, or "
                                                             "your login has no WRES role there: set it up with "
                                                             "'server-init' (or 'migrate' a plan into it), or ask for "
                                                             "a role ('grant').")
                             .arg(m_path));
    if (version == 0) {
        // Like a file, a database of another program is not taken over.
        SqlQuery tables(m_db, QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                                             "current_schema()"));
        tables.exec();
        if (tables.next() && tables.id(0) > 0)
            throw StoreError(StoreError::Kind::NotADatabase,
                             QCoreApplication::translate("wres", "The database %1 already holds other tables; give "
                                                                 "WRES Tracker a database of its own.")
                                 .arg(m_path));
    }
    if (m_readOnly)
        throw StoreError(StoreError::Kind::ReadOnly,
                         QCoreApplication::translate("wres", "The database %1 must be upgraded to this version's "
                                                             "format, which writes to it; open it without "
                                                             "--read-only as an administrator.")
                             .arg(m_path));
    Migrations::apply(*this, version);
}

std::unique_ptr<Database> Database::open(const QString& path, Mode mode, Check check, Reading reading)
{
    if (isServerLocation(path))
        return openServer(path, mode);
    if (path == u":memory:")
        return openInMemory();
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    const bool exists = info.exists();
    if (!exists && mode != Mode::CreateIfMissing)
        throw StoreError(StoreError::Kind::FileMissing,
                         QCoreApplication::translate(
                             "wres", "%1 does not exist; check the name, or create it with 'demo' or 'import'.")
                             .arg(shown));
    if (exists && info.isDir())
        throw StoreError(StoreError::Kind::NotADatabase,
                         QCoreApplication::translate("wres", "%1 is a folder, not a plan file.").arg(shown));
    if (exists && info.size() > 0 && !looksLikeSqlite(path))
        throw StoreError(
            StoreError::Kind::NotADatabase,
            QCoreApplication::translate("wres", "%1 is not a WRES Tracker plan file (it is not an SQLite database).")
                .arg(shown));
    if (!exists && !QFileInfo(info.absolutePath()).isDir())
        throw StoreError(StoreError::Kind::FileMissing,
                         QCoreApplication::translate("wres", "Cannot create %1: the folder %2 does not exist.")
                             .arg(shown, QDir::toNativeSeparators(info.absolutePath())));

    if (exists && mode == Mode::CreateIfMissing && !FileSystem::isWritable(path))
        throw StoreError(
            StoreError::Kind::ReadOnly,
            QCoreApplication::translate("wres", "%1 is read-only; nothing can be added to it.").arg(shown));
    QString readOnlyReason;
    if (mode == Mode::ReadOnly || (exists && !FileSystem::isWritable(path)))
        readOnlyReason = QCoreApplication::translate("wres", "%1 is open read-only; nothing was changed.").arg(shown);
    else if (exists)
        readOnlyReason = FileSystem::foreignCompanion(path); // the true reason, not "the plan is read-only"
    const bool readOnly = !readOnlyReason.isEmpty();
    if (exists && mode == Mode::CreateIfMissing && readOnly)
        throw StoreError(StoreError::Kind::ReadOnly, readOnlyReason);
    std::unique_ptr<Database> database(new Database(path, nextConnectionName(), readOnly));
    database->m_readOnlyReason = readOnlyReason;
    database->m_network = FileSystem::isNetwork(path);
    database->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    if (!database->m_db.isValid())
        throw StoreError(StoreError::Kind::Failed,
                         QCoreApplication::translate(
                             "wres", "The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (readOnly) {
        // mode=ro: SQLite itself refuses every write. It still makes the -wal and -shm files of a
        // WAL file if they are missing, owned by this user: where the folder may not be written
        // (it cannot), and for a brief read by someone who may not write the plan while no one has
        // it open (no -wal: the file is complete), the file is read as immutable instead, so that
        // no companion file is left for the owner to trip over (see docs/decisions.md).
        const bool immutable = !FileSystem::isWritable(info.absolutePath()) ||
                               (reading == Reading::Brief && !FileSystem::isWritable(path) &&
                                !QFileInfo::exists(path + QStringLiteral("-wal")));
        QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
        url.setQuery(immutable ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro"));
        database->m_db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
    } else {
        database->m_db.setDatabaseName(path);
    }
    database->m_db.setConnectOptions(options);
    if (!database->m_db.open())
        throw StoreError(
            StoreError::Kind::Failed,
            QCoreApplication::translate("wres", "Cannot open %1: %2").arg(shown, database->m_db.lastError().text()));
    database->configure(mode, check);
    OpenPlans::add(path);
    database->m_registered = true;
    return database;
}

std::unique_ptr<Database> Database::openInMemory()
{
    std::unique_ptr<Database> database(new Database(QStringLiteral(":memory:"), nextConnectionName(), false));
    database->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    database->m_db.setDatabaseName(QStringLiteral(":memory:"));
    if (!database->m_db.open())
        throw StoreError(StoreError::Kind::Failed, database->m_db.lastError().text());
    execStatement(database->m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    Migrations::apply(*database, 0);
    return database;
}

void Database::configure(Mode mode, Check level)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    // Reads through a memory map instead of a system call per page: half the time on large plans.
    // Not on a network share, where another computer may change the file under the map.
    execStatement(m_db,
                  m_network ? QStringLiteral("PRAGMA mmap_size = 0") : QStringLiteral("PRAGMA mmap_size = 268435456"));
    if (m_network && !m_readOnly)
        execStatement(m_db, QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
    // open() accepts any file; the first real read tells whether it is a sound database.
    QSqlQuery check(m_db);
    const QString probe = level == Check::Full ? QStringLiteral("PRAGMA quick_check")
                                               : QStringLiteral("SELECT 'ok' FROM sqlite_master LIMIT 1");
    if (!check.exec(probe) || (!check.next() && level == Check::Full)) {
        const int code = check.lastError().nativeErrorCode().toInt() & 0xFF;
        if (code == 26)
            throw StoreError(StoreError::Kind::NotADatabase,
                             QCoreApplication::translate("wres", "%1 is not a WRES Tracker plan file.").arg(shown));
        if (code == 5 || code == 6) // SQLITE_BUSY, SQLITE_LOCKED: someone else has it, nothing is wrong with it
            throw StoreError(StoreError::Kind::Busy,
                             QCoreApplication::translate(
                                 "wres", "%1 is in use by another person or program%2; try again when they have "
                                         "closed it.")
                                 .arg(shown, m_network ? QStringLiteral(" (on a shared drive one program at a time "
                                                                        "can have a plan open)")
                                                       : QString()));
        throw StoreError(StoreError::Kind::Corrupt,
                         QCoreApplication::translate("wres", "%1 is damaged and cannot be read (%2); restore it "
                                                             "from a backup.")
                             .arg(shown, check.lastError().text()));
    }
    if (level == Check::Full && check.value(0).toString() != u"ok")
        throw StoreError(StoreError::Kind::Corrupt,
                         QCoreApplication::translate("wres", "%1 is damaged (%2); restore it from a backup.")
                             .arg(shown, check.value(0).toString()));
    check.finish();
    execStatement(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));

    const int version = schemaVersion();
    if (version > Migrations::currentVersion())
        throw StoreError(
            StoreError::Kind::TooNew,
            QCoreApplication::translate("wres", "%1 was saved by a newer version of WRES Tracker (file format %2; this "
                                                "program reads up to %3). Install the newer version to open it.")
                .arg(shown)
                .arg(version)
                .arg(Migrations::currentVersion()));
    SqlQuery identity(m_db, QStringLiteral("PRAGMA application_id"));
    identity.exec();
    const qint64 applicationId = identity.next() ? identity.id(0) : 0;
    identity.finish();
    SqlQuery tables(m_db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
    tables.exec();
    const qint64 objects = tables.next() ? tables.id(0) : 0;
    tables.finish();
    const bool ours = applicationId == Migrations::applicationId() || (version == 0 && objects == 0);
    if (!ours)
        throw StoreError(
            StoreError::Kind::NotADatabase,
            QCoreApplication::translate("wres", "%1 is an SQLite database but not a WRES Tracker plan file.")
                .arg(shown));
    if (version == Migrations::currentVersion()) {
        setJournal();
        return;
    }
    if (version == 0 && mode == Mode::OpenExisting)
        throw StoreError(
            StoreError::Kind::NotADatabase,
            QCoreApplication::translate("wres", "%1 is empty, not a plan file; create a plan with 'demo' or 'import'.")
                .arg(shown));
    if (m_readOnly)
        throw StoreError(StoreError::Kind::ReadOnly,
                         version == 0
                             ? QCoreApplication::translate("wres", "%1 is empty; there is no plan to show.").arg(shown)
                             : QStringLiteral("%1 uses an older file format and must be upgraded, which "
                                              "writes to it; open it once without --read-only, as someone "
                                              "who may change it.")
                                   .arg(shown));
    if (version > 0) // a copy of the file as it was, in case the upgrade goes wrong
        Backups::take(*this, QStringLiteral("before-format-%1").arg(Migrations::currentVersion()));
    setJournal();
    Migrations::apply(*this, version);
}

void Database::setJournal()
{
    if (m_readOnly)
        return;
    // WAL lets readers and a writer work at once on a local disk; it needs shared memory, which a
    // network share cannot give, so there the rollback journal (with the exclusive lock set above).
    SqlQuery mode(m_db, QStringLiteral("PRAGMA journal_mode"));
    mode.exec();
    const QString current = mode.next() ? mode.text(0).toLower() : QString();
    mode.finish();
    const QString wanted = m_network ? QStringLiteral("delete") : QStringLiteral("wal");
    if (current != wanted)
        execStatement(m_db, QStringLiteral("PRAGMA journal_mode = %1").arg(wanted));
}

Database::~Database()
{
    if (m_registered)
        OpenPlans::remove(m_path);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::schemaVersion() const
{
    if (m_server) {
        SqlQuery exists(m_db, QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = "
                                             "'wres_schema' AND table_schema = current_schema()"));
        exists.exec();
        if (!exists.next() || exists.id(0) == 0)
            return 0;
        exists.finish();
        SqlQuery version(m_db, QStringLiteral("SELECT MAX(version) FROM wres_schema"));
        version.exec();
        return version.next() ? version.value(0).toInt() : 0;
    }
    SqlQuery query(m_db, QStringLiteral("PRAGMA user_version"));
    query.exec();
    return query.next() ? query.value(0).toInt() : 0;
}

QStringList Database::integrityProblems() const
{
    if (m_server)
        return {}; // the server keeps its own pages and constraints
    SqlQuery query(m_db, QStringLiteral("PRAGMA integrity_check"));
    query.exec();
    QStringList problems;
    while (query.next())
        if (query.text(0) != u"ok")
            problems << query.text(0);
    query.finish();
    SqlQuery keys(m_db, QStringLiteral("PRAGMA foreign_key_check"));
    keys.exec();
    while (keys.next())
        problems << QStringLiteral("row %1 of %2 refers to a missing row of %3")
                        .arg(keys.text(1), keys.text(0), keys.text(2));
    return problems;
}

namespace {
const QString kChannel = QStringLiteral("wres_changes");
}

bool Database::watchOthers(std::function<void()> changed) const
{
    if (!m_server)
        return false;
    QSqlDriver* driver = m_db.driver();
    if (!driver->subscribeToNotification(kChannel))
        return false;
    QObject::connect(
        driver, &QSqlDriver::notification, driver,
        [changed = std::move(changed)](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
            if (name == kChannel && source == QSqlDriver::OtherSource)
                changed();
        });
    return true;
}

void Database::backupTo(const QString& target) const
{
    if (m_server)
        throw StoreError(StoreError::Kind::Failed,
                         QCoreApplication::translate("wres", "A plan on a server is backed up by the server "
                                                             "(pg_dump), not by WRES Tracker."));
    SqlQuery query(m_db, QStringLiteral("VACUUM INTO :target"));
    query.bindText(QStringLiteral(":target"), target).exec();
}

WriteTransaction::WriteTransaction(const Database& database) : m_database(database)
{
    if (m_database.m_readOnly)
        throw StoreError(StoreError::Kind::ReadOnly, m_database.m_readOnlyReason);
    if (m_database.m_writeDepth == 0) {
        // SQLite: take the write lock now, so a second writer waits rather than failing later.
        execStatement(m_database.m_db,
                      m_database.m_server ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
        m_database.m_rollbackOnly = false;
    }
    ++m_database.m_writeDepth;
}

WriteTransaction::~WriteTransaction()
{
    --m_database.m_writeDepth;
    if (m_committed)
        return;
    if (m_database.m_writeDepth > 0) {
        m_database.m_rollbackOnly = true;
        return;
    }
    QSqlQuery rollback(m_database.m_db);
    rollback.exec(QStringLiteral("ROLLBACK")); // may fail after SQLITE_FULL, which already rolled back
}

void WriteTransaction::commit()
{
    if (m_database.m_writeDepth == 1) {
        if (m_database.m_rollbackOnly)
            throw StoreError(
                StoreError::Kind::Failed,
                QCoreApplication::translate("wres", "Part of the change failed, so none of it was saved."));
        if (m_database.m_server) // delivered to every listening window when the change commits
            execStatement(m_database.m_db, QStringLiteral("NOTIFY wres_changes"));
        execStatement(m_database.m_db, QStringLiteral("COMMIT"));
    }
    m_committed = true;
}

} // namespace wres::core
