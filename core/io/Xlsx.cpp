#include "Xlsx.h"

#include "domain/TextLimits.h"
#include "io/XlsxLimits.h"
#include "io/XlsxNumbers.h"
#include "io/XlsxSheetReader.h"
#include "io/ZipReader.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <optional>

namespace wres::core::Xlsx {
namespace {

const QByteArray kOle2 = QByteArray::fromHex("d0cf11e0a1b11ae1");

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
    const QList<XlsxNumbers::DateShown> dates = XlsxNumbers::dateStyles(zip, &stylesProblem);
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
