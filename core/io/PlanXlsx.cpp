#include "PlanXlsx.h"

#include "io/Xlsx.h"
#include "metrics/MetricsCsv.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QTemporaryDir>

#include <stdexcept>
#include <xlsxwriter.h>

namespace wres::core::PlanXlsx {
namespace {

// Column widths (in characters) of the Plan sheet, by plan CSV column name.
const QHash<QString, double> kWidths = {
    {QStringLiteral("theme"), 24},     {QStringLiteral("theme_indicators"), 10}, {QStringLiteral("objective_no"), 8},
    {QStringLiteral("objective"), 30}, {QStringLiteral("action_no"), 8},         {QStringLiteral("action"), 50},
    {QStringLiteral("leads"), 24},     {QStringLiteral("timescale"), 14},        {QStringLiteral("status"), 13},
    {QStringLiteral("rag"), 6},        {QStringLiteral("indicators"), 10},       {QStringLiteral("milestones"), 24},
    {QStringLiteral("progress"), 40},  {QStringLiteral("theme_tags"), 24},       {QStringLiteral("tags"), 24}};

// libxlsxwriter in C++: a workbook that is closed (and so written) exactly once, with checked calls.
class Workbook
{
public:
    explicit Workbook(const QByteArray& path) : m_book(workbook_new(path.constData()))
    {
        if (!m_book)
            throw std::runtime_error("the workbook could not be started");
    }
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    lxw_worksheet* sheet(const char* name)
    {
        lxw_worksheet* s = workbook_add_worksheet(m_book, name);
        if (!s)
            throw std::runtime_error("a worksheet could not be added");
        return s;
    }
    lxw_format* format() { return workbook_add_format(m_book); }
    void close()
    {
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        if (error != LXW_NO_ERROR)
            throw std::runtime_error(std::string("the workbook could not be written: ") + lxw_strerror(error));
    }

private:
    lxw_workbook* m_book;
};

// Text, always as a string cell: a leading = + - @ stays text, never a formula.
void text(lxw_worksheet* sheet, int row, int column, const QString& value, lxw_format* format = nullptr)
{
    if (value.isEmpty()) {
        if (format)
            worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format);
        return;
    }
    QByteArray utf8 = value.toUtf8();
    if (utf8.size() > 32767) // an Excel cell's limit
        throw std::runtime_error(
            QStringLiteral("a text of %1 characters is longer than an Excel cell can hold (32,767)")
                .arg(value.size())
                .toStdString());
    const lxw_error error = worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(), format);
    if (error != LXW_NO_ERROR)
        throw std::runtime_error(std::string("a cell could not be written: ") + lxw_strerror(error));
}

void number(lxw_worksheet* sheet, int row, int column, double value, lxw_format* format = nullptr)
{
    worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, format);
}

// Spreadsheet programs do not grow a row for wrapped text on opening a written file (LibreOffice
// shows the lines over each other): the height is set from the lines each cell will wrap to, at
// about one character per unit of column width and 15 points a line (11-point Calibri).
void fitRow(lxw_worksheet* sheet, int row, const QStringList& cells, const QList<double>& widths)
{
    int lines = 1;
    for (int c = 0; c < cells.size() && c < widths.size(); ++c) {
        const int perLine = std::max(1, int(widths[c] * 1.1));
        int cellLines = 0;
        for (const QString& paragraph : cells[c].split(QLatin1Char('\n')))
            cellLines += std::max(1, int((paragraph.size() + perLine - 1) / perLine));
        lines = std::max(lines, cellLines);
    }
    if (lines > 1)
        worksheet_set_row(sheet, lxw_row_t(row), std::min(409.0, 15.0 * lines), nullptr);
}

// The header row (bold on NHS blue) and the column widths, in characters.
void headerRow(lxw_worksheet* sheet, const QStringList& headers, const QList<double>& widths, lxw_format* format)
{
    for (int c = 0; c < headers.size(); ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.value(c, 12), nullptr);
        text(sheet, 0, c, headers[c], format);
    }
}

void printSetUp(lxw_worksheet* sheet)
{
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_repeat_rows(sheet, 0, 0);
    worksheet_fit_to_pages(sheet, 1, 0); // as wide as one page, as long as it needs
    worksheet_freeze_panes(sheet, 1, 0);
}

QString displayNumber(const ObjectiveData& objective, const ActionData& action)
{
    if (objective.number.isEmpty() || action.number.contains(QLatin1Char('.')))
        return action.number;
    return objective.number + QLatin1Char('.') + action.number;
}

} // namespace

