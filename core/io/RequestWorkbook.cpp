#include "RequestWorkbook.h"

#include "domain/TextLimits.h"
#include "io/RequestSignature.h"
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
// 2: the record is signed (io/RequestSignature). A workbook of format 1 is refused on import: the
// plan kept no record of what it asked, so its answers cannot be matched to anything trusted.
const int kFormat = 2;

// The key/value lines of the hidden sheet, by their key in column A.
const QString kPlan = QStringLiteral("plan");
const QString kPlanTitle = QStringLiteral("plan title");
const QString kLead = QStringLiteral("lead");
const QString kRequest = QStringLiteral("request");
const QString kRound = QStringLiteral("round");
const QString kIssued = QStringLiteral("issued");
const QString kFormatKey = QStringLiteral("format");
const QString kSignature = QStringLiteral("signature");
// The values the signature covers, in the record's order.
const QStringList kSigned = {kFormatKey, kPlan, kPlanTitle, kLead, kRequest, kRound, kIssued};
constexpr int kActionColumns = 5; // action, revision, status, rag, progress
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

QStringList cutTexts(const UpdateRequests::LeadRequest& request)
{
    QStringList lines;
    for (const UpdateRequests::RequestedAction& a : request.actions) {
        const QList<std::pair<QString, QString>> fields = {{QStringLiteral("theme"), a.theme},
                                                           {QStringLiteral("objective"), a.objective},
                                                           {QStringLiteral("action"), a.text},
                                                           {QStringLiteral("timescale"), a.timescale},
                                                           {QStringLiteral("progress"), a.progress}};
        for (const auto& [field, value] : fields)
            if (XlsxWriter::fitted(value) != value)
                lines << QCoreApplication::translate("wres", "%1: action %2, %3: %4 characters, more than a "
                                                             "spreadsheet cell holds (%5); the request holds it cut, "
                                                             "with a note saying so")
                             .arg(request.lead, a.number, field, TextLimits::number(value.size()),
                                  TextLimits::number(TextLimits::kMaxText));
    }
    return lines;
}

QStringList answerHeaders()
{
    return headers().mid(9);
}

bool Returned::signedWith(const QByteArray& key) const
{
    return format >= 2 && RequestSignature::verify(key, signedText, signature);
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

    // The record of the request, for matching the answers to it, signed with the plan file's key.
    if (request.signingKey.isEmpty())
        throw std::runtime_error("the request has no key to sign it with");
    lxw_worksheet* record = book.sheet(kRecordSheet);
    const QStringList values = {QString::number(kFormat),
                                request.planUid,
                                request.planTitle,
                                request.lead,
                                request.uid,
                                request.roundUid,
                                StoredValues::fromDateTime(request.issuedAt)};
    QList<QStringList> actionRows;
    for (const UpdateRequests::RequestedAction& a : request.actions)
        actionRows << QStringList{QString::number(a.id), QString::number(a.revision), statusCode(a.status),
                                  ragLetter(a.rag), XlsxWriter::fitted(a.progress)};
    const QString signature = RequestSignature::sign(request.signingKey, RequestSignature::message(values, actionRows));
    text(record, 0, 0, kMarker);
    for (int i = 0; i < kSigned.size(); ++i) {
        text(record, i + 1, 0, kSigned[i]);
        text(record, i + 1, 1, values[i]);
    }
    text(record, int(kSigned.size()) + 1, 0, kSignature);
    text(record, int(kSigned.size()) + 1, 1, signature);
    row = int(kSigned.size()) + 3;
    const QStringList recordColumns = {kActions, QStringLiteral("revision"), QStringLiteral("status"),
                                       QStringLiteral("rag"), QStringLiteral("progress")};
    for (int c = 0; c < recordColumns.size(); ++c)
        text(record, row, c, recordColumns[c]);
    for (const QStringList& cells : actionRows) {
        ++row;
        for (int c = 0; c < cells.size(); ++c)
            text(record, row, c, cells[c]);
    }
    worksheet_hide(record);
    worksheet_protect(record, nullptr, nullptr);
    return book.close();
}

