#include "XlsxWriter.h"

#include "domain/TextLimits.h"
#include "io/XlsxText.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <stdexcept>

namespace wres::core::XlsxWriter {

Workbook::Workbook() : m_path(m_folder.filePath(QStringLiteral("book.xlsx"))), m_book(nullptr)
{
    if (!m_folder.isValid())
        throw std::runtime_error("no temporary folder for the workbook");
    m_book = workbook_new(QFile::encodeName(m_path).constData());
    if (!m_book)
        throw std::runtime_error("the workbook could not be started");
}

Workbook::~Workbook()
{
    if (m_book)
        workbook_close(m_book);
}

lxw_worksheet* Workbook::sheet(const char* name)
{
    lxw_worksheet* s = workbook_add_worksheet(m_book, name);
    if (!s)
        throw std::runtime_error("a worksheet could not be added");
    return s;
}

lxw_format* Workbook::format()
{
    return workbook_add_format(m_book);
}

QByteArray Workbook::close()
{
    const lxw_error error = workbook_close(m_book);
    m_book = nullptr;
    if (error != LXW_NO_ERROR)
        throw std::runtime_error(std::string("the workbook could not be written: ") + lxw_strerror(error));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("the workbook could not be read back");
    return file.readAll();
}

lxw_format* Workbook::header()
{
    if (!m_header) {
        m_header = format();
        format_set_bold(m_header);
        format_set_font_color(m_header, LXW_COLOR_WHITE);
        format_set_bg_color(m_header, 0x005EB8);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        format_set_border(m_header, LXW_BORDER_THIN);
    }
    return m_header;
}

lxw_format* Workbook::wrapped()
{
    if (!m_wrapped) {
        m_wrapped = format();
        format_set_text_wrap(m_wrapped);
        format_set_align(m_wrapped, LXW_ALIGN_VERTICAL_TOP);
        format_set_border(m_wrapped, LXW_BORDER_THIN);
    }
    return m_wrapped;
}

lxw_format* Workbook::coloured(unsigned rgb)
{
    if (lxw_format* f = m_coloured.value(rgb))
        return f;
    lxw_format* f = format();
    format_set_bold(f);
    format_set_bg_color(f, lxw_color_t(rgb));
    const int r = int(rgb >> 16) & 0xff, g = int(rgb >> 8) & 0xff, b = int(rgb) & 0xff;
    format_set_font_color(f, (r * 299 + g * 587 + b * 114) / 1000 > 140 ? LXW_COLOR_BLACK : LXW_COLOR_WHITE);
    format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(f, LXW_BORDER_THIN);
    m_coloured.insert(rgb, f);
    return f;
}

lxw_format* Workbook::status(Status status)
{
    return status == Status::None ? wrapped() : coloured(statusRgb(status));
}

lxw_format* Workbook::rag(Rag rag)
{
    return rag == Rag::None ? wrapped() : coloured(ragRgb(rag));
}

namespace {

// libxlsxwriter refuses a string of more than 32,767 code points, counting our escapes too.
qsizetype codePoints(const QString& text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++n)
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
    return n;
}

QString cutTo(const QString& value, qsizetype units)
{
    const QString note = QCoreApplication::translate("wres", "\n[… cut here by WRES Tracker: the whole text is %1 "
                                                             "characters, more than a spreadsheet cell holds; the "
                                                             "plan keeps it in full]")
                             .arg(TextLimits::number(value.size()));
    qsizetype keep = std::max<qsizetype>(0, units - note.size());
    if (keep > 0 && value[keep - 1].isHighSurrogate())
        --keep; // never half a character
    return value.left(keep) + note;
}

} // namespace

QString fitted(const QString& value)
{
    if (value.size() * 7 <= TextLimits::kMaxText) // even escaped whole (7 for 1), it fits
        return value;
    if (value.size() <= TextLimits::kMaxText &&
        codePoints(XlsxText::escaped(value, XlsxText::Controls::Leave)) <= TextLimits::kMaxText)
        return value;
    // Escapes lengthen a text: one near the limit that holds many of them is cut a little more.
    qsizetype units = TextLimits::kMaxText;
    QString shown = cutTo(value, units);
    for (qsizetype over;
         (over = codePoints(XlsxText::escaped(shown, XlsxText::Controls::Leave)) - TextLimits::kMaxText) > 0;) {
        units -= over;
        shown = cutTo(value, units);
    }
    return shown;
}

bool text(lxw_worksheet* sheet, int row, int column, const QString& value, lxw_format* format)
{
    if (value.isEmpty()) {
        if (format)
            worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format);
        return false;
    }
    const QString shown = fitted(value);
    const QByteArray utf8 = XlsxText::escaped(shown, XlsxText::Controls::Leave).toUtf8();
    const lxw_error error = worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(), format);
    if (error != LXW_NO_ERROR)
        throw std::runtime_error(std::string("a cell could not be written: ") + lxw_strerror(error));
    return shown != value;
}

void number(lxw_worksheet* sheet, int row, int column, double value, lxw_format* format)
{
    worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, format);
}

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

void headerRow(lxw_worksheet* sheet, int row, const QStringList& headers, const QList<double>& widths,
               lxw_format* format)
{
    for (int c = 0; c < headers.size(); ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.value(c, 12), nullptr);
        text(sheet, row, c, headers[c], format);
    }
}

void printSetUp(lxw_worksheet* sheet, int headerRow)
{
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_repeat_rows(sheet, 0, lxw_row_t(headerRow));
    worksheet_fit_to_pages(sheet, 1, 0); // as wide as one page, as long as it needs
    worksheet_freeze_panes(sheet, lxw_row_t(headerRow + 1), 0);
}

} // namespace wres::core::XlsxWriter
