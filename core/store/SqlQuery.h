#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace wres::core {

// A prepared statement that throws StoreError instead of returning false, and binds text so that
// a null QString is stored as '' (Qt binds it as NULL, which NOT NULL columns refuse).
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase& db, const QString& sql);

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    SqlQuery& bindText(const QString& placeholder, const QString& text);
    // Binds NULL when the text is empty.
    SqlQuery& bindOptionalText(const QString& placeholder, const QString& text);
    SqlQuery& exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 id(int column) const { return m_query.value(column).toLongLong(); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }

private:
    QSqlQuery m_query;
    QString m_sql;
};

// Runs one statement without parameters (DDL, PRAGMA); throws StoreError on failure.
void execStatement(const QSqlDatabase& db, const QString& sql);
// Throws the StoreError that matches a failed query (busy, full, corrupt, ...).
[[noreturn]] void throwSqlError(const QSqlQuery& query, const QString& what);

} // namespace wres::core
