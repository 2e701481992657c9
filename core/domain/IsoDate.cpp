#include "IsoDate.h"

namespace wres::core::IsoDate {
namespace {

void putDigits(QChar*& out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

// The number in text[from, from + width), or -1 when a character is not a digit.
int digits(QStringView text, qsizetype from, int width)
{
    int value = 0;
    for (qsizetype i = from; i < from + width; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString format(const QDate& date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    QString text(10, Qt::Uninitialized);
    QChar* out = text.data();
    putDigits(out, date.year(), 4);
    *out++ = u'-';
    putDigits(out, date.month(), 2);
    *out++ = u'-';
    putDigits(out, date.day(), 2);
    return text;
}

QString format(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    const QDateTime utc = at.toUTC();
    const QDate date = utc.date();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    const QTime time = utc.time();
    QString text(24, Qt::Uninitialized);
    QChar* out = text.data();
    putDigits(out, date.year(), 4);
    *out++ = u'-';
    putDigits(out, date.month(), 2);
    *out++ = u'-';
    putDigits(out, date.day(), 2);
    *out++ = u'T';
    putDigits(out, time.hour(), 2);
    *out++ = u':';
    putDigits(out, time.minute(), 2);
    *out++ = u':';
    putDigits(out, time.second(), 2);
    *out++ = u'.';
    putDigits(out, time.msec(), 3);
    *out++ = u'Z';
    return text;
}

QDate parseDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day);
}

QDateTime parseDateTime(QStringView text)
{
    const bool fast =
        (text.size() == 24 && text[19] == u'.' && text[23] == u'Z') || (text.size() == 20 && text[19] == u'Z');
    if (fast && text[10] == u'T' && text[13] == u':' && text[16] == u':') {
        const QDate date = parseDate(text.first(10));
        const int hour = digits(text, 11, 2);
        const int minute = digits(text, 14, 2);
        const int second = digits(text, 17, 2);
        const int msec = text.size() == 24 ? digits(text, 20, 3) : 0;
        const QTime time(hour, minute, second, msec);
        if (date.isValid() && time.isValid() && hour >= 0 && minute >= 0 && second >= 0 && msec >= 0)
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime at = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

} // namespace wres::core::IsoDate
