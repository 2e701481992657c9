#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The keyed signature over the hidden record of an update request (io/RequestWorkbook): HMAC-SHA256
// with the plan file's own key (RequestStore::signingKey), over every value of the record and every
// cell of its action rows, as the sheet holds them. A workbook from another plan file, or one whose
// record was edited in any way (another request, lead, plan or action), does not carry the
// signature its record would need, and nobody can make one without the file's key.
namespace wres::core::RequestSignature {

// The signed form: a fixed heading, then each text as its length in UTF-8 bytes, a colon, the
// bytes and a line feed (so no two different records read the same), values first, then the
// action rows, each with its cell count first. Line ends are signed as line feeds (a CR or CRLF
// read as LF), as LibreOffice re-saves them so.
QByteArray message(const QStringList& values, const QList<QStringList>& actionRows);
// The signature as the record holds it: 64 lower-case hexadecimal digits.
QString sign(const QByteArray& key, const QByteArray& message);
// Whether signature is the one the key gives the message (compared in constant time).
bool verify(const QByteArray& key, const QByteArray& message, const QString& signature);

} // namespace wres::core::RequestSignature
