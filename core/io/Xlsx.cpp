#include "Xlsx.h"

#include "domain/TextLimits.h"
#include "io/XlsxLimits.h"
#include "io/XlsxNumbers.h"
#include "io/XlsxText.h"
#include "io/XmlPartReader.h"
#include "io/ZipReader.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <optional>

namespace wres::core::Xlsx {
namespace {

using XlsxNumbers::DateShown;

const QByteArray kOle2 = QByteArray::fromHex("d0cf11e0a1b11ae1");
// A cell's text as its XML holds it may be seven times its length (every character an _xHHHH_
// escape): read that much at most, and the whole length is still known.
constexpr qint64 kRawCap = 7 * (qint64(XlsxLimits::kMaxCellText) + 1);

// A problem at a place of the workbook ("Plan!XFD7", "Plan", or the whole file when empty).
struct Failure
{
    QString place;
    QString message;
};

// The shared strings, each kept to one more than a cell holds; the whole length of those longer.
struct SharedStrings
{
    QStringList texts;
    QHash<int, qint64> overLong;
};

std::optional<Failure> readSharedStrings(const ZipReader& zip, SharedStrings& shared)
{
    XmlPartReader part(zip, QStringLiteral("xl/sharedStrings.xml"));
    qint64 total = 0;
    while (part.next()) {
        if (!part.xml().isStartElement() || part.xml().name() != u"si")
            continue;
        if (shared.texts.size() >= XlsxLimits::kMaxSharedStrings)
            return Failure{{},
                           QCoreApplication::translate("wres", "the workbook has more than %1 shared strings, the "
                                                               "limit for a workbook; the file is refused")
                               .arg(TextLimits::number(XlsxLimits::kMaxSharedStrings))};
        qint64 length = 0;
        QString text = XlsxText::unescaped(part.text(kRawCap, &length));
        if (length > kRawCap || text.size() > XlsxLimits::kMaxCellText) {
            shared.overLong.insert(int(shared.texts.size()), length > kRawCap ? length : text.size());
            text.truncate(XlsxLimits::kMaxCellText + 1);
        }
        total += text.size();
        if (total > XlsxLimits::kMaxSharedText)
            return Failure{{},
                           QCoreApplication::translate("wres", "the workbook's shared strings hold more than %1 "
                                                               "characters together, the limit for a workbook; the "
                                                               "file is refused")
                               .arg(TextLimits::number(XlsxLimits::kMaxSharedText))};
        shared.texts << text;
    }
    if (part.failed() || (!part.isOpen() && !part.problem().isEmpty()))
        return Failure{{}, part.problem()};
    return std::nullopt;
}

// "F12" -> 5 (0-based column); -1 when it is not a cell reference, or past column XFD.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c.unicode() - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            column = column * 26 + (c.unicode() - u'a' + 1);
        else
            break;
        if (++letters > 3)
            return -1;
    }
    return letters == 0 || column > XlsxLimits::kMaxColumns ? -1 : column - 1;
}

// A row's cells by column, each once (the last given wins), without empty ones.
QList<Cell> tidied(QList<Cell> cells, bool inOrder)
{
    cells.removeIf([](const Cell& c) { return c.text.isEmpty(); });
    if (!inOrder) {
        std::stable_sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) { return a.column < b.column; });
        QList<Cell> unique;
        for (Cell& c : cells) {
            if (!unique.isEmpty() && unique.last().column == c.column)
                unique.last() = std::move(c);
            else
                unique << std::move(c);
        }
        return unique;
    }
    return cells;
}

class SheetReader
{
public:
    SheetReader(const SharedStrings& shared, const QList<DateShown>& dates, qint64& cellsLeft,
                QList<LongCell>& longCells)
        : m_shared(shared), m_dates(dates), m_cellsLeft(cellsLeft), m_longCells(longCells)
    {}

