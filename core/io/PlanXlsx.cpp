#include "PlanXlsx.h"

#include "domain/ActionReference.h"
#include "domain/ActionRow.h"
#include "domain/TextLimits.h"
#include "io/Xlsx.h"
#include "io/XlsxWriter.h"
#include "metrics/MetricsCsv.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace wres::core::PlanXlsx {
namespace {

using XlsxWriter::fitRow;
using XlsxWriter::headerRow;
using XlsxWriter::number;
using XlsxWriter::printSetUp;
using XlsxWriter::text;

// Column widths (in characters) of the Plan sheet, by plan CSV column name.
const QHash<QString, double> kWidths = {
    {QStringLiteral("theme"), 24},     {QStringLiteral("theme_indicators"), 10}, {QStringLiteral("objective_no"), 8},
    {QStringLiteral("objective"), 30}, {QStringLiteral("action_no"), 8},         {QStringLiteral("action"), 50},
    {QStringLiteral("leads"), 24},     {QStringLiteral("timescale"), 14},        {QStringLiteral("status"), 13},
    {QStringLiteral("rag"), 6},        {QStringLiteral("indicators"), 10},       {QStringLiteral("milestones"), 24},
    {QStringLiteral("progress"), 40},  {QStringLiteral("theme_tags"), 24},       {QStringLiteral("tags"), 24}};

} // namespace

QByteArray write(const PlanJson::Document& document, QStringList* warnings)
{
    // A text kept from before texts were checked at input may be longer than a cell holds: it is
    // written cut, with a note in the cell, and the caller is told which.
    const auto cutWarning = [&](const char* sheet, int row, int column, const QString& action, const QString& field,
                                qsizetype length) {
        if (warnings)
            *warnings << QCoreApplication::translate(
                             "wres", "%1!%2: action %3, %4: %5 characters, more than a spreadsheet cell holds (%6); "
                                     "the workbook holds it cut, with a note saying so. Shorten it in the plan to "
                                     "export it whole.")
                             .arg(QString::fromLatin1(sheet), Xlsx::cellName(column, row + 1), action, field,
                                  TextLimits::number(length), TextLimits::number(TextLimits::kMaxText));
    };
    XlsxWriter::Workbook book;
    lxw_format* header = book.header();
    lxw_format* wrapped = book.wrapped();
    {
        // Plan: the plan CSV's columns, so the sheet imports back as it is.
        lxw_worksheet* plan = book.sheet("Plan");
        const QStringList columns = PlanCsv::columns();
        const int statusColumn = int(columns.indexOf(QStringLiteral("status")));
        const int ragColumn = int(columns.indexOf(QStringLiteral("rag")));
        const int objectiveNoColumn = int(columns.indexOf(QStringLiteral("objective_no")));
        const int actionNoColumn = int(columns.indexOf(QStringLiteral("action_no")));
        QList<double> planWidths;
        for (const QString& column : columns)
            planWidths << kWidths.value(column, 16);
        headerRow(plan, 0, columns, planWidths, header);
        const QList<QStringList> rows = PlanCsv::rows(document.plan);
        for (int r = 0; r < rows.size(); ++r) {
            fitRow(plan, r + 1, rows[r], planWidths);
            for (int c = 0; c < rows[r].size(); ++c) {
                lxw_format* f = wrapped;
                if (c == statusColumn)
                    f = book.status(parseStatus(rows[r][c]).value_or(Status::None));
                else if (c == ragColumn)
                    f = book.rag(parseRag(rows[r][c]).value_or(Rag::None));
                if (text(plan, r + 1, c, rows[r][c], f))
                    cutWarning("Plan", r + 1, c, displayNumber(rows[r][objectiveNoColumn], rows[r][actionNoColumn]),
                               columns[c], rows[r][c].size());
            }
        }
        worksheet_autofilter(plan, 0, 0, lxw_row_t(std::max<qsizetype>(rows.size(), 1)), lxw_col_t(columns.size() - 1));
        printSetUp(plan);

        // Leads: each lead's actions, by lead.
        lxw_worksheet* leads = book.sheet("Leads");
        const QStringList leadHeaders = {QStringLiteral("Lead"),   QStringLiteral("No."),
                                         QStringLiteral("Action"), QStringLiteral("Timescale"),
                                         QStringLiteral("Status"), QStringLiteral("RAG")};
        const QList<double> leadWidths = {28, 8, 60, 16, 14, 6};
        headerRow(leads, 0, leadHeaders, leadWidths, header);
        const QHash<qint64, QString> references = ActionReference::forPlan(document.plan);
        QMap<QString, QList<std::pair<const ObjectiveData*, const ActionData*>>> byLead;
        for (const ThemeData& theme : document.plan.themes)
            for (const ObjectiveData& objective : theme.objectives)
                for (const ActionData& action : objective.actions)
                    for (const QString& lead : action.leads)
                        byLead[lead.toLower() + QChar(0) + lead] << std::make_pair(&objective, &action);
        int row = 1;
        for (auto it = byLead.cbegin(); it != byLead.cend(); ++it) {
            const QString lead = it.key().section(QChar(0), 1);
            for (const auto& [objective, action] : it.value()) {
                fitRow(leads, row, {lead, {}, action->text}, leadWidths);
                const QString number = references.value(action->id, displayNumber(objective->number, action->number));
                text(leads, row, 0, lead, wrapped);
                text(leads, row, 1, number, wrapped);
                if (text(leads, row, 2, action->text, wrapped))
                    cutWarning("Leads", row, 2, number, QStringLiteral("action"), action->text.size());
                text(leads, row, 3, action->timescale.text, wrapped);
                text(leads, row, 4, statusLabel(action->status), book.status(action->status));
                text(leads, row, 5, ragLetter(action->rag), book.rag(action->rag));
                ++row;
            }
        }
        worksheet_autofilter(leads, 0, 0, lxw_row_t(std::max(row - 1, 1)), lxw_col_t(leadHeaders.size() - 1));
        printSetUp(leads);

        // Metrics: the counts in the metrics CSV's columns; numbers as numbers.
        lxw_worksheet* metrics = book.sheet("Metrics");
        const QStringList metricHeaders = MetricsCsv::columns();
        headerRow(metrics, 0, metricHeaders, {12, 12, 28, 12, 12, 12, 12}, header);
        row = 1;
        for (const MetricCount& m : document.metrics) {
            number(metrics, row, 0, m.indicator);
            text(metrics, row, 1, m.period);
            text(metrics, row, 2, m.category);
            text(metrics, row, 3, m.group);
            if (m.count)
                number(metrics, row, 4, double(*m.count));
            if (m.total)
                number(metrics, row, 5, double(*m.total));
            if (m.value)
                number(metrics, row, 6, *m.value);
            ++row;
        }
        if (document.metrics.isEmpty())
            text(metrics, 1, 0, QStringLiteral("No metrics recorded for this plan."));
        printSetUp(metrics);

        // History: every status update, oldest first within each action.
        lxw_worksheet* history = book.sheet("History");
        const QStringList historyHeaders = {QStringLiteral("No."), QStringLiteral("Action"), QStringLiteral("When"),
                                            QStringLiteral("Who"), QStringLiteral("Status"), QStringLiteral("RAG"),
                                            QStringLiteral("Note")};
        const QList<double> historyWidths = {8, 40, 18, 20, 14, 6, 50};
        headerRow(history, 0, historyHeaders, historyWidths, header);
        row = 1;
        for (const ThemeData& theme : document.plan.themes)
            for (const ObjectiveData& objective : theme.objectives)
                for (const ActionData& action : objective.actions)
                    for (const StatusUpdate& u : action.updates) {
                        fitRow(history, row, {{}, action.text.section(QLatin1Char('\n'), 0, 0), {}, {}, {}, {}, u.note},
                               historyWidths);
                        text(history, row, 0,
                             references.value(action.id, displayNumber(objective.number, action.number)), wrapped);
                        text(history, row, 1, action.text.section(QLatin1Char('\n'), 0, 0), wrapped);
                        text(history, row, 2,
                             u.recordedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC"),
                             wrapped);
                        text(history, row, 3, u.author, wrapped);
                        text(history, row, 4, statusLabel(u.status), book.status(u.status));
                        text(history, row, 5, ragLetter(u.rag), book.rag(u.rag));
                        if (text(history, row, 6, u.note, wrapped))
                            cutWarning("History", row, 6,
                                       references.value(action.id, displayNumber(objective.number, action.number)),
                                       QStringLiteral("note"), u.note.size());
                        ++row;
                    }
        printSetUp(history);
    }
    return book.close();
}

