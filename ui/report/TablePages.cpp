#include "TablePages.h"

#include "style/StatusStyle.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace wres::ui {
namespace {

const QColor kBlue(0x00, 0x5e, 0xb8);
const QColor kRule(0x76, 0x86, 0x92);
const QColor kObjectiveFill(0xe8, 0xed, 0xee);
const QColor kGrey(0x42, 0x55, 0x63);

// Text laid out in a width: line breaks kept, wrapped at word boundaries, or anywhere for a word
// wider than the cell (a long web address must not run into the next column).
class Wrapped
{
public:
    Wrapped(QString text, const QFont& font, double width, QPaintDevice* device,
            const QList<QTextLayout::FormatRange>& formats = {})
        : m_layout(text.replace(QLatin1Char('\n'), QChar::LineSeparator), font, device)
    {
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout.setTextOption(option);
        m_layout.setFormats(formats);
        m_layout.beginLayout();
        for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, m_height));
            m_height += line.height();
        }
        m_layout.endLayout();
    }
    double height() const { return m_height; }
    void draw(QPainter& painter, const QPointF& at) const { m_layout.draw(&painter, at); }
    double naturalWidth() const
    {
        double width = 0;
        for (int i = 0; i < m_layout.lineCount(); ++i)
            width = std::max(width, double(m_layout.lineAt(i).naturalTextWidth()));
        return width;
    }

private:
    QTextLayout m_layout;
    double m_height = 0;
};

QList<QTextLayout::FormatRange> boldRange(int start, int length, const QFont& bold)
{
    QTextCharFormat format;
    format.setFont(bold);
    return {QTextLayout::FormatRange{start, length, format}};
}

QColor inkOn(const QColor& fill)
{
    return fill.lightness() > 140 ? Qt::black : Qt::white;
}

QString dueText(const TablePages::Row& row, int column)
{
    return row.overdue ? row.cells.value(column) + QCoreApplication::translate("BoardPack", "\n⚠ overdue")
                       : row.cells.value(column);
}

} // namespace

TablePages::TablePages(Headings headings, QList<Column> columns, QList<Row> rows)
    : m_headings(std::move(headings)), m_columns(std::move(columns)), m_rows(std::move(rows))
{}

double TablePages::columnX(int column) const
{
    double share = 0;
    for (int i = 0; i < column; ++i)
        share += m_columns[i].share;
    return m_body.width() * share / 100.0;
}

double TablePages::columnWidth(int column) const
{
    return m_body.width() * m_columns[column].share / 100.0;
}

double TablePages::rowHeight(const Row& row) const
{
    const double inner = 2 * m_padding;
    if (row.spanning)
        return Wrapped(row.cells.value(0), m_fonts.body, m_body.width() - inner, m_device,
                       boldRange(0, row.emphasis, m_fonts.bold))
                   .height() +
               inner;
    double tallest = 0;
    for (int c = 0; c < m_columns.size(); ++c) {
        const double width = columnWidth(c) - inner;
        double height = 0;
        switch (m_columns[c].kind) {
        case Column::Kind::Due:
            height = Wrapped(dueText(row, c), m_fonts.body, width, m_device).height();
            break;
        case Column::Kind::Status:
            height = Wrapped(StatusStyle::statusText(row.status), m_fonts.bold, width, m_device).height();
            break;
        case Column::Kind::Rag:
            height = Wrapped(core::ragLetter(row.rag), m_fonts.bold, width, m_device).height();
            break;
        case Column::Kind::Text:
            height = Wrapped(row.cells.value(c), m_fonts.body, width, m_device).height();
            break;
        }
        tallest = std::max(tallest, height);
    }
    return tallest + inner;
}

double TablePages::headerHeight() const
{
    double tallest = 0;
    for (int c = 0; c < m_columns.size(); ++c)
        tallest = std::max(
            tallest, Wrapped(m_columns[c].header, m_fonts.bold, columnWidth(c) - 2 * m_padding, m_device).height());
    return tallest + 2 * m_padding;
}

double TablePages::keyHeight() const
{
    return Wrapped(QCoreApplication::translate("BoardPack", "Status key"), m_fonts.bold, m_body.width(), m_device)
               .height() *
           2.6;
}

