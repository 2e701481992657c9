#include "HtmlWriter.h"

#include "HtmlStyle.h"
#include "report/chart/ChartLayout.h"
#include "report/chart/ChartSvg.h"
#include "report/text/FontBook.h"

#include <QImage>

namespace wres::ui::report::HtmlWriter {
namespace {

// Charts are laid out in CSS pixels (96 per inch): once for a wide page, once for a phone (shown by
// the style sheet below 40em), so their words stay readable at either width.
constexpr double kChartWidth = 680;
constexpr double kNarrowChartWidth = 300;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString inlineHtml(const Spans& spans)
{
    QString html;
    for (const Span& s : spans) {
        QString text = esc(s.text);
        text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (s.style & Span::Italic)
            text = QStringLiteral("<em>") + text + QStringLiteral("</em>");
        if (s.style & Span::Bold)
            text = QStringLiteral("<strong>") + text + QStringLiteral("</strong>");
        html += text;
    }
    return html;
}

QString alignClass(Align align)
{
    return align == Align::End ? QStringLiteral("end") : align == Align::Centre ? QStringLiteral("centre") : QString();
}

QString classes(const QStringList& names)
{
    QStringList kept;
    for (const QString& n : names)
        if (!n.isEmpty())
            kept << n;
    return kept.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(kept.join(QLatin1Char(' ')));
}

class Writer
{
public:
    explicit Writer(const ReportDocument& d) : m_doc(d), m_measure(1, 1, QImage::Format_RGB32)
    {
        const int dotsPerMetre = int(96 / 0.0254 + 0.5);
        m_measure.setDotsPerMeterX(dotsPerMetre);
        m_measure.setDotsPerMeterY(dotsPerMetre);
        m_fonts = std::make_unique<FontBook>(&m_measure);
    }

    QByteArray run()
    {
        QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                      "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n<main>\n")
                           .arg(esc(m_doc.language), esc(m_doc.title), HtmlStyle::sheet());
        m_out.swap(html);
        for (const Block& block : m_doc.blocks)
            std::visit([this](const auto& b) { write(b); }, block);
        if (m_sectionOpen)
            m_out += QStringLiteral("</section>\n");
        m_out += QStringLiteral("</main>\n</body>\n</html>\n");
        return m_out.toUtf8();
    }

private:
    void write(const Heading& h)
    {
        if (h.level <= 1 && !h.title) {
            if (m_sectionOpen)
                m_out += QStringLiteral("</section>\n");
            m_out += h.id.isEmpty() ? QStringLiteral("<section>\n")
                                    : QStringLiteral("<section aria-labelledby=\"%1\">\n").arg(h.id);
            m_sectionOpen = true;
        }
        const int level = std::clamp(h.level, 1, 3);
        m_out += QStringLiteral("<h%1%2%3>%4</h%1>\n")
                     .arg(level)
                     .arg(h.id.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(h.id),
                          h.title ? QStringLiteral(" class=\"title\"") : QString(), esc(h.text));
    }

    void write(const Paragraph& p)
    {
        const QString role = p.role == Paragraph::Role::Lead    ? QStringLiteral("lead")
                             : p.role == Paragraph::Role::Note  ? QStringLiteral("note")
                             : p.role == Paragraph::Role::Small ? QStringLiteral("small")
                                                                : QString();
        m_out += QStringLiteral("<p%1>%2</p>\n").arg(classes({role}), inlineHtml(p.spans));
    }

    void write(const ListBlock& l)
    {
        const QString tag = l.ordered ? QStringLiteral("ol") : QStringLiteral("ul");
        m_out += QLatin1Char('<') + tag + QStringLiteral(">\n");
        for (const Spans& item : l.items)
            m_out += QStringLiteral("<li>%1</li>\n").arg(inlineHtml(item));
        m_out += QStringLiteral("</") + tag + QStringLiteral(">\n");
    }

