#include "AuditCsv.h"

#include "io/CsvTable.h"
#include "io/TerminalText.h"

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
    // One line per change, whatever the text holds: line breaks as " / ", every other control
    // character shown rather than sent to the terminal (TerminalText).
    const auto shown = [](const QString& text) { return TerminalText::visible(text, false); };
    for (const AuditRecord& r : records) {
        const auto oneLine = [&shown](QString text) {
            text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                .replace(QLatin1Char('\n'), QStringLiteral(" / "));
            return text.isEmpty() ? QStringLiteral("(empty)") : shown(text);
        };
        out += QStringLiteral("%1  %2  %3  %4: %5 → %6  [%7]\n")
                   .arg(when(r), shown(r.entry.author), shown(r.subject), shown(r.entry.field),
                        oneLine(r.entry.oldValue), oneLine(r.entry.newValue), shown(r.entry.source));
    }
    return out;
}

} // namespace wres::core
