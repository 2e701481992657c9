#include "Calendar.h"

#include <QCryptographicHash>

namespace wres::core::Calendar {
namespace {

// The plan's part of every UID: its identity when plain, else a digest of whatever it is.
QString uidPart(const QString& planUid)
{
    if (isPlainUid(planUid))
        return planUid;
    return QString::fromLatin1(QCryptographicHash::hash(planUid.toUtf8(), QCryptographicHash::Sha1).toHex().left(32));
}

QString basicDate(const QDate& date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

QString escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u';' || c == u',') {
            out += QLatin1Char('\\') + QString(c);
        } else if (c == u'\n' || c == u'\r') {
            out += QStringLiteral("\\n");
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i; // CRLF is one line break
        } else if (c == u'\t' || !(c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F))) {
            out += c;
        }
    }
    return out;
}

QByteArray fold(const QByteArray& line)
{
    QByteArray out;
    qsizetype start = 0;
    qsizetype limit = 75; // the first line; continuation lines carry a leading space, so 74 more
    while (line.size() - start > limit) {
        qsizetype end = start + limit;
        // Never split a UTF-8 sequence: back up to the start of a character.
        while (end > start && (uchar(line[end]) & 0xC0) == 0x80)
            --end;
        out += line.mid(start, end - start) + "\r\n ";
        start = end;
        limit = 74;
    }
    out += line.mid(start) + "\r\n";
    return out;
}

QByteArray write(const PlanInfo& plan, const QList<ActionRow>& actions, const QDateTime& stamp)
{
    return render(plan, actions, stamp).bytes;
}

Written render(const PlanInfo& plan, const QList<ActionRow>& actions, const QDateTime& stamp)
{
    Written written;
    QByteArray& out = written.bytes;
    const auto line = [&out](const QString& text) { out += fold(text.toUtf8()); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//WRES Tracker//WRES Tracker//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") + escapeText(plan.title));
    const QString stampText = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const ActionRow& row : actions) {
        if (row.isClosed() || row.timescale.kind != Timescale::Kind::Dated || !row.timescale.due.isValid())
            continue;
        const QString number = row.reference;
        QString firstLine = row.text.section(QLatin1Char('\n'), 0, 0).simplified();
        while (!firstLine.isEmpty() && (firstLine[0] == u'•' || firstLine[0] == u'◦' || firstLine[0] == u'-' ||
                                        firstLine[0] == u'*' || firstLine[0] == u' '))
            firstLine.remove(0, 1); // a bullet reads badly as a calendar entry's title
        QString description = QStringLiteral("%1\nAction %2\nLeads: %3\nStatus: %4\nTimescale: %5\n\n%6")
                                  .arg(plan.title, number, row.leads.join(QStringLiteral("; ")),
                                       row.status == Status::None ? QStringLiteral("(none)") : statusLabel(row.status),
                                       row.timescale.text, row.text.trimmed());
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:wres-%1-action-%2@wres-tracker").arg(uidPart(plan.uid)).arg(row.id));
        line(QStringLiteral("DTSTAMP:") + stampText);
        line(QStringLiteral("DTSTART;VALUE=DATE:") + basicDate(row.timescale.due));
        line(QStringLiteral("DTEND;VALUE=DATE:") + basicDate(row.timescale.due.addDays(1)));
        line(QStringLiteral("SUMMARY:") + escapeText(QStringLiteral("Due: %1 %2").arg(number, firstLine)));
        line(QStringLiteral("DESCRIPTION:") + escapeText(description));
        line(QStringLiteral("CATEGORIES:WRES"));
        line(QStringLiteral("TRANSP:TRANSPARENT"));
        line(QStringLiteral("END:VEVENT"));
        ++written.events;
    }
    line(QStringLiteral("END:VCALENDAR"));
    return written;
}

} // namespace wres::core::Calendar
