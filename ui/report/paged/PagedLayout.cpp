#include "PagedLayout.h"

#include "LayoutState.h"
#include "report/chart/ChartLayout.h"
#include "report/model/ReportPalette.h"

#include <QCoreApplication>

#include <algorithm>

namespace wres::ui::report::PagedLayout {
namespace {

using Op = PagedDocument::Op;
using Element = PageStructure::Element;
using Artifact = PageStructure::Artifact;
using namespace PagedSizes;

Element headingElement(int level)
{
    return level <= 1 ? Element::H1 : level == 2 ? Element::H2 : Element::H3;
}

double headingPoints(const Heading& h)
{
    return h.title ? kTitle : h.level <= 1 ? kH1 : h.level == 2 ? kH2 : kH3;
}

double paragraphPoints(Paragraph::Role role)
{
    switch (role) {
    case Paragraph::Role::Lead:
        return kLead;
    case Paragraph::Role::Small:
        return kSmall;
    default:
        return kBody;
    }
}

class Layouter
{
public:
    Layouter(const ReportDocument& document, LayoutState& state) : d(document), s(state) {}

    void run()
    {
        s.begin(Element::Document);
        for (qsizetype i = 0; i < d.blocks.size(); ++i) {
            m_next = i + 1 < d.blocks.size() ? &d.blocks[i + 1] : nullptr;
            std::visit([this](const auto& block) { place(block); }, d.blocks[i]);
        }
        if (m_sectionOpen)
            s.end();
        s.end();
    }

private:
    // The least of the next block that must share a page with a heading before it.
    double firstSlice(const Block* block)
    {
        if (!block)
            return 0;
        if (const auto* p = std::get_if<Paragraph>(block))
            return s.fonts.lineHeight(s.fonts.font(paragraphPoints(p->role), Span::Plain)) * 2;
        if (std::holds_alternative<Table>(*block) || std::holds_alternative<ListBlock>(*block) ||
            std::holds_alternative<Key>(*block))
            return s.fonts.lineHeight(s.fonts.font(kTable, Span::Plain)) * 4 + s.pt(12);
        if (const auto* f = std::get_if<Figure>(block))
            return std::min(s.height() * 0.8, ChartLayout::lay(f->chart, s.fonts, s.width()).size.height());
        return 0;
    }

    void gap(double points)
    {
        if (s.pageHasContent)
            s.y += s.pt(points);
    }

    // Lines of a laid text from the current position, over pages as needed, at x.
    void flow(int ref, double x, const QColor& colour, double minimumFirst = 0)
    {
        const LaidText& text = s.doc.texts[std::size_t(ref)];
        int from = 0;
        const int count = int(text.lines.size());
        if (minimumFirst > 0 && s.room() < std::min(minimumFirst, text.height))
            s.newPage();
        while (from < count) {
            int take = text.linesFitting(from, s.room(), false);
            if (take == 0) {
                if (!s.pageHasContent) // taller than a page: one line at least
                    take = 1;
                else {
                    s.newPage();
                    continue;
                }
            }
            s.text(ref, from, from + take, x, s.y, colour);
            s.y += text.heightOf(from, from + take);
            from += take;
            if (from < count)
                s.newPage();
        }
    }

    void place(const Heading& h)
    {
        if (h.level <= 1 && !h.title) {
            if (m_sectionOpen)
                s.end();
            s.begin(Element::Sect);
            m_sectionOpen = true;
        }
        gap(h.level <= 1 ? 12 : h.level == 2 ? 10 : 7);
        const int ref = s.keep(TextFlow::lay(s.fonts, bold(h.text), headingPoints(h), s.width()));
        const double height = s.doc.texts[std::size_t(ref)].height;
        if (s.pageHasContent && height + firstSlice(m_next) > s.room())
            s.newPage();
        if (!h.id.isEmpty()) {
            Op dest;
            dest.kind = Op::Kind::Destination;
            dest.ref = s.string(h.id);
            dest.y = float(s.y);
            s.op(dest);
            s.doc.destinationPage.insert(h.id, s.page());
            if (h.contents) {
                Op mark;
                mark.kind = Op::Kind::Bookmark;
                mark.ref = s.string(h.text);
                mark.from = h.level;
                mark.y = float(s.y);
                s.op(mark);
            }
        }
        s.begin(headingElement(h.level));
        flow(ref, 0, h.title ? ReportPalette::heading() : ReportPalette::heading());
        s.end();
        s.y += s.pt(h.level <= 1 ? 6 : 4);
    }

