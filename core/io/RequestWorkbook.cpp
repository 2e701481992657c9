#include "RequestWorkbook.h"

#include "io/Xlsx.h"
#include "io/XlsxWriter.h"
#include "store/StoredValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <stdexcept>

namespace wres::core::RequestWorkbook {
namespace {

using XlsxWriter::fitRow;
using XlsxWriter::text;

const char* const kAnswersSheet = "Updates";
const char* const kRecordSheet = "wres";
const QString kMarker = QStringLiteral("WRES Tracker update request");
const int kFormat = 1;

// The key/value lines of the hidden sheet, by their key in column A.
const QString kPlan = QStringLiteral("plan");
const QString kPlanTitle = QStringLiteral("plan title");
const QString kLead = QStringLiteral("lead");
const QString kRequest = QStringLiteral("request");
const QString kRound = QStringLiteral("round");
const QString kIssued = QStringLiteral("issued");
const QString kFormatKey = QStringLiteral("format");
const QString kActions = QStringLiteral("action");

QStringList headers()
{
    return {QStringLiteral("ID"),         QStringLiteral("Theme"),     QStringLiteral("Objective"),
            QStringLiteral("Action"),     QStringLiteral("Timescale"), QStringLiteral("Due"),
            QStringLiteral("Status"),     QStringLiteral("RAG"),       QStringLiteral("Latest progress"),
            QStringLiteral("New status"), QStringLiteral("New RAG"),   QStringLiteral("Progress update")};
}

const QList<double> kWidths = {7, 18, 26, 44, 14, 12, 13, 6, 36, 15, 9, 44};

QString key(const QString& text)
{
    return text.simplified().toLower();
}

// A drop-down list on a column of answer cells; anything else typed there is refused by Excel.
void dropDown(lxw_worksheet* sheet, int firstRow, int lastRow, int column, const QStringList& choices,
              const char* message)
{
    QList<QByteArray> utf8;
    for (const QString& c : choices)
        utf8 << c.toUtf8();
    QList<const char*> list;
    for (const QByteArray& c : utf8)
        list << c.constData();
    list << nullptr;
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = const_cast<char**>(list.data());
    validation.ignore_blank = LXW_VALIDATION_ON;
    validation.dropdown = LXW_VALIDATION_ON;
    validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    validation.error_title = const_cast<char*>("WRES Tracker");
    validation.error_message = const_cast<char*>(message);
    const lxw_error error = worksheet_data_validation_range(sheet, lxw_row_t(firstRow), lxw_col_t(column),
                                                            lxw_row_t(lastRow), lxw_col_t(column), &validation);
    if (error != LXW_NO_ERROR)
        throw std::runtime_error(std::string("a drop-down list could not be written: ") + lxw_strerror(error));
}

QString dueText(const QDate& due)
{
    return due.isValid() ? QLocale(QLocale::English, QLocale::UnitedKingdom).toString(due, QStringLiteral("d MMM yyyy"))
                         : QString();
}

} // namespace

QStringList answerHeaders()
{
    return headers().mid(9);
}

QString Returned::place(int column, int row) const
{
    return QStringLiteral("%1!%2").arg(sheet, Xlsx::cellName(column, row));
}

QByteArray write(const UpdateRequests::LeadRequest& request)
{
    XlsxWriter::Workbook book;
    lxw_doc_properties properties{};
    const QByteArray title = QStringLiteral("Update request: %1").arg(request.lead).toUtf8();
    properties.title = const_cast<char*>(title.constData());
    properties.author = const_cast<char*>("WRES Tracker");
    workbook_set_properties(book.book(), &properties);

    lxw_format* wrapped = book.wrapped();
    lxw_format* answer = book.format();
    format_set_unlocked(answer);
    format_set_text_wrap(answer);
    format_set_align(answer, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(answer, LXW_BORDER_THIN);
    format_set_bg_color(answer, 0xFFF2CC); // a pale yellow: the cells to fill in
    lxw_format* instruction = book.format();
    format_set_text_wrap(instruction);
    format_set_align(instruction, LXW_ALIGN_VERTICAL_TOP);
    format_set_font_size(instruction, 12);

    // The sheet the lead fills in.
    lxw_worksheet* sheet = book.sheet(kAnswersSheet);
    const QStringList columns = headers();
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QString says =
        QCoreApplication::translate(
            "wres", "Update request for %1: %2 (%3), sent %4. For each action, choose a New status and a New RAG "
                    "from the lists and write a Progress update in the yellow cells; leave a row blank if nothing "
                    "has changed. Save the file with the same name and send it back. Only the yellow cells can "
                    "be changed.")
            .arg(request.lead, request.planTitle, request.organisation,
                 english.toString(request.issuedAt.toLocalTime().date(), QStringLiteral("d MMMM yyyy")));
    worksheet_merge_range(sheet, 0, 0, 0, lxw_col_t(columns.size() - 1), "", instruction);
    text(sheet, 0, 0, says, instruction);
    worksheet_set_row(sheet, 0, 48, nullptr);
    XlsxWriter::headerRow(sheet, 1, columns, kWidths, book.header());
    int row = 2;
    for (const UpdateRequests::RequestedAction& a : request.actions) {
        const QStringList cells = {
            QString::number(a.id), a.theme,          a.objective, a.text, a.timescale, dueText(a.due),
            statusLabel(a.status), ragLetter(a.rag), a.progress};
        fitRow(sheet, row, cells, kWidths);
        XlsxWriter::number(sheet, row, 0, double(a.id), wrapped);
        for (int c = 1; c < cells.size(); ++c) {
            lxw_format* f = c == 6 ? book.status(a.status) : c == 7 ? book.rag(a.rag) : wrapped;
            text(sheet, row, c, cells[c], f);
        }
        for (int c = 9; c < 12; ++c)
            worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(c), answer);
        ++row;
    }
    if (!request.actions.isEmpty()) {
        QStringList statuses;
        for (Status s : {Status::NotStarted, Status::InProgress, Status::Delayed, Status::Complete})
            statuses << statusLabel(s);
        dropDown(sheet, 2, row - 1, 9, statuses,
                 "Choose a status from the list: Not started, In progress, "
                 "Delayed or Complete.");
        dropDown(sheet, 2, row - 1, 10,
                 {QStringLiteral("R"), QStringLiteral("A"), QStringLiteral("G"), QStringLiteral("B")},
                 "Choose R (red), A (amber), G (green) or B (blue, complete) from the list.");
    }
    XlsxWriter::printSetUp(sheet, 1);
    lxw_protection protection{};
    protection.format_columns = 1;
    protection.format_rows = 1;
    worksheet_protect(sheet, nullptr, &protection);

    // The record of the request, for matching the answers to it.
    lxw_worksheet* record = book.sheet(kRecordSheet);
    const QList<std::pair<QString, QString>> lines = {
        {kFormatKey, QString::number(kFormat)},
        {kPlan, request.planUid},
        {kPlanTitle, request.planTitle},
        {kLead, request.lead},
        {kRequest, request.uid},
        {kRound, request.roundUid},
        {kIssued, StoredValues::fromDateTime(request.issuedAt)},
    };
    text(record, 0, 0, kMarker);
    for (int i = 0; i < lines.size(); ++i) {
        text(record, i + 1, 0, lines[i].first);
        text(record, i + 1, 1, lines[i].second);
    }
    row = int(lines.size()) + 2;
    const QStringList recordColumns = {kActions, QStringLiteral("revision"), QStringLiteral("status"),
                                       QStringLiteral("rag"), QStringLiteral("progress")};
    for (int c = 0; c < recordColumns.size(); ++c)
        text(record, row, c, recordColumns[c]);
    for (const UpdateRequests::RequestedAction& a : request.actions) {
        ++row;
        text(record, row, 0, QString::number(a.id));
        text(record, row, 1, QString::number(a.revision));
        text(record, row, 2, statusCode(a.status));
        text(record, row, 3, ragLetter(a.rag));
        text(record, row, 4, a.progress);
    }
    worksheet_hide(record);
    worksheet_protect(record, nullptr, nullptr);
    return book.close();
}

Returned read(const QByteArray& bytes, const QString& fileName)
{
    Returned result;
    const Xlsx::Workbook book = Xlsx::readWorkbook(bytes, fileName);
    if (!book.problems.isEmpty()) {
        result.problems = book.problems;
        return result;
    }
    const auto fail = [&](const QString& place, const QString& message) {
        result.problems << Problem::at(fileName, place, message);
        return result;
    };

    // The record: what was asked, of whom, about which plan.
    const Xlsx::Worksheet* record = book.sheet(QString::fromLatin1(kRecordSheet));
    if (!record || record->rows.isEmpty() || record->rows.front().cells.value(0) != kMarker)
        return fail({}, QCoreApplication::translate(
                            "wres", "this is not an update request made by WRES Tracker (it has no request "
                                    "record); only the workbooks from Request Updates can be imported here"));
    QHash<QString, QString> values;
    QHash<QString, int> valueRows;
    int actionsHeader = -1;
    for (int i = 1; i < record->rows.size(); ++i) {
        const Xlsx::Row& r = record->rows[i];
        const QString k = key(r.cells.value(0));
        if (k == kActions) {
            actionsHeader = i;
            break;
        }
        values.insert(k, r.cells.value(1).trimmed());
        valueRows.insert(k, r.number);
    }
    const QString recordName = record->name;
    if (values.value(kFormatKey).toInt() > kFormat)
        return fail(QStringLiteral("%1!B%2").arg(recordName).arg(valueRows.value(kFormatKey)),
                    QCoreApplication::translate("wres", "this request was made by a newer WRES Tracker; update the "
                                                        "program to import it"));
    for (const QString& needed : {kPlan, kLead, kRequest, kIssued})
        if (values.value(needed).isEmpty() || actionsHeader < 0)
            return fail(recordName, QCoreApplication::translate("wres", "the request record is damaged ('%1' is "
                                                                        "missing); nothing can be matched to the plan")
                                        .arg(needed));
    UpdateRequests::LeadRequest& request = result.request;
    request.planUid = values.value(kPlan);
    result.planPlace = QStringLiteral("%1!B%2").arg(recordName).arg(valueRows.value(kPlan));
    request.planTitle = values.value(kPlanTitle);
    request.lead = values.value(kLead);
    request.uid = values.value(kRequest);
    request.roundUid = values.value(kRound, request.uid);
    request.issuedAt = StoredValues::toDateTime(values.value(kIssued));
    QHash<qint64, int> requested; // action id -> index in request.actions
    for (int i = actionsHeader + 1; i < record->rows.size(); ++i) {
        const QStringList& cells = record->rows[i].cells;
        UpdateRequests::RequestedAction a;
        a.id = cells.value(0).toLongLong();
        a.revision = cells.value(1).toInt();
        a.status = statusFromCode(cells.value(2)).value_or(Status::None);
        a.rag = parseRag(cells.value(3)).value_or(Rag::None);
        a.progress = cells.value(4);
        if (a.id > 0) {
            requested.insert(a.id, int(request.actions.size()));
            request.actions << a;
        }
    }

    // The answers: the first sheet (or the one named Updates), under the header row.
    const Xlsx::Worksheet* answers = book.sheet(QString::fromLatin1(kAnswersSheet));
    if (!answers)
        answers = &book.sheets.front();
    result.sheet = answers->name;
    int headerIndex = -1;
    QHash<QString, int> columnOf;
    for (int i = 0; i < answers->rows.size() && headerIndex < 0; ++i) {
        const QStringList& cells = answers->rows[i].cells;
        for (int c = 0; c < cells.size(); ++c)
            if (key(cells[c]) == key(answerHeaders().front()))
                headerIndex = i;
        if (headerIndex >= 0)
            for (int c = 0; c < cells.size(); ++c)
                columnOf.insert(key(cells[c]), c);
    }
    const QStringList wantedHeaders = {headers().front(), answerHeaders()[0], answerHeaders()[1], answerHeaders()[2]};
    for (const QString& h : wantedHeaders)
        if (headerIndex < 0 || !columnOf.contains(key(h)))
            return fail(result.sheet,
                        QCoreApplication::translate("wres", "the column '%1' is missing; the header row must keep "
                                                            "the columns as they were sent")
                            .arg(h));
    result.idColumn = columnOf.value(key(wantedHeaders[0]));
    result.statusColumn = columnOf.value(key(wantedHeaders[1]));
    result.ragColumn = columnOf.value(key(wantedHeaders[2]));
    result.noteColumn = columnOf.value(key(wantedHeaders[3]));

    QSet<qint64> seen;
    for (int i = headerIndex + 1; i < answers->rows.size(); ++i) {
        const Xlsx::Row& r = answers->rows[i];
        const QString idText = r.cells.value(result.idColumn).trimmed();
        const QString statusText = r.cells.value(result.statusColumn).trimmed();
        const QString ragText = r.cells.value(result.ragColumn).trimmed();
        const QString note = r.cells.value(result.noteColumn).trimmed();
        const bool answered = !statusText.isEmpty() || !ragText.isEmpty() || !note.isEmpty();
        if (!answered) {
            if (!idText.isEmpty())
                ++result.blankRows;
            continue;
        }
        Answer a;
        a.row = r.number;
        bool isNumber = false;
        a.actionId = idText.toLongLong(&isNumber);
        if (idText.isEmpty()) {
            result.problems << Problem::at(fileName, result.place(result.idColumn, r.number),
                                           QCoreApplication::translate("wres", "an answer without an action ID; "
                                                                               "answers belong on the rows sent"));
            continue;
        }
        if (!isNumber || a.actionId <= 0) {
            result.problems << Problem::at(fileName, result.place(result.idColumn, r.number),
                                           QCoreApplication::translate("wres", "'%1' is not an action ID").arg(idText));
            continue;
        }
        if (!requested.contains(a.actionId)) {
            result.problems << Problem::at(
                fileName, result.place(result.idColumn, r.number),
                QCoreApplication::translate("wres", "action %1 was not in this request to %2")
                    .arg(a.actionId)
                    .arg(request.lead));
            continue;
        }
        if (seen.contains(a.actionId)) {
            result.problems << Problem::at(
                fileName, result.place(result.idColumn, r.number),
                QCoreApplication::translate("wres", "action %1 is answered twice").arg(a.actionId));
            continue;
        }
        seen.insert(a.actionId);
        if (!statusText.isEmpty()) {
            a.status = parseStatus(statusText);
            if (!a.status)
                result.problems << Problem::at(
                    fileName, result.place(result.statusColumn, r.number),
                    QCoreApplication::translate("wres", "'%1' is not a status; use Not started, In progress, "
                                                        "Delayed or Complete")
                        .arg(statusText));
        }
        if (!ragText.isEmpty()) {
            a.rag = parseRag(ragText);
            if (!a.rag)
                result.problems << Problem::at(
                    fileName, result.place(result.ragColumn, r.number),
                    QCoreApplication::translate("wres", "'%1' is not a RAG rating; use R, A, G or B").arg(ragText));
        }
        a.note = note;
        result.answers << a;
    }
    return result;
}

} // namespace wres::core::RequestWorkbook
