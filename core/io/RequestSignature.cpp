#include "RequestSignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace wres::core::RequestSignature {
namespace {

void append(QByteArray& out, QString text)
{
    // LibreOffice turns a carriage return into a line feed in a text of several lines (its cells
    // hold paragraphs): line ends are signed as line feeds, so that a re-saved file still matches.
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QByteArray utf8 = text.toUtf8();
    out += QByteArray::number(utf8.size()) + ':' + utf8 + '\n';
}

} // namespace

QByteArray message(const QStringList& values, const QList<QStringList>& actionRows)
{
    QByteArray out("WRES Tracker update request record\n");
    append(out, QString::number(values.size()));
    for (const QString& value : values)
        append(out, value);
    append(out, QString::number(actionRows.size()));
    for (const QStringList& row : actionRows) {
        append(out, QString::number(row.size()));
        for (const QString& cell : row)
            append(out, cell);
    }
    return out;
}

QString sign(const QByteArray& key, const QByteArray& message)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex());
}

bool verify(const QByteArray& key, const QByteArray& message, const QString& signature)
{
    if (key.isEmpty())
        return false;
    const QByteArray expected = sign(key, message).toLatin1();
    const QByteArray given = signature.trimmed().toLower().toLatin1();
    if (given.size() != expected.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= char(expected[i] ^ given[i]);
    return difference == 0;
}

} // namespace wres::core::RequestSignature
