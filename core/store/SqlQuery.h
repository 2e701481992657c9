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
    // An INSERT whose new row's id is wanted: SQLite gives it as the last rowid, PostgreSQL
    // through RETURNING id, which the query then asks for.
    enum class Returning
    {
        Nothing,
        Id,
    };
    SqlQuery(const QSqlDatabase& db, const QString& sql, Returning returning = Returning::Nothing);

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    SqlQuery& bindText(const QString& placeholder, const QString& text);
    // Binds NULL when the text is empty.
    SqlQuery& bindOptionalText(const QString& placeholder, const QString& text);
    SqlQuery& exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 id(int column) const { return m_query.value(column).toLongLong(); }
    // The id of the row the last exec() inserted (constructed with Returning::Id).
    qint64 lastInsertId();
    int rowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_returningId = false;
};

// Runs one statement without parameters (DDL, PRAGMA); throws StoreError on failure.
void execStatement(const QSqlDatabase& db, const QString& sql);
// Whether the connection is to a PostgreSQL server (team mode) rather than an SQLite file.
bool isServer(const QSqlDatabase& db);
// Throws the StoreError that matches a failed query (busy, full, corrupt, not permitted, ...).
[[noreturn]] void throwSqlError(const QSqlQuery& query, const QString& what);

} // namespace wres::core
