#include "ActionList.h"

#include "CsvTable.h"
#include "TerminalText.h"
#include "domain/IsoDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wres::core::ActionList {
namespace {

QString firstLine(const QString& text)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            return simple;
    }
    return {};
}

QString shortened(const QString& text, qsizetype width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

QString dueText(const ActionRow& row)
{
    return IsoDate::format(row.timescale.due);
}

QString lastUpdateText(const ActionRow& row)
{
    return row.lastUpdate.isValid() ? IsoDate::format(row.lastUpdate.date()) : QString();
}

} // namespace

QStringList csvColumns()
{
    return {QStringLiteral("id"),           QStringLiteral("reference"),  QStringLiteral("theme"),
            QStringLiteral("objective_no"), QStringLiteral("action_no"),  QStringLiteral("action"),
            QStringLiteral("leads"),        QStringLiteral("timescale"),  QStringLiteral("due"),
            QStringLiteral("status"),       QStringLiteral("rag"),        QStringLiteral("indicators"),
            QStringLiteral("overdue"),      QStringLiteral("last_update")};
}

QByteArray toCsv(const QList<ActionRow>& rows, const QDate& today)
{
    QByteArray out;
    out.reserve(rows.size() * 256);
    appendCsvRecord(out, csvColumns());
    for (const ActionRow& row : rows) {
        QStringList fields{QString::number(row.id),
                           row.reference,
                           row.theme,
                           row.objectiveNumber,
                           row.number,
                           row.text,
                           row.leads.join(QStringLiteral("; ")),
                           row.timescale.text,
                           dueText(row),
                           statusLabel(row.status),
                           ragLetter(row.rag),
                           row.indicators.toText(),
                           row.isOverdue(today) ? QStringLiteral("yes") : QStringLiteral("no"),
                           lastUpdateText(row)};
        for (QString& field : fields)
            field = guardCsvText(field);
        appendCsvRecord(out, fields);
    }
    return out;
}

QByteArray toJson(const QList<ActionRow>& rows, const QDate& today)
{
    QJsonArray list;
    for (const ActionRow& row : rows) {
        QJsonArray indicators;
        for (int n : row.indicators.numbers)
            indicators << n;
        list << QJsonObject{
            {QStringLiteral("id"), row.id},
            {QStringLiteral("plan_id"), row.planId},
            {QStringLiteral("reference"), row.reference},
            {QStringLiteral("theme"), row.theme},
            {QStringLiteral("objective_no"), row.objectiveNumber},
            {QStringLiteral("objective"), row.objective},
            {QStringLiteral("action_no"), row.number},
            {QStringLiteral("action"), row.text},
            {QStringLiteral("leads"), QJsonArray::fromStringList(row.leads)},
            {QStringLiteral("timescale"), row.timescale.text},
            {QStringLiteral("timescale_kind"), timescaleKindCode(row.timescale.kind)},
            {QStringLiteral("due"), row.timescale.due.isValid() ? QJsonValue(dueText(row)) : QJsonValue()},
            {QStringLiteral("status"), statusLabel(row.status)},
            {QStringLiteral("rag"), ragLetter(row.rag)},
            {QStringLiteral("indicators"), row.indicators.toText()},
            {QStringLiteral("overdue"), row.isOverdue(today)},
            {QStringLiteral("last_update"), row.lastUpdate.isValid() ? QJsonValue(lastUpdateText(row)) : QJsonValue()},
            {QStringLiteral("revision"), row.revision},
        };
    }
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

QByteArray toTable(const QList<ActionRow>& rows, const QDate& today)
{
    const QStringList header{QStringLiteral("ID"),    QStringLiteral("Ref."),   QStringLiteral("Action"),
                             QStringLiteral("Leads"), QStringLiteral("Due"),    QStringLiteral("Status"),
                             QStringLiteral("RAG"),   QStringLiteral("Overdue")};
    QList<QStringList> cells{header};
    for (const ActionRow& row : rows) {
        const QString due = row.timescale.kind == Timescale::Kind::Dated ? dueText(row) : row.timescale.text;
        // Plan text is shown, never obeyed: an escape sequence in a title or lead prints as ␛[…
        const auto shown = [](const QString& text) { return TerminalText::visible(text, false); };
        cells << QStringList{QString::number(row.id),
                             shown(row.reference),
                             shortened(shown(firstLine(row.text)), 48),
                             shortened(shown(row.leads.join(QStringLiteral("; "))), 32),
                             shortened(shown(due), 16),
                             statusLabel(row.status),
                             ragLetter(row.rag),
                             row.isOverdue(today) ? QStringLiteral("OVERDUE") : QString()};
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& line : cells)
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], line[c].size());
    QString out;
    for (const QStringList& line : cells) {
        QString text;
        for (qsizetype c = 0; c < line.size(); ++c)
            text += line[c].leftJustified(widths[c] + 2);
        out += text.trimmed() + QLatin1Char('\n');
    }
    out += QStringLiteral("%1 action%2\n").arg(rows.size()).arg(rows.size() == 1 ? QString() : QStringLiteral("s"));
    return out.toUtf8();
}

} // namespace wres::core::ActionList