    void place(const Paragraph& p)
    {
        gap(4);
        const double points = paragraphPoints(p.role);
        const bool boxed = p.role == Paragraph::Role::Note;
        const double pad = boxed ? s.pt(5) : 0.0;
        const int ref = s.keep(TextFlow::lay(s.fonts, p.spans, points, s.width() - 2 * pad));
        const LaidText& text = s.doc.texts[std::size_t(ref)];
        if (!boxed) {
            s.begin(Element::P);
            flow(ref, 0, Qt::black, s.fonts.lineHeight(s.fonts.font(points, Span::Plain)) * 2);
            s.end();
            return;
        }
        // A note: a tinted box around the text, drawn per page if it runs over.
        s.begin(Element::P);
        int from = 0;
        const int count = int(text.lines.size());
        while (from < count) {
            int take = text.linesFitting(from, s.room() - 2 * pad, false);
            if (take == 0 && s.pageHasContent) {
                s.newPage();
                continue;
            }
            take = std::max(take, 1);
            const double h = text.heightOf(from, from + take) + 2 * pad;
            s.beginArtifact(Artifact::Layout);
            s.rect(Op::Kind::Fill, QRectF(0, s.y, s.width(), h), ReportPalette::noteFill());
            s.rect(Op::Kind::Frame, QRectF(0, s.y, s.width(), h), ReportPalette::rule());
            s.endArtifact();
            s.text(ref, from, from + take, pad, s.y + pad);
            s.y += h;
            from += take;
            if (from < count)
                s.newPage();
        }
        s.end();
    }

    void place(const ListBlock& l)
    {
        gap(4);
        PageStructure::Options options;
        options.numbered = l.ordered ? 1 : 0;
        s.begin(Element::L, options);
        const double indent = s.pt(14);
        for (int i = 0; i < l.items.size(); ++i) {
            const QString label = l.ordered ? QStringLiteral("%1.").arg(i + 1) : QStringLiteral("•");
            const int labelRef = s.keep(TextFlow::lay(s.fonts, plain(label), kBody, indent));
            const int ref = s.keep(TextFlow::lay(s.fonts, l.items[i], kBody, s.width() - indent));
            const double first =
                s.doc.texts[std::size_t(ref)].lines.empty() ? 0.0 : s.doc.texts[std::size_t(ref)].lines.front().height;
            if (first > s.room())
                s.newPage();
            s.begin(Element::LI);
            s.begin(Element::Lbl);
            s.text(labelRef, 0, 1, 0, s.y);
            s.end();
            s.begin(Element::LBody);
            flow(ref, indent, Qt::black);
            s.end();
            s.end();
            s.y += s.pt(2);
        }
        s.end();
    }

    void place(const Table& t)
    {
        gap(6);
        if (t.rows.isEmpty()) {
            if (!t.caption.isEmpty() && t.captionShown)
                place(Heading{3, t.caption, {}, false, false});
            if (!t.empty.isEmpty())
                place(Paragraph{plain(t.empty), Paragraph::Role::Body});
            return;
        }
        TableLayout::lay(s, t);
    }

    void place(const Figure& f)
    {
        gap(6);
        ChartScene scene = ChartLayout::lay(f.chart, s.fonts, s.width());
        const double height = scene.size.height();
        if (height > s.room() && s.pageHasContent)
            s.newPage();
        s.doc.charts.push_back(std::move(scene));
        PageStructure::Options options;
        options.alternative = f.alternative;
        s.begin(Element::Figure, options);
        Op chart;
        chart.kind = Op::Kind::Chart;
        chart.ref = int(s.doc.charts.size()) - 1;
        chart.y = float(s.y);
        s.op(chart);
        s.pageHasContent = true;
        s.end();
        s.y += height + s.pt(4);
        if (!f.data.rows.isEmpty())
            place(f.data);
    }