double TablePages::introHeight() const
{
    double y = 0;
    if (!m_headings.section.isEmpty())
        y += Wrapped(m_headings.section, m_fonts.section, m_body.width(), m_device).height() * 1.4;
    y += Wrapped(m_headings.title, m_fonts.theme, m_body.width(), m_device).height() * 1.3;
    for (const QString& line : m_headings.intro)
        y += Wrapped(line, m_fonts.body, m_body.width(), m_device).height() + m_padding;
    if (m_rows.isEmpty() && !m_headings.empty.isEmpty())
        y += Wrapped(m_headings.empty, m_fonts.body, m_body.width(), m_device).height() + m_padding;
    return y + (m_headings.statusKey ? keyHeight() : 0.0);
}

int TablePages::layout(QPagedPaintDevice& device, const QSizeF& body)
{
    m_device = &device;
    m_body = body;
    const double millimetre = device.logicalDpiY() / 25.4;
    m_padding = 0.9 * millimetre;
    m_line = std::max(1.0, 0.2 * millimetre);
    m_fonts.body = QFont(QStringLiteral("DejaVu Sans"));
    m_fonts.body.setPointSizeF(8);
    m_fonts.body.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: "staff" copies as s-t-a-f-f
    m_fonts.bold = m_fonts.body;
    m_fonts.bold.setBold(true);
    m_fonts.section = m_fonts.bold;
    m_fonts.section.setPointSizeF(15);
    m_fonts.theme = m_fonts.bold;
    m_fonts.theme.setPointSizeF(12);

    m_pages.clear();
    m_pages.append(QList<Placed>());
    const double header = headerHeight();
    const double continued = Wrapped(continuedTitle(), m_fonts.bold, body.width(), &device).height() * 1.5;
    double y = introHeight() + header;
    QList<double> heights;
    heights.reserve(m_rows.size());
    for (const Row& row : m_rows)
        heights << rowHeight(row);
    for (int i = 0; i < m_rows.size(); ++i) {
        // A spanning row (an objective) keeps the next row with it.
        const double needed = heights[i] + (m_rows[i].spanning && i + 1 < m_rows.size() ? heights[i + 1] : 0.0);
        if (y + needed > body.height() && !m_pages.last().isEmpty()) {
            m_pages.append(QList<Placed>());
            y = continued + header;
        }
        m_pages.last().append(Placed{i, y, heights[i]});
        y += heights[i];
    }
    return int(m_pages.size());
}

void TablePages::paintIntro(QPainter& painter, double& y) const
{
    const double width = m_body.width();
    painter.setPen(kBlue);
    if (!m_headings.section.isEmpty()) {
        const Wrapped section(m_headings.section, m_fonts.section, width, m_device);
        section.draw(painter, QPointF(0, y));
        y += section.height() * 1.4;
    }
    const Wrapped title(m_headings.title, m_fonts.theme, width, m_device);
    title.draw(painter, QPointF(0, y));
    y += title.height() * 1.3;
    painter.setPen(Qt::black);
    for (const QString& line : m_headings.intro) {
        const int colon = int(line.indexOf(QLatin1Char(':')));
        const Wrapped text(line, m_fonts.body, width, m_device, boldRange(0, colon + 1, m_fonts.bold));
        text.draw(painter, QPointF(0, y));
        y += text.height() + m_padding;
    }
    if (m_rows.isEmpty() && !m_headings.empty.isEmpty()) {
        const Wrapped text(m_headings.empty, m_fonts.body, width, m_device);
        text.draw(painter, QPointF(0, y));
        y += text.height() + m_padding;
    }
    if (m_headings.statusKey) {
        paintKey(painter, y);
        y += keyHeight();
    }
}

// The colour key, each colour with its symbol and word (readable in greyscale), then the RAG letters.
void TablePages::paintKey(QPainter& painter, double y) const
{
    const Wrapped label(QCoreApplication::translate("BoardPack", "Status key:"), m_fonts.bold, m_body.width(),
                        m_device);
    const double lineHeight = label.height();
    painter.setPen(Qt::black);
    label.draw(painter, QPointF(0, y + m_padding / 2));
    double x = label.naturalWidth() + 2 * m_padding;
    for (core::Status s :
         {core::Status::NotStarted, core::Status::InProgress, core::Status::Delayed, core::Status::Complete}) {
        const Wrapped word(StatusStyle::statusText(s), m_fonts.bold, m_body.width(), m_device);
        const QRectF box(x, y, word.naturalWidth() + 2 * m_padding, lineHeight + m_padding);
        painter.fillRect(box, StatusStyle::statusColour(s));
        painter.setPen(inkOn(StatusStyle::statusColour(s)));
        word.draw(painter, QPointF(x + m_padding, y + m_padding / 2));
        x = box.right() + 2 * m_padding;
    }
    painter.setPen(Qt::black);
    const QString rag = QStringLiteral("RAG: R Red, A Amber, G Green, B Blue (complete). Ind.: the WRES indicators an "
                                       "action aims to move.");
    const Wrapped ragLine(rag, m_fonts.body, m_body.width(), m_device, boldRange(0, 4, m_fonts.bold));
    ragLine.draw(painter, QPointF(0, y + lineHeight + 2 * m_padding));
}

