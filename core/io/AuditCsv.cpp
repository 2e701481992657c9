#include "AuditCsv.h"

#include "io/CsvTable.h"

namespace wres::core {
namespace {

QString when(const AuditRecord& record)
{
    return record.entry.recordedAt.toUTC().toString(Qt::ISODate);
}

} // namespace

QByteArray auditCsv(const QList<AuditRecord>& records)
{
    QByteArray out;
    appendCsvRecord(out, {QStringLiteral("recorded_at"), QStringLiteral("author"), QStringLiteral("subject"),
                          QStringLiteral("entity"), QStringLiteral("entity_id"), QStringLiteral("field"),
                          QStringLiteral("old_value"), QStringLiteral("new_value"), QStringLiteral("source")});
    for (const AuditRecord& r : records)
        appendCsvRecord(out,
                        {when(r), guardCsvText(r.entry.author), guardCsvText(r.subject), r.entry.entity,
                         QString::number(r.entry.entityId), guardCsvText(r.entry.field), guardCsvText(r.entry.oldValue),
                         guardCsvText(r.entry.newValue), guardCsvText(r.entry.source)});
    return out;
}

QString auditText(const QList<AuditRecord>& records)
{
    QString out;
    for (const AuditRecord& r : records) {
        const auto oneLine = [](QString text) {
            text.replace(QLatin1Char('\n'), QStringLiteral(" / "));
            return text.isEmpty() ? QStringLiteral("(empty)") : text;
        };
        out += QStringLiteral("%1  %2  %3  %4: %5 → %6  [%7]\n")
                   .arg(when(r), r.entry.author, r.subject, r.entry.field, oneLine(r.entry.oldValue),
                        oneLine(r.entry.newValue), r.entry.source);
    }
    return out;
}

} // namespace wres::core
