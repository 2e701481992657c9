#include "PdfSyntax.h"

#include <QTimeZone>

#include <cmath>

namespace wres::ui::pdf::PdfSyntax {

void appendReal(QByteArray& out, double value, int decimals)
{
    static constexpr double kScales[] = {1, 10, 100, 1000, 1e4, 1e5, 1e6};
    decimals = std::clamp(decimals, 0, 6);
    if (!std::isfinite(value))
        value = 0;
    // PDF readers need not take numbers beyond about ±32767 x 1000; nothing we draw comes close.
    value = std::clamp(value, -1e9, 1e9);
    long long scaled = std::llround(value * kScales[decimals]);
    if (scaled == 0) {
        out += '0';
        return;
    }
    const bool negative = scaled < 0;
    unsigned long long digits =
        negative ? static_cast<unsigned long long>(-scaled) : static_cast<unsigned long long>(scaled);
    char buffer[40];
    int pos = sizeof buffer;
    bool fraction = false;
    for (int i = 0; i < decimals; ++i) {
        const char digit = char('0' + digits % 10);
        digits /= 10;
        if (fraction || digit != '0') {
            buffer[--pos] = digit;
            fraction = true;
        }
    }
    if (fraction)
        buffer[--pos] = '.';
    do {
        buffer[--pos] = char('0' + digits % 10);
        digits /= 10;
    } while (digits != 0);
    if (negative)
        buffer[--pos] = '-';
    out.append(buffer + pos, qsizetype(sizeof buffer) - pos);
}

void appendInt(QByteArray& out, qint64 value)
{
    char buffer[24];
    int pos = sizeof buffer;
    const bool negative = value < 0;
    unsigned long long digits =
        negative ? static_cast<unsigned long long>(-value) : static_cast<unsigned long long>(value);
    do {
        buffer[--pos] = char('0' + digits % 10);
        digits /= 10;
    } while (digits != 0);
    if (negative)
        buffer[--pos] = '-';
    out.append(buffer + pos, qsizetype(sizeof buffer) - pos);
}

QByteArray real(double value, int decimals)
{
    QByteArray out;
    appendReal(out, value, decimals);
    return out;
}

void appendReference(QByteArray& out, int object)
{
    appendInt(out, object);
    out += " 0 R";
}

QByteArray reference(int object)
{
    QByteArray out;
    appendInt(out, object);
    out += " 0 R";
    return out;
}

QByteArray name(const QByteArray& raw)
{
    static const QByteArray kDelimiters("()<>[]{}/%#");
    QByteArray out("/");
    for (const char c : raw) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x21 || byte > 0x7e || kDelimiters.contains(c)) {
            out += '#';
            out += QByteArray::number(byte, 16).rightJustified(2, '0').toUpper();
        } else {
            out += c;
        }
    }
    return out;
}

void appendLiteralBytes(QByteArray& out, const char* bytes, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = bytes[i];
        switch (c) {
        case '(':
        case ')':
        case '\\':
            out += '\\';
            out += c;
            break;
        case '\r': // a bare CR would be read as an end of line, i.e. as LF
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

QByteArray literalString(const QByteArray& bytes)
{
    QByteArray out("(");
    appendLiteralBytes(out, bytes.constData(), bytes.size());
    out += ')';
    return out;
}

QByteArray textString(const QString& text)
{
    bool ascii = true;
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            ascii = false;
            break;
        }
    if (ascii)
        return literalString(text.toLatin1());
    QByteArray utf16("\xfe\xff");
    utf16.reserve(2 + 2 * text.size());
    for (const QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray date(const QDateTime& when)
{
    const int offset = when.offsetFromUtc();
    QByteArray out = "(D:" + when.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    if (offset == 0) {
        out += "Z";
    } else {
        const int minutes = std::abs(offset) / 60;
        out += offset < 0 ? '-' : '+';
        out += QByteArray::number(minutes / 60).rightJustified(2, '0') + '\'' +
               QByteArray::number(minutes % 60).rightJustified(2, '0') + '\'';
    }
    out += ')';
    return out;
}

} // namespace wres::ui::pdf::PdfSyntax
