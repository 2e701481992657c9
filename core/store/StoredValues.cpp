#include "StoredValues.h"

#include "SqlQuery.h"
#include "domain/IsoDate.h"
#include "domain/LeadName.h"

namespace wres::core::StoredValues {

QString fromDateTime(const QDateTime& at)
{
    return IsoDate::format(at);
}

QDateTime toDateTime(const QString& text)
{
    return IsoDate::parseDateTime(text);
}

QString fromDate(const QDate& date)
{
    return IsoDate::format(date);
}

Status toStatus(const QString& code)
{
    return statusFromCode(code).value_or(Status::None);
}

Rag toRag(const QString& letter)
{
    return parseRag(letter).value_or(Rag::None);
}

Timescale toTimescale(const QString& text, const QString& kindCode, const QString& due)
{
    Timescale timescale;
    timescale.text = text;
    timescale.kind = timescaleKindFromCode(kindCode);
    timescale.due = IsoDate::parseDate(due);
    return timescale;
}

QString leadKey(const QString& name)
{
    return LeadName::key(name);
}

StatusUpdate readStatusUpdate(const SqlQuery& q)
{
    StatusUpdate update;
    update.id = q.id(0);
    update.actionId = q.id(1);
    update.recordedAt = toDateTime(q.text(2));
    update.author = q.text(3);
    update.status = toStatus(q.text(4));
    update.rag = toRag(q.text(5));
    update.note = q.text(6);
    return update;
}

} // namespace wres::core::StoredValues
