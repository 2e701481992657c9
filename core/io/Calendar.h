#pragma once

#include "domain/ActionRow.h"
#include "domain/PlanData.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace wres::core::Calendar {

// The due dates of the actions as an iCalendar file (RFC 5545) that Outlook and other calendars
// import: one all-day event per open action with a due date (closed and undated ones are left out),
// named after the action, with its plan, leads, status and text in the description. UIDs are stable
// (the plan's identity and the action's id), so importing a newer file updates the events. Every
// property value built from plan text is escaped as TEXT; the UID is built from a plain identity
// (isPlainUid) or, for anything else, a digest of it, so no text can end a line or add a property.
// Lines end in CRLF and are folded at 75 octets without splitting a character.
struct Written
{
    QByteArray bytes;
    int events = 0; // VEVENTs written, counted as they are made (never by searching the text)
};
Written render(const PlanInfo& plan, const QList<ActionRow>& actions,
               const QDateTime& stamp = QDateTime::currentDateTimeUtc());
QByteArray write(const PlanInfo& plan, const QList<ActionRow>& actions,
                 const QDateTime& stamp = QDateTime::currentDateTimeUtc());

// Text as an iCalendar TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line
// breaks (LF, CRLF or a lone CR) as \n, other control characters (which TEXT may not hold) left out.
QString escapeText(const QString& text);
// One content line folded as RFC 5545 asks (at most 75 octets a line, continuation lines start
// with a space), each ending in CRLF.
QByteArray fold(const QByteArray& line);

} // namespace wres::core::Calendar