PlanCsv::ReadResult read(const QByteArray& bytes, const QString& fileName, int maxIndicator)
{
    const Xlsx::Sheet sheet = Xlsx::readFirstSheet(bytes, fileName);
    if (!sheet.problems.isEmpty())
        return {{}, sheet.problems};
    PlanCsv::ReadResult result = PlanCsv::readTable(sheet.table, fileName, maxIndicator);
    // A line is a row; a column is a header name: together, the cell.
    for (Problem& p : result.problems) {
        int column = -1;
        for (int i = 0; i < sheet.table.header.size() && !p.column.isEmpty(); ++i)
            if (PlanCsv::headerKey(sheet.table.header[i]) == PlanCsv::headerKey(p.column))
                column = i;
        if (p.line > 0)
            p.place = column >= 0 ? QStringLiteral("%1!%2").arg(sheet.name, Xlsx::cellName(column, p.line))
                                  : QStringLiteral("%1!%2:%2").arg(sheet.name).arg(p.line);
        else
            p.place = sheet.name;
    }
    // A text too long for a cell reached the plan's rules cut: say its whole length, and whose it is.
    int numberColumn = -1;
    for (int i = 0; i < sheet.table.header.size(); ++i)
        if (PlanCsv::headerKey(sheet.table.header[i]) == u"action_no")
            numberColumn = i;
    for (const Xlsx::LongCell& cell : sheet.longCells) {
        const QString place = cell.place();
        result.problems.removeIf([&](const Problem& p) { return p.place == place; });
        QString number;
        for (const CsvRecord& record : sheet.table.records)
            if (record.line == cell.row && numberColumn >= 0)
                number = record.fields.value(numberColumn).trimmed().left(32);
        const QString why = TextLimits::tooLong(cell.length);
        result.problems << Problem::at(
            fileName, place,
            number.isEmpty() ? why : QCoreApplication::translate("wres", "action %1: %2").arg(number, why));
    }
    if (!result.problems.isEmpty())
        result.plan = {};
    return result;
}

} // namespace wres::core::PlanXlsx
