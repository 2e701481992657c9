#pragma once

#include "domain/Problem.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace wres::core {

struct CsvRecord
{
    int line = 0; // physical line where the record starts, 1-based
    QStringList fields;
};

struct CsvTable
{
    QStringList header;
    QList<CsvRecord> records; // blank lines are skipped
};

// Reads RFC 4180 CSV: UTF-8 (a BOM is skipped), comma separated, CRLF or LF line ends, quoted
// fields with "" for a quote and line breaks inside (kept as "\n"). The first record is the header.
// Every problem (invalid UTF-8, an unterminated quote, text after a closing quote, an empty file)
// is reported with the file name and line; when problems is not empty the table is incomplete.
CsvTable readCsv(const QByteArray& bytes, const QString& fileName, Problems& problems);

// Writes one record, CRLF terminated; fields are quoted only when they need it.
void appendCsvRecord(QByteArray& out, const QStringList& fields);

// Spreadsheet safety: text starting with = + - @ tab or CR (after any apostrophes) gets one leading
// apostrophe, so a spreadsheet does not run it as a formula; unguard removes exactly that one.
QString guardCsvText(const QString& text);
QString unguardCsvText(const QString& text);

} // namespace wres::core