    void place(const Contents& c)
    {
        gap(6);
        if (!c.title.isEmpty()) {
            const int ref = s.keep(TextFlow::lay(s.fonts, bold(c.title), kH2, s.width()));
            s.begin(Element::H2);
            flow(ref, 0, ReportPalette::heading());
            s.end();
            s.y += s.pt(4);
        }
        const int numberFont = s.fonts.font(kBody, Span::Plain);
        s.doc.numberFont = numberFont;
        const double numberWidth = s.fonts.width(numberFont, QStringLiteral("0000"));
        s.begin(Element::TOC);
        for (const Heading* h : d.contentsEntries()) {
            const double indent = h->level <= 1 ? 0.0 : s.pt(14);
            const int ref = s.keep(TextFlow::lay(s.fonts, h->level <= 1 ? bold(h->text) : plain(h->text), kBody,
                                                 s.width() - indent - numberWidth - s.pt(8)));
            const LaidText& text = s.doc.texts[std::size_t(ref)];
            if (text.height > s.room())
                s.newPage();
            s.begin(Element::TOCI);
            s.begin(Element::Link);
            s.text(ref, 0, int(text.lines.size()), indent, s.y);
            Op number;
            number.kind = Op::Kind::PageNumber;
            number.ref = s.string(h->id);
            number.x = float(s.width() - numberWidth);
            number.y = float(s.y + text.height - text.lines.back().height);
            number.w = float(numberWidth);
            number.h = float(text.lines.back().height);
            s.op(number);
            Op link;
            link.kind = Op::Kind::Link;
            link.ref = s.string(h->id);
            link.from = s.string(QCoreApplication::translate("BoardPack", "Go to %1").arg(h->text));
            link.x = float(indent);
            link.y = float(s.y);
            link.w = float(s.width() - indent);
            link.h = float(text.height);
            s.op(link);
            s.end();
            s.end();
            s.y += text.height + s.pt(1.5);
        }
        s.end();
    }

    void place(const PageBreak& b) { s.breakPage(b.turn); }

    void place(const Key& k)
    {
        gap(4);
        // The label, then each swatch with its symbol and word, then the words after: one
        // paragraph whose swatches are drawn behind their words.
        s.begin(Element::P);
        const int boldFont = s.fonts.font(kSmall, Span::Bold);
        const double lineHeight = s.fonts.lineHeight(boldFont) + s.pt(2);
        if (lineHeight * 2 > s.room())
            s.newPage();
        double x = 0;
        const auto piece = [&](const Spans& spans, const QColor& fill, const QColor& ink) {
            const int ref = s.keep(TextFlow::lay(s.fonts, spans, kSmall, s.width()));
            const LaidText& text = s.doc.texts[std::size_t(ref)];
            double width = 0;
            for (const LaidText::Run& r : text.runs)
                width = std::max(width, r.x + s.fonts.width(r.font, text.text.mid(r.from, r.length)));
            const double pad = fill.alpha() > 0 ? s.pt(3) : 0.0;
            if (x > 0 && x + width + 2 * pad > s.width()) {
                x = 0;
                s.y += lineHeight;
            }
            if (fill.alpha() > 0) {
                s.beginArtifact(Artifact::Layout);
                s.rect(Op::Kind::Fill, QRectF(x, s.y, width + 2 * pad, lineHeight - s.pt(1)), fill);
                s.rect(Op::Kind::Frame, QRectF(x, s.y, width + 2 * pad, lineHeight - s.pt(1)), ReportPalette::rule());
                s.endArtifact();
            }
            s.text(ref, 0, int(text.lines.size()), x + pad, s.y + s.pt(0.5), ink);
            x += width + 2 * pad + s.pt(5);
        };
        if (!k.label.isEmpty())
            piece(bold(k.label), Qt::transparent, Qt::black);
        for (const Key::Entry& e : k.entries)
            piece(bold(e.text), ReportPalette::fill(e.tone), ReportPalette::ink(e.tone));
        s.y += lineHeight;
        if (!k.after.isEmpty()) {
            const int ref = s.keep(TextFlow::lay(s.fonts, k.after, kSmall, s.width()));
            flow(ref, 0, Qt::black);
        }
        s.end();
    }

    const ReportDocument& d;
    LayoutState& s;
    const Block* m_next = nullptr;
    bool m_sectionOpen = false;
};

} // namespace

double headerBand(FontBook& fonts)
{
    return fonts.lineHeight(fonts.font(kRunning, Span::Plain)) + 6 * fonts.unitsPerPoint();
}

double footerBand(FontBook& fonts)
{
    return fonts.lineHeight(fonts.font(kRunning, Span::Plain)) + 6 * fonts.unitsPerPoint();
}

PagedDocument lay(const ReportDocument& document, FontBook& fonts, const QSizeF& body, const QSizeF& landscapeBody)
{
    PagedDocument out;
    out.body = body;
    out.landscapeBody = landscapeBody;
    out.header = headerBand(fonts);
    out.footer = footerBand(fonts);
    LayoutState state(fonts, out);
    Layouter(document, state).run();
    return out;
}

} // namespace wres::ui::report::PagedLayout
