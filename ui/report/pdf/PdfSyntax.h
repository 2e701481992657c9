#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The lexical pieces of PDF (ISO 32000-1, 7.3): numbers, names, strings and dates, written
// straight into byte arrays, since a report of 2,000 pages writes millions of them.
namespace wres::ui::pdf::PdfSyntax {

// A real number with at most `decimals` decimals (0-6), trailing zeros dropped, never an exponent.
void appendReal(QByteArray& out, double value, int decimals = 3);
void appendInt(QByteArray& out, qint64 value);
QByteArray real(double value, int decimals = 3);
// "12 0 R"
QByteArray reference(int object);
void appendReference(QByteArray& out, int object);
// "/Name", with the characters a name cannot hold written as #xx.
QByteArray name(const QByteArray& raw);
// A text string (7.9.2.2): a literal in PDFDocEncoding when the text is printable ASCII, else
// UTF-16BE with a byte order mark, in hex.
QByteArray textString(const QString& text);
// A literal byte string "(...)" with ( ) \ and CR escaped.
QByteArray literalString(const QByteArray& bytes);
void appendLiteralBytes(QByteArray& out, const char* bytes, qsizetype size);
// A date (7.9.4), e.g. (D:20240131093000+00'00').
QByteArray date(const QDateTime& when);

} // namespace wres::ui::pdf::PdfSyntax
