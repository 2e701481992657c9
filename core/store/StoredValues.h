#pragma once

#include "domain/PlanData.h"

#include <QDateTime>
#include <QString>

namespace wres::core {

class SqlQuery;

// How domain values are written in the database: dates as ISO text, timestamps as ISO UTC text
// with milliseconds, status and RAG as codes, so that the SQL stays portable and sorts correctly.
namespace StoredValues {

QString fromDateTime(const QDateTime& at);
QDateTime toDateTime(const QString& text);
QString fromDate(const QDate& date);
Status toStatus(const QString& code);
Rag toRag(const QString& letter);
Timescale toTimescale(const QString& text, const QString& kindCode, const QString& due);
QString leadKey(const QString& name);
// Reads the columns id, action_id, recorded_at, author, status, rag, note.
StatusUpdate readStatusUpdate(const SqlQuery& query);

} // namespace StoredValues
} // namespace wres::core