    void write(const Table& t)
    {
        if (t.rows.isEmpty()) {
            if (!t.caption.isEmpty() && t.captionShown)
                m_out += QStringLiteral("<h3>%1</h3>\n").arg(esc(t.caption));
            if (!t.empty.isEmpty())
                m_out += QStringLiteral("<p>%1</p>\n").arg(esc(t.empty));
            return;
        }
        const QString id = t.id.isEmpty() ? QStringLiteral("table-%1").arg(++m_tables) : t.id;
        const bool stack = t.shape == Table::Shape::Text;
        // Stacked tables keep their roles when CSS makes them blocks (browsers drop table
        // semantics from display:block tables otherwise).
        const auto role = [stack](const char* r) {
            return stack ? QStringLiteral(" role=\"%1\"").arg(QLatin1String(r)) : QString();
        };
        if (!stack)
            m_out += QStringLiteral("<div class=\"scroll\" role=\"region\" aria-labelledby=\"%1-caption\" "
                                    "tabindex=\"0\">\n")
                         .arg(id);
        m_out += QStringLiteral("<table id=\"%1\"%2%3>\n")
                     .arg(id, classes({stack ? QStringLiteral("stack") : QString()}),
                          stack ? QStringLiteral(" role=\"table\" aria-labelledby=\"%1-caption\"").arg(id) : QString());
        m_out +=
            QStringLiteral("<caption id=\"%1-caption\"%2>%3</caption>\n")
                .arg(id, t.captionShown ? QString() : QStringLiteral(" class=\"visually-hidden\""), esc(t.caption));
        if (t.columnHeaders) {
            m_out += QStringLiteral("<thead%1><tr%2>").arg(role("rowgroup"), role("row"));
            for (const Column& c : t.columns)
                m_out += QStringLiteral("<th scope=\"col\"%1%2>%3</th>")
                             .arg(role("columnheader"), classes({alignClass(c.align)}), esc(c.header));
            m_out += QStringLiteral("</tr></thead>\n");
        }
        m_out += QStringLiteral("<tbody%1>\n").arg(role("rowgroup"));
        for (const Row& row : t.rows) {
            m_out += QStringLiteral("<tr%1%2>").arg(role("row"), classes({HtmlStyle::toneClass(int(row.tone))}));
            if (row.spanning) {
                m_out += QStringLiteral("<td colspan=\"%1\"%2>%3</td>")
                             .arg(t.columns.size())
                             .arg(role("cell"), inlineHtml(row.cells.value(0).content));
            } else {
                for (int c = 0; c < t.columns.size(); ++c) {
                    const Cell cell = row.cells.value(c);
                    const Align align = cell.align != Align::Start ? cell.align : t.columns[c].align;
                    const QString cls = classes({alignClass(align), HtmlStyle::toneClass(int(cell.tone))});
                    const bool header = row.rowHeader && c == 0;
                    const QString label = stack && !header && t.columnHeaders && !t.columns[c].header.isEmpty()
                                              ? QStringLiteral(" data-label=\"%1\"").arg(esc(t.columns[c].header))
                                              : QString();
                    m_out += header ? QStringLiteral("<th scope=\"row\"%1%2>%3</th>")
                                          .arg(role("rowheader"), cls, inlineHtml(cell.content))
                                    : QStringLiteral("<td%1%2%3>%4</td>")
                                          .arg(role("cell"), cls, label, inlineHtml(cell.content));
                }
            }
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</tbody>\n</table>\n");
        if (!stack)
            m_out += QStringLiteral("</div>\n");
    }

    void write(const Figure& f)
    {
        const QString id = f.id.isEmpty() ? QStringLiteral("chart-%1").arg(++m_charts) : f.id;
        const ChartScene wide = ChartLayout::lay(f.chart, *m_fonts, kChartWidth);
        const ChartScene narrow = ChartLayout::lay(f.chart, *m_fonts, kNarrowChartWidth);
        m_out += QStringLiteral("<figure>\n") +
                 ChartSvg::write(wide, id, f.chart.title, f.alternative, QStringLiteral("wide")) +
                 ChartSvg::write(narrow, id + QStringLiteral("-narrow"), f.chart.title, f.alternative,
                                 QStringLiteral("narrow")) +
                 QStringLiteral("</figure>\n");
        if (!f.data.rows.isEmpty())
            write(f.data);
    }

    void write(const Contents& c)
    {
        m_out +=
            QStringLiteral("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">%1</h2>\n<ol>\n").arg(esc(c.title));
        bool inner = false;
        bool first = true;
        for (const Heading* h : m_doc.contentsEntries()) {
            const QString link = QStringLiteral("<a href=\"#%1\">%2</a>").arg(h->id, esc(h->text));
            if (h->level <= 1) {
                if (inner)
                    m_out += QStringLiteral("</ol>");
                inner = false;
                if (!first)
                    m_out += QStringLiteral("</li>\n");
                m_out += QStringLiteral("<li>") + link;
                first = false;
            } else {
                if (!inner)
                    m_out += QStringLiteral("\n<ol>\n");
                inner = true;
                m_out += QStringLiteral("<li>") + link + QStringLiteral("</li>\n");
            }
        }
        if (inner)
            m_out += QStringLiteral("</ol>");
        if (!first)
            m_out += QStringLiteral("</li>\n");
        m_out += QStringLiteral("</ol>\n</nav>\n");
    }

    void write(const PageBreak&) {}

    void write(const Key& k)
    {
        m_out += QStringLiteral("<p class=\"key\">");
        if (!k.label.isEmpty())
            m_out += QStringLiteral("<strong>%1</strong> ").arg(esc(k.label));
        for (const Key::Entry& e : k.entries)
            m_out += QStringLiteral("<span class=\"swatch %1\">%2</span> ")
                         .arg(HtmlStyle::toneClass(int(e.tone)), esc(e.text));
        m_out += inlineHtml(k.after) + QStringLiteral("</p>\n");
    }

    const ReportDocument& m_doc;
    QImage m_measure;
    std::unique_ptr<FontBook> m_fonts;
    QString m_out;
    bool m_sectionOpen = false;
    int m_tables = 0;
    int m_charts = 0;
};

} // namespace

QByteArray write(const ReportDocument& document)
{
    return Writer(document).run();
}

} // namespace wres::ui::report::HtmlWriter
