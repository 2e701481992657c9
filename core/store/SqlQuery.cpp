#include "SqlQuery.h"

#include "StoreError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace wres::core {

void throwSqlError(const QSqlQuery& query, const QString& what)
{
    const QSqlError error = query.lastError();
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

SqlQuery::SqlQuery(const QSqlDatabase& db, const QString& sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
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

void execStatement(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throwSqlError(query, QStringLiteral("Running '%1'").arg(sql.left(60)));
}

} // namespace wres::core
