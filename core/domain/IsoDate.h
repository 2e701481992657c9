#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace wres::core::IsoDate {

// Exact, allocation-light ISO 8601 forms used in files and the database. Qt's own conversions go
// through printf-style formatting and cost ten times as much, which shows on 10,000-row listings.

// "2024-06-30", or "" for an invalid date.
QString format(const QDate& date);
// "2024-06-30T09:30:00.000Z" (UTC, milliseconds), or "" for an invalid time.
QString format(const QDateTime& at);
// Reads "YYYY-MM-DD"; anything else gives an invalid date.
QDate parseDate(QStringView text);
// Reads "YYYY-MM-DDTHH:MM:SS[.mmm]Z" quickly, and any other ISO form through Qt; UTC.
QDateTime parseDateTime(QStringView text);

} // namespace wres::core::IsoDate
