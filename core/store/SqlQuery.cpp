#include "SqlQuery.h"

#include "StoreError.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

namespace wres::core {

bool isServer(const QSqlDatabase& db)
{
    return db.driverName() == u"QPSQL";
}

namespace {

// PostgreSQL reports SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
[[noreturn]] void throwServerError(const QSqlError& error, const QString& what)
{
    const QString state = error.nativeErrorCode();
    // libpq's text reads "ERROR:  what\n(SQLSTATE)": keep the what.
    QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    detail.remove(QRegularExpression(QStringLiteral("^\\s*(ERROR|FATAL):\\s*")));
    detail.remove(QRegularExpression(QStringLiteral("\\s*\\([0-9A-Z]{5}\\)\\s*$")));
    if (state == u"42501")
        throw StoreError(StoreError::Kind::NotPermitted,
                         QCoreApplication::translate("wres", "The server did not permit this for your login (%1). A "
                                                             "lead may record updates only on the actions they lead; "
                                                             "a viewer may only read.")
                             .arg(detail.trimmed()));
    if (state == u"WR409") // wres_record_update: the action moved on since the client read it
        throw StoreError(StoreError::Kind::Conflict,
                         QCoreApplication::translate("wres", "The action changed while it was being saved; nothing "
                                                             "was saved (%1).")
                             .arg(detail.trimmed()));
    if (state == u"40001" || state == u"40P01" || state == u"55P03")
        throw StoreError(StoreError::Kind::Busy,
                         QCoreApplication::translate("wres", "Someone else was changing the same thing at the same "
                                                             "moment; nothing was changed. Try again (%1).")
                             .arg(detail.trimmed()));
    if (state.startsWith(u"08") || state == u"57P01" || state == u"57P02" || state == u"57P03")
        throw StoreError(StoreError::Kind::Failed,
                         QCoreApplication::translate("wres", "The connection to the server was lost (%1); nothing "
                                                             "more was changed.")
                             .arg(detail.trimmed()));
    if (state == u"53100")
        throw StoreError(StoreError::Kind::DiskFull,
                         QCoreApplication::translate("wres", "The server's disk is full; nothing was changed."));
    if (state == u"P0001") // raised by our own triggers: the sentence is theirs
        throw StoreError(StoreError::Kind::Failed, detail.trimmed());
    throw StoreError(StoreError::Kind::Failed,
                     QCoreApplication::translate("wres", "%1 failed: %2").arg(what, detail.trimmed()));
}

} // namespace

void throwSqlError(const QSqlQuery& query, const QString& what)
{
    const QSqlError error = query.lastError();
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL)
        throwServerError(error, what);
    const int code = error.nativeErrorCode().toInt() & 0xFF;
    const QString detail = error.text();
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        throw StoreError(StoreError::Kind::Busy,
                         QCoreApplication::translate(
                             "wres", "The plan file is in use by another program and stayed locked; try again in "
                                     "a moment (%1).")
                             .arg(detail));
    case 8: // SQLITE_READONLY
        throw StoreError(StoreError::Kind::ReadOnly,
                         QCoreApplication::translate(
                             "wres", "The plan file cannot be written (it is read-only); nothing was changed."));
    case 11: // SQLITE_CORRUPT
        throw StoreError(StoreError::Kind::Corrupt,
                         QCoreApplication::translate("wres", "The plan file is damaged (%1); restore it from a backup.")
                             .arg(detail));
    case 13: // SQLITE_FULL
        throw StoreError(StoreError::Kind::DiskFull,
                         QCoreApplication::translate(
                             "wres", "The disk is full; nothing was changed. Free some space and try again."));
    case 26: // SQLITE_NOTADB
        throw StoreError(StoreError::Kind::NotADatabase,
                         QCoreApplication::translate("wres", "The file is not a WRES Tracker plan."));
    default:
        break;
    }
    throw StoreError(StoreError::Kind::Failed, QCoreApplication::translate("wres", "%1 failed: %2").arg(what, detail));
}

SqlQuery::SqlQuery(const QSqlDatabase& db, const QString& sql, Returning returning) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (returning == Returning::Id && isServer(db)) {
        m_sql += QStringLiteral(" RETURNING id");
        m_returningId = true;
    }
    if (!m_query.prepare(m_sql))
        throwSqlError(m_query, QStringLiteral("Preparing a query"));
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery& SqlQuery::bindText(const QString& placeholder, const QString& text)
{
    m_query.bindValue(placeholder, text.isNull() ? QStringLiteral("") : text);
    return *this;
}

SqlQuery& SqlQuery::bindOptionalText(const QString& placeholder, const QString& text)
{
    m_query.bindValue(placeholder, text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text));
    return *this;
}

SqlQuery& SqlQuery::exec()
{
    if (!m_query.exec())
        throwSqlError(m_query, QStringLiteral("Running a query"));
    return *this;
}

qint64 SqlQuery::lastInsertId()
{
    if (!m_returningId)
        return m_query.lastInsertId().toLongLong();
    if (!m_query.isValid() && !m_query.next())
        throwSqlError(m_query, QStringLiteral("Reading a new row's id"));
    return m_query.value(0).toLongLong();
}

void execStatement(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throwSqlError(query, QStringLiteral("Running '%1'").arg(sql.left(60)));
}

} // namespace wres::core