    std::optional<Failure> read(const ZipReader& zip, const QString& path, Worksheet& sheet)
    {
        XmlPartReader part(zip, path);
        if (!part.isOpen())
            return Failure{sheet.name, part.problem().isEmpty()
                                           ? QCoreApplication::translate("wres", "the workbook is damaged: the part "
                                                                                 "of sheet '%1' is missing")
                                                 .arg(sheet.name)
                                           : part.problem()};
        m_sheet = &sheet;
        QXmlStreamReader& xml = part.xml();
        while (part.next()) {
            if (xml.isStartElement() && xml.name() == u"row") {
                if (auto failure = startRow(xml.attributes().value(QStringLiteral("r"))))
                    return failure;
            } else if (xml.isEndElement() && xml.name() == u"row") {
                if (auto failure = endRow())
                    return failure;
            } else if (xml.isStartElement() && xml.name() == u"c") {
                if (auto failure = readCell(part))
                    return failure;
            }
        }
        if (part.failed())
            return Failure{sheet.name, part.problem()};
        return endRow();
    }

private:
    std::optional<Failure> startRow(QStringView r)
    {
        bool ok = false;
        const qint64 number = r.toLongLong(&ok);
        m_row = ok && number > 0 ? number : m_row + 1;
        if (m_row > XlsxLimits::kMaxRowNumber)
            return Failure{m_sheet->name,
                           QCoreApplication::translate("wres", "row %1 is beyond the last row a spreadsheet has (%2); "
                                                               "the workbook is damaged")
                               .arg(TextLimits::number(m_row), TextLimits::number(XlsxLimits::kMaxRowNumber))};
        return std::nullopt;
    }

    std::optional<Failure> endRow()
    {
        if (m_cells.isEmpty())
            return std::nullopt;
        Row row{int(std::max<qint64>(m_row, 1)), tidied(std::move(m_cells), m_inOrder)};
        m_cells = {};
        m_inOrder = true;
        if (row.cells.isEmpty())
            return std::nullopt;
        if (m_sheet->rows.size() >= XlsxLimits::kMaxFilledRows)
            return Failure{m_sheet->name,
                           QCoreApplication::translate("wres", "the sheet has more than %1 filled rows, the limit for "
                                                               "a sheet; the file is refused")
                               .arg(TextLimits::number(XlsxLimits::kMaxFilledRows))};
        m_cellsLeft -= row.cells.size();
        if (m_cellsLeft < 0)
            return Failure{m_sheet->name,
                           QCoreApplication::translate("wres", "the workbook has more than %1 filled cells, the limit "
                                                               "for a workbook; the file is refused")
                               .arg(TextLimits::number(XlsxLimits::kMaxFilledCells))};
        m_sheet->rows << std::move(row);
        return std::nullopt;
    }

    std::optional<Failure> readCell(XmlPartReader& part)
    {
        QXmlStreamReader& xml = part.xml();
        const QXmlStreamAttributes attributes = xml.attributes();
        const QStringView type = attributes.value(QStringLiteral("t"));
        const bool shared = type == u"s", inlineText = type == u"inlineStr", string = type == u"str";
        const bool boolean = type == u"b", error = type == u"e";
        const int style = attributes.value(QStringLiteral("s")).toInt();
        const QStringView reference = attributes.value(QStringLiteral("r"));
        const int row = int(std::max<qint64>(m_row, 1));
        int column = reference.isEmpty() ? (m_cells.isEmpty() ? 0 : m_cells.last().column + 1) : columnOf(reference);
        if (column < 0 || column >= XlsxLimits::kMaxColumns)
            return Failure{m_sheet->name,
                           QCoreApplication::translate("wres", "the cell '%1' on row %2 is beyond the last column a "
                                                               "spreadsheet has (XFD); the workbook is damaged")
                               .arg(reference.left(16).toString(), TextLimits::number(row))};
        const QString place = QStringLiteral("%1!%2").arg(m_sheet->name, cellName(column, row));
        QString value;
        qint64 length = 0;
        const int depth = part.depth();
        while (part.next()) {
            if (xml.isStartElement() && (xml.name() == u"v" || (xml.name() == u"is" && inlineText)))
                value = part.text(kRawCap, &length);
            else if (xml.isEndElement() && part.depth() < depth)
                break;
        }
        if (part.failed())
            return Failure{m_sheet->name, part.problem()};
        QString text;
        if (shared) {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= m_shared.texts.size())
                return Failure{place, QCoreApplication::translate("wres", "the cell refers to a shared string that "
                                                                          "is not there; the workbook is damaged")};
            if (const auto over = m_shared.overLong.constFind(index); over != m_shared.overLong.cend())
                length = *over;
            text = m_shared.texts[index];
        } else if (inlineText || string) {
            text = XlsxText::unescaped(value);
        } else if (boolean) {
            text = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (error) {
            text = value;
        } else {
            text =
                XlsxNumbers::numberText(value, style >= 0 && style < m_dates.size() ? m_dates[style] : DateShown::None);
        }
        if (length > kRawCap || text.size() > XlsxLimits::kMaxCellText) {
            // Kept cut, for whoever reads it to refuse, naming what the cell holds.
            m_longCells << LongCell{m_sheet->name, column, row,
                                    length > kRawCap || (shared && length > 0) ? length : text.size()};
            text.truncate(XlsxLimits::kMaxCellText + 1);
        }
        if (!m_cells.isEmpty() && column <= m_cells.last().column)
            m_inOrder = false;
        m_cells << Cell{column, std::move(text)};
        if (m_cells.size() > XlsxLimits::kMaxColumns)
            m_cells = tidied(std::move(m_cells), false); // a row naming the same cells again and again
        return std::nullopt;
    }