QByteArray write(const PlanJson::Document& document)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        throw std::runtime_error("no temporary folder for the workbook");
    const QString path = folder.filePath(QStringLiteral("plan.xlsx"));
    {
        Workbook book(QFile::encodeName(path));
        lxw_format* header = book.format();
        format_set_bold(header);
        format_set_font_color(header, LXW_COLOR_WHITE);
        format_set_bg_color(header, 0x005EB8);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        format_set_border(header, LXW_BORDER_THIN);
        lxw_format* wrapped = book.format();
        format_set_text_wrap(wrapped);
        format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
        format_set_border(wrapped, LXW_BORDER_THIN);
        // A cell format per status and RAG: the colour, with the word (or letter) in the cell itself.
        QHash<QString, lxw_format*> coloured;
        const auto colouredFormat = [&](const QString& word, unsigned rgb) {
            lxw_format* f = book.format();
            format_set_bold(f);
            format_set_bg_color(f, lxw_color_t(rgb));
            const int r = int(rgb >> 16) & 0xff, g = int(rgb >> 8) & 0xff, b = int(rgb) & 0xff;
            format_set_font_color(f, (r * 299 + g * 587 + b * 114) / 1000 > 140 ? LXW_COLOR_BLACK : LXW_COLOR_WHITE);
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
            format_set_border(f, LXW_BORDER_THIN);
            coloured.insert(word, f);
        };
        for (Status s : {Status::NotStarted, Status::InProgress, Status::Delayed, Status::Complete})
            colouredFormat(statusLabel(s), statusRgb(s));
        for (Rag r : {Rag::Red, Rag::Amber, Rag::Green, Rag::Blue})
            colouredFormat(QStringLiteral("rag:") + ragLetter(r), ragRgb(r));

        // Plan: the plan CSV's columns, so the sheet imports back as it is.
        lxw_worksheet* plan = book.sheet("Plan");
        const QStringList columns = PlanCsv::columns();
        const int statusColumn = int(columns.indexOf(QStringLiteral("status")));
        const int ragColumn = int(columns.indexOf(QStringLiteral("rag")));
        QList<double> planWidths;
        for (const QString& column : columns)
            planWidths << kWidths.value(column, 16);
        headerRow(plan, columns, planWidths, header);
        const QList<QStringList> rows = PlanCsv::rows(document.plan);
        for (int r = 0; r < rows.size(); ++r) {
            fitRow(plan, r + 1, rows[r], planWidths);
            for (int c = 0; c < rows[r].size(); ++c) {
                lxw_format* f = wrapped;
                if (c == statusColumn)
                    f = coloured.value(rows[r][c], wrapped);
                else if (c == ragColumn)
                    f = coloured.value(QStringLiteral("rag:") + rows[r][c], wrapped);
                text(plan, r + 1, c, rows[r][c], f);
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
        headerRow(leads, leadHeaders, leadWidths, header);
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
                text(leads, row, 0, lead, wrapped);
                text(leads, row, 1, displayNumber(*objective, *action), wrapped);
                text(leads, row, 2, action->text, wrapped);
                text(leads, row, 3, action->timescale.text, wrapped);
                text(leads, row, 4, statusLabel(action->status), coloured.value(statusLabel(action->status), wrapped));
                text(leads, row, 5, ragLetter(action->rag),
                     coloured.value(QStringLiteral("rag:") + ragLetter(action->rag), wrapped));
                ++row;
            }
        }
        worksheet_autofilter(leads, 0, 0, lxw_row_t(std::max(row - 1, 1)), lxw_col_t(leadHeaders.size() - 1));
        printSetUp(leads);

        // Metrics: the counts in the metrics CSV's columns; numbers as numbers.
        lxw_worksheet* metrics = book.sheet("Metrics");
        const QStringList metricHeaders = MetricsCsv::columns();
        headerRow(metrics, metricHeaders, {12, 12, 28, 12, 12, 12, 12}, header);
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
        headerRow(history, historyHeaders, historyWidths, header);
        row = 1;
        for (const ThemeData& theme : document.plan.themes)
            for (const ObjectiveData& objective : theme.objectives)
                for (const ActionData& action : objective.actions)
                    for (const StatusUpdate& u : action.updates) {
                        fitRow(history, row, {{}, action.text.section(QLatin1Char('\n'), 0, 0), {}, {}, {}, {}, u.note},
                               historyWidths);
                        text(history, row, 0, displayNumber(objective, action), wrapped);
                        text(history, row, 1, action.text.section(QLatin1Char('\n'), 0, 0), wrapped);
                        text(history, row, 2,
                             u.recordedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC"),
                             wrapped);
                        text(history, row, 3, u.author, wrapped);
                        text(history, row, 4, statusLabel(u.status), coloured.value(statusLabel(u.status), wrapped));
                        text(history, row, 5, ragLetter(u.rag),
                             coloured.value(QStringLiteral("rag:") + ragLetter(u.rag), wrapped));
                        text(history, row, 6, u.note, wrapped);
                        ++row;
                    }
        printSetUp(history);
        book.close();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("the workbook could not be read back");
    return file.readAll();
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
    return result;
}

} // namespace wres::core::PlanXlsx
