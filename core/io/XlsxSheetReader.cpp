#include "XlsxSheetReader.h"

#include "domain/TextLimits.h"
#include "io/XlsxLimits.h"
#include "io/XlsxText.h"
#include "io/XmlPartReader.h"

#include <QCoreApplication>

#include <algorithm>

namespace wres::core::Xlsx {
namespace {

using XlsxNumbers::DateShown;

// A cell's text as its XML holds it may be seven times its length (every character an _xHHHH_
// escape): read that much at most, and the whole length is still known.
constexpr qint64 kRawCap = 7 * (qint64(XlsxLimits::kMaxCellText) + 1);

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

} // namespace

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

SheetReader::SheetReader(const SharedStrings& shared, const QList<DateShown>& dates, qint64& cellsLeft,
                         QList<LongCell>& longCells)
    : m_shared(shared), m_dates(dates), m_cellsLeft(cellsLeft), m_longCells(longCells)
{}

std::optional<Failure> SheetReader::read(const ZipReader& zip, const QString& path, Worksheet& sheet)
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

std::optional<Failure> SheetReader::startRow(QStringView r)
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

std::optional<Failure> SheetReader::endRow()
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

std::optional<Failure> SheetReader::readCell(XmlPartReader& part)
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
        text = XlsxNumbers::numberText(value, style >= 0 && style < m_dates.size() ? m_dates[style] : DateShown::None);
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

} // namespace wres::core::Xlsx