    const SharedStrings& m_shared;
    const QList<DateShown>& m_dates;
    qint64& m_cellsLeft;
    QList<LongCell>& m_longCells;
    Worksheet* m_sheet = nullptr;
    qint64 m_row = 0;
    QList<Cell> m_cells;
    bool m_inOrder = true;
};

} // namespace

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QString cellName(int column, int row)
{
    return columnName(column) + QString::number(row);
}

QString LongCell::place() const
{
    return QStringLiteral("%1!%2").arg(sheet, cellName(column, row));
}

QString Row::cell(int column) const
{
    const auto it = std::lower_bound(cells.cbegin(), cells.cend(), column,
                                     [](const Cell& c, int wanted) { return c.column < wanted; });
    return it != cells.cend() && it->column == column ? it->text : QString();
}

QStringList Row::texts(int columns) const
{
    QStringList list(columns);
    for (const Cell& c : cells)
        if (c.column < columns)
            list[c.column] = c.text;
    return list;
}

const Worksheet* Workbook::sheet(const QString& name) const
{
    for (const Worksheet& s : sheets)
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

Workbook readWorkbook(const QByteArray& bytes, const QString& fileName, Sheets which)
{
    return readWorkbook(bytes, fileName,
                        [which](int index, const QString&) { return which == Sheets::All || index == 0; });
}

Workbook readWorkbook(const QByteArray& bytes, const QString& fileName,
                      const std::function<bool(int index, const QString& name)>& wanted)
{
    Workbook book;
    const auto fail = [&](const QString& place, const QString& message) {
        book.sheets.clear();
        book.problems << Problem::at(fileName, place, message);
        return book;
    };
    if (bytes.startsWith(kOle2)) {
        // An old binary workbook, or an encrypted one (Office wraps those in the same container).
        if (bytes.contains(QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o", 28)))
            return fail({}, QCoreApplication::translate(
                                "wres", "the workbook is protected by a password; save a copy without the password "
                                        "(File ▸ Info ▸ Protect Workbook in Excel) and import that"));
        return fail({}, QCoreApplication::translate(
                            "wres", "this is an old Excel 97-2003 workbook (.xls); save it as an Excel Workbook "
                                    "(.xlsx) and import that"));
    }
    const ZipReader zip(bytes);
    if (!zip.problem().isEmpty())
        return fail({}, zip.problem());
    if (!bytes.startsWith("PK") || !zip.isValid())
        return fail({}, QCoreApplication::translate("wres", "not an Excel workbook (.xlsx): it is not a zip package"));
    if (!zip.contains(QStringLiteral("xl/workbook.xml")) || !zip.contains(QStringLiteral("xl/_rels/workbook.xml.rels")))
        return fail({}, QCoreApplication::translate(
                            "wres", "not an Excel workbook (.xlsx), or a damaged one: it has no workbook part"));

    // The sheets in the workbook's order, with the relation naming the part of each.
    QStringList sheetRelations;
    {
        XmlPartReader part(zip, QStringLiteral("xl/workbook.xml"));
        while (part.next()) {
            QXmlStreamReader& xml = part.xml();
            if (!xml.isStartElement() || xml.name() != u"sheet")
                continue;
            if (book.sheets.size() >= XlsxLimits::kMaxSheets)
                return fail({}, QCoreApplication::translate("wres", "the workbook has more than %1 sheets, the limit "
                                                                    "for a workbook; the file is refused")
                                    .arg(XlsxLimits::kMaxSheets));
            Worksheet sheet;
            // Excel keeps a sheet's name to 31 characters; more says nothing more.
            sheet.name = xml.attributes().value(QStringLiteral("name")).left(255).toString();
            const auto state = xml.attributes().value(QStringLiteral("state"));
            sheet.hidden = state == u"hidden" || state == u"veryHidden";
            QString relation;
            for (const QXmlStreamAttribute& a : xml.attributes())
                if (a.name() == u"id")
                    relation = a.value().left(255).toString();
            book.sheets << sheet;
            sheetRelations << relation;
        }
        if (part.failed())
            return fail({}, part.problem());
        if (book.sheets.isEmpty() || sheetRelations.front().isEmpty())
            return fail({}, QCoreApplication::translate("wres", "the workbook is damaged or has no worksheet"));
    }
    QHash<QString, QString> targets; // of the sheets wanted only
    for (int i = 0; i < book.sheets.size(); ++i)
        if (wanted(i, book.sheets[i].name))
            targets.insert(sheetRelations[i], QString());
    {
        XmlPartReader part(zip, QStringLiteral("xl/_rels/workbook.xml.rels"));
        while (part.next()) {
            QXmlStreamReader& xml = part.xml();
            if (!xml.isStartElement() || xml.name() != u"Relationship")
                continue;
            const auto id = xml.attributes().value(QStringLiteral("Id"));
            if (const auto it = targets.find(id.toString()); it != targets.end())
                *it = xml.attributes().value(QStringLiteral("Target")).left(1024).toString();
        }
        if (part.failed())
            return fail({}, part.problem());
    }

    SharedStrings shared;
    if (auto failure = readSharedStrings(zip, shared))
        return fail(failure->place, failure->message);
    QString stylesProblem;
    const QList<DateShown> dates = XlsxNumbers::dateStyles(zip, &stylesProblem);
    if (!stylesProblem.isEmpty())
        return fail({}, stylesProblem);

    qint64 cellsLeft = XlsxLimits::kMaxFilledCells;
    for (int i = 0; i < book.sheets.size(); ++i) {
        Worksheet& sheet = book.sheets[i];
        if (!wanted(i, sheet.name))
            continue;
        const QString target = targets.value(sheetRelations[i]);
        if (target.isEmpty())
            return fail({}, QCoreApplication::translate("wres", "the workbook is damaged: its sheet '%1' has no part")
                                .arg(sheet.name));
        const QString path = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
        if (auto failure = SheetReader(shared, dates, cellsLeft, book.longCells).read(zip, path, sheet))
            return fail(failure->place, failure->message);
        sheet.read = true;
    }
    return book;
}

Sheet readFirstSheet(const QByteArray& bytes, const QString& fileName)
{
    Sheet sheet;
    Workbook book = readWorkbook(bytes, fileName, Sheets::First);
    sheet.problems = book.problems;
    if (!book.problems.isEmpty())
        return sheet;
    Worksheet& first = book.sheets.front();
    sheet.name = first.name;
    sheet.longCells = book.longCells;
    if (first.rows.isEmpty()) {
        sheet.problems << Problem{fileName,
                                  0,
                                  {},
                                  QCoreApplication::translate("wres",
                                                              "the first sheet '%1' is empty; the plan must be on "
                                                              "the first sheet, with a header row")
                                      .arg(first.name)};
        return sheet;
    }
    // The table is as wide as its header: a filled cell further right is named, and the row is
    // never made that wide.
    const Row& header = first.rows.front();
    const int width = header.cells.last().column + 1;
    if (width > XlsxLimits::kMaxTableColumns) {
        sheet.problems << Problem::at(
            fileName, QStringLiteral("%1!%2").arg(first.name, cellName(width - 1, header.number)),
            QCoreApplication::translate("wres", "the header row goes on to column %1; a table has at most %2 columns")
                .arg(columnName(width - 1))
                .arg(XlsxLimits::kMaxTableColumns));
        return sheet;
    }
    sheet.table.header = header.texts(width);
    for (qsizetype r = 1; r < first.rows.size(); ++r) {
        const Row& row = first.rows[r];
        if (row.cells.last().column >= width) {
            sheet.problems << Problem::at(
                fileName, QStringLiteral("%1!%2").arg(first.name, cellName(row.cells.last().column, row.number)),
                QCoreApplication::translate("wres", "a filled cell to the right of the table, whose header ends at "
                                                    "column %1; move it into the table or clear it")
                    .arg(columnName(width - 1)));
            continue;
        }
        sheet.table.records << CsvRecord{row.number, row.texts(row.cells.last().column + 1)};
    }
    if (!sheet.problems.isEmpty())
        sheet.table = {};
    return sheet;
}

} // namespace wres::core::Xlsx