void TablePages::paintHeader(QPainter& painter, double y) const
{
    const double height = headerHeight();
    painter.fillRect(QRectF(0, y, m_body.width(), height), kBlue);
    painter.setPen(Qt::white);
    for (int c = 0; c < m_columns.size(); ++c)
        Wrapped(m_columns[c].header, m_fonts.bold, columnWidth(c) - 2 * m_padding, m_device)
            .draw(painter, QPointF(columnX(c) + m_padding, y + m_padding));
    painter.setPen(QPen(kRule, m_line));
    painter.drawRect(QRectF(0, y, m_body.width(), height));
}

void TablePages::paintRow(QPainter& painter, const Row& row, double y, double height) const
{
    const double inner = 2 * m_padding;
    if (row.spanning) {
        painter.fillRect(QRectF(0, y, m_body.width(), height), kObjectiveFill);
        painter.setPen(Qt::black);
        Wrapped(row.cells.value(0), m_fonts.body, m_body.width() - inner, m_device,
                boldRange(0, row.emphasis, m_fonts.bold))
            .draw(painter, QPointF(m_padding, y + m_padding));
        painter.setPen(QPen(kRule, m_line));
        painter.drawRect(QRectF(0, y, m_body.width(), height));
        return;
    }
    for (int c = 0; c < m_columns.size(); ++c) {
        const QRectF cell(columnX(c), y, columnWidth(c), height);
        const QPointF at(cell.left() + m_padding, y + m_padding);
        const double width = cell.width() - inner;
        painter.setPen(Qt::black);
        switch (m_columns[c].kind) {
        case Column::Kind::Status:
            if (row.status == core::Status::None) {
                Wrapped(QStringLiteral("—"), m_fonts.body, width, m_device).draw(painter, at);
            } else {
                const QColor fill = StatusStyle::statusColour(row.status);
                painter.fillRect(cell, fill);
                painter.setPen(inkOn(fill));
                Wrapped(StatusStyle::statusText(row.status), m_fonts.bold, width, m_device).draw(painter, at);
            }
            break;
        case Column::Kind::Rag:
            if (row.rag != core::Rag::None) {
                const QColor fill = StatusStyle::ragColour(row.rag);
                painter.fillRect(cell, fill);
                painter.setPen(inkOn(fill));
                const Wrapped letter(core::ragLetter(row.rag), m_fonts.bold, width, m_device);
                letter.draw(painter, QPointF(cell.center().x() - letter.naturalWidth() / 2, at.y()));
            }
            break;
        case Column::Kind::Due: {
            const QString text = dueText(row, c);
            const int overdue = row.overdue ? int(row.cells.value(c).size()) + 1 : int(text.size());
            Wrapped(text, m_fonts.body, width, m_device, boldRange(overdue, int(text.size()) - overdue, m_fonts.bold))
                .draw(painter, at);
            break;
        }
        case Column::Kind::Text:
            Wrapped(row.cells.value(c), m_fonts.body, width, m_device).draw(painter, at);
            break;
        }
        painter.setPen(QPen(kRule, m_line));
        painter.drawRect(cell);
    }
}

QString TablePages::continuedTitle() const
{
    return m_headings.title + QCoreApplication::translate("BoardPack", " (continued)");
}

void TablePages::paint(QPainter& painter, int page) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    painter.save();
    double y = 0;
    if (page == 0) {
        paintIntro(painter, y);
    } else {
        painter.setPen(kGrey);
        const Wrapped continued(continuedTitle(), m_fonts.bold, m_body.width(), m_device);
        continued.draw(painter, QPointF(0, 0));
        y = continued.height() * 1.5;
    }
    if (!m_rows.isEmpty())
        paintHeader(painter, y);
    for (const Placed& placed : m_pages[page])
        paintRow(painter, m_rows[placed.row], placed.y, placed.height);
    painter.restore();
}

} // namespace wres::ui