Returned read(const QByteArray& bytes, const QString& fileName)
{
    Returned result;
    // Only the sheets a request has: any others (a lead's own notes) are not read at all.
    const Xlsx::Workbook book = Xlsx::readWorkbook(bytes, fileName, [](int index, const QString& name) {
        return index == 0 || name.compare(QString::fromLatin1(kRecordSheet), Qt::CaseInsensitive) == 0 ||
               name.compare(QString::fromLatin1(kAnswersSheet), Qt::CaseInsensitive) == 0;
    });
    if (!book.problems.isEmpty()) {
        result.problems = book.problems;
        return result;
    }
    // A text too long for a cell is named by its action where it is an answer's progress update
    // (once the answers' columns are known), else by its cell.
    const Xlsx::Worksheet* answers = nullptr;
    const auto addLongCells = [&] {
        for (const Xlsx::LongCell& cell : book.longCells) {
            const QString why = TextLimits::tooLong(cell.length);
            const QString place = cell.place();
            result.problems.removeIf([&](const Problem& p) { return p.place == place; });
            QString action;
            if (answers && cell.sheet == answers->name && cell.column == result.noteColumn)
                for (const Xlsx::Row& r : answers->rows)
                    if (r.number == cell.row)
                        action = r.cell(result.idColumn).trimmed().left(32);
            result.problems << Problem::at(
                fileName, place,
                action.isEmpty()
                    ? why
                    : QCoreApplication::translate("wres", "action %1, %2: %3").arg(action, answerHeaders()[2], why));
        }
    };
    const auto fail = [&](const QString& place, const QString& message) {
        result.problems << Problem::at(fileName, place, message);
        addLongCells();
        return result;
    };

    // The record: what was asked, of whom, about which plan. Values are taken as they stand (not
    // trimmed): the signature covers them so.
    const Xlsx::Worksheet* record = book.sheet(QString::fromLatin1(kRecordSheet));
    if (!record || record->rows.isEmpty() || record->rows.front().cell(0) != kMarker)
        return fail({}, QCoreApplication::translate(
                            "wres", "this is not an update request made by WRES Tracker (it has no request "
                                    "record); only the workbooks from Request Updates can be imported here"));
    QHash<QString, QString> values;
    QHash<QString, int> valueRows;
    int actionsHeader = -1;
    for (int i = 1; i < record->rows.size(); ++i) {
        const Xlsx::Row& r = record->rows[i];
        const QString k = key(r.cell(0));
        if (k == kActions) {
            actionsHeader = i;
            break;
        }
        values.insert(k, r.cell(1));
        valueRows.insert(k, r.number);
    }
    const QString recordName = record->name;
    result.format = values.value(kFormatKey).trimmed().toInt();
    if (result.format > kFormat)
        return fail(QStringLiteral("%1!B%2").arg(recordName).arg(valueRows.value(kFormatKey)),
                    QCoreApplication::translate("wres", "this request was made by a newer WRES Tracker; update the "
                                                        "program to import it"));
    for (const QString& needed : {kPlan, kLead, kRequest, kIssued})
        if (values.value(needed).trimmed().isEmpty() || actionsHeader < 0)
            return fail(recordName, QCoreApplication::translate("wres", "the request record is damaged ('%1' is "
                                                                        "missing); nothing can be matched to the plan")
                                        .arg(needed));
    UpdateRequests::LeadRequest& request = result.request;
    request.planUid = values.value(kPlan).trimmed();
    result.planPlace = QStringLiteral("%1!B%2").arg(recordName).arg(valueRows.value(kPlan));
    request.planTitle = values.value(kPlanTitle);
    request.lead = values.value(kLead);
    request.uid = values.value(kRequest).trimmed();
    request.roundUid = values.value(kRound, request.uid).trimmed();
    request.issuedAt = StoredValues::toDateTime(values.value(kIssued).trimmed());
    result.signature = values.value(kSignature);
    result.signaturePlace = valueRows.contains(kSignature)
                                ? QStringLiteral("%1!B%2").arg(recordName).arg(valueRows.value(kSignature))
                                : recordName;
    QStringList signedValues;
    for (const QString& k : kSigned)
        signedValues << values.value(k);
    QList<QStringList> signedRows;
    QHash<qint64, int> requested; // action id -> index in request.actions
    for (int i = actionsHeader + 1; i < record->rows.size(); ++i) {
        const QStringList cells = record->rows[i].texts(kActionColumns);
        signedRows << cells;
        UpdateRequests::RequestedAction a;
        a.id = cells[0].toLongLong();
        a.revision = cells[1].toInt();
        a.status = statusFromCode(cells[2]).value_or(Status::None);
        a.rag = parseRag(cells[3]).value_or(Rag::None);
        a.progress = cells[4];
        if (a.id > 0 && !requested.contains(a.id)) {
            requested.insert(a.id, int(request.actions.size()));
            request.actions << a;
        }
    }
    result.signedText = RequestSignature::message(signedValues, signedRows);

    // The answers: the first sheet (or the one named Updates), under the header row.
    const Xlsx::Worksheet* answersSheet = book.sheet(QString::fromLatin1(kAnswersSheet));
    if (!answersSheet)
        answersSheet = &book.sheets.front();
    result.sheet = answersSheet->name;
    int headerIndex = -1;
    QHash<QString, int> columnOf;
    for (int i = 0; i < answersSheet->rows.size() && headerIndex < 0; ++i) {
        const QList<Xlsx::Cell>& cells = answersSheet->rows[i].cells;
        for (const Xlsx::Cell& c : cells)
            if (key(c.text) == key(answerHeaders().front()))
                headerIndex = i;
        if (headerIndex >= 0)
            for (const Xlsx::Cell& c : cells)
                columnOf.insert(key(c.text), c.column);
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
    answers = answersSheet;

    QSet<qint64> seen;
    for (int i = headerIndex + 1; i < answers->rows.size(); ++i) {
        const Xlsx::Row& r = answers->rows[i];
        const QString idText = r.cell(result.idColumn).trimmed();
        const QString statusText = r.cell(result.statusColumn).trimmed();
        const QString ragText = r.cell(result.ragColumn).trimmed();
        const QString note = r.cell(result.noteColumn).trimmed();
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
        if (const QString why = TextLimits::problem(note); !why.isEmpty())
            result.problems << Problem::at(
                fileName, result.place(result.noteColumn, r.number),
                QCoreApplication::translate("wres", "action %1, %2: %3").arg(a.actionId).arg(answerHeaders()[2], why));
        a.note = note;
        result.answers << a;
    }
    addLongCells();
    return result;
}

} // namespace wres::core::RequestWorkbook
