#include "LayoutState.h"
#include "report/model/ReportPalette.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace wres::ui::report::TableLayout {
namespace {

using Op = PagedDocument::Op;
using Element = PageStructure::Element;
using Artifact = PageStructure::Artifact;

// A table on pages: every row measured with everything drawn in it, moved whole to the next page
// when it does not fit, split between lines only when it is taller than a page; the caption and
// header row repeat (as artifacts) at the top of every page the table continues on.
class Tabulator
{
public:
    Tabulator(LayoutState& state, const Table& table) : s(state), t(table)
    {
        m_padX = s.pt(3);
        m_padY = s.pt(2.2);
        columnWidths();
    }

    void run()
    {
        using namespace PagedSizes;
        if (t.captionShown && !t.caption.isEmpty()) {
            m_caption = s.keep(TextFlow::lay(s.fonts, bold(t.caption), kCaption, s.width()));
            m_captionHeight = s.doc.texts[std::size_t(m_caption)].height + s.pt(3);
        }
        const QString continued =
            QCoreApplication::translate("BoardPack", "%1 (continued)")
                .arg(t.caption.isEmpty() ? QCoreApplication::translate("BoardPack", "Table") : t.caption);
        m_continued = s.keep(TextFlow::lay(s.fonts, bold(continued), kSmall, s.width()));
        m_continuedHeight = s.doc.texts[std::size_t(m_continued)].height + s.pt(3);
        m_rowLabel = s.keep(
            TextFlow::lay(s.fonts, italic(QCoreApplication::translate("BoardPack", "(continued)")), kTable, s.width()));
        double header = 0;
        for (int c = 0; c < t.columns.size(); ++c) {
            m_header << s.keep(
                TextFlow::lay(s.fonts, bold(t.columns[c].header), kTable, m_w[c] - 2 * m_padX, t.columns[c].align));
            header = std::max(header, s.doc.texts[std::size_t(m_header.back())].height);
        }
        m_headerHeight = t.columnHeaders ? header + 2 * m_padY : 0.0;
        for (const Row& row : t.rows)
            layRow(row);

        const double full = s.height() - m_continuedHeight - m_headerHeight;
        const double first = m_rows.isEmpty() ? 0 : std::min(m_rows.front().height, full);
        if (m_captionHeight + m_headerHeight + first > s.room())
            s.breakPage();
        s.begin(Element::Table);
        if (m_caption >= 0) {
            s.begin(Element::Caption);
            s.text(m_caption, 0, lines(m_caption), 0, s.y, ReportPalette::heading());
            s.end();
            s.y += m_captionHeight;
        }
        if (t.columnHeaders) {
            s.begin(Element::THead);
            headerRow(false);
            s.end();
        }
        s.begin(Element::TBody);
        s.onNewPage = [this] {
            s.beginArtifact(Artifact::Pagination);
            s.text(m_continued, 0, lines(m_continued), 0, 0, ReportPalette::secondaryText());
            s.y = m_continuedHeight;
            if (t.columnHeaders)
                headerRow(true);
            s.endArtifact();
        };
        for (int i = 0; i < m_rows.size(); ++i) {
            const double height = m_rows[i].height;
            double needed = height;
            if (t.rows[i].spanning && i + 1 < m_rows.size())
                needed += m_rows[i + 1].height; // an objective keeps its first action with it
            if (needed > full)
                needed = height;
            if (needed <= s.room() + 1e-6)
                placeWhole(i);
            else if (height <= full + 1e-6) {
                s.newPage();
                placeWhole(i);
            } else {
                placeSplit(i);
            }
        }
        s.onNewPage = nullptr;
        s.end(); // TBody
        s.end(); // Table
        s.y += s.pt(8);
    }

private:
    // Widths from the content, so a column nobody wrote in stays narrow and prose gets the room:
    // every column at least as wide as its longest word (up to 25% of the table, beyond which a
    // long address may break), then, when not everything fits on one line, what is left shared in
    // proportion to the square root of each column's amount of text (which keeps the table
    // shortest: a cell's height goes with its text over its width).
    void columnWidths()
    {
        const int n = int(t.columns.size());
        const double width = s.width();
        QList<double> least(n, 0.0);
        QList<double> wanted(n, 0.0);
        QList<double> amount(n, 0.0);
        for (int c = 0; c < n; ++c) {
            const TextFlow::Extent header = TextFlow::extent(s.fonts, bold(t.columns[c].header), PagedSizes::kTable);
            least[c] = header.word;
            wanted[c] = header.word;
        }
        for (const Row& row : t.rows) {
            if (row.spanning)
                continue;
            for (int c = 0; c < n && c < row.cells.size(); ++c) {
                const TextFlow::Extent e = TextFlow::extent(s.fonts, row.cells[c].content, PagedSizes::kTable);
                least[c] = std::max(least[c], e.word);
                wanted[c] = std::max(wanted[c], e.natural);
                amount[c] += e.natural;
            }
        }
        double leastSum = 0;
        double wantedSum = 0;
        double shareSum = 0;
        for (int c = 0; c < n; ++c) {
            least[c] = std::max(std::min(least[c] + 2 * m_padX, width * std::max(0.25, t.columns[c].share / 100.0)),
                                width * t.columns[c].minimum / 100.0);
            wanted[c] = std::max(least[c], wanted[c] + 2 * m_padX);
            leastSum += least[c];
            wantedSum += wanted[c];
            shareSum += t.columns[c].share;
        }
        QList<double> widths(n, 0.0);
        if (leastSum >= width) {
            // Not every longest word fits: cut only the widest columns, to one level, so the
            // fewest words are broken (and only words longer than their column).
            QList<double> sorted = least;
            std::sort(sorted.begin(), sorted.end());
            double level = width / n;
            double below = 0;
            for (int k = 0; k < n; ++k) {
                const double candidate = (width - below) / (n - k);
                if (candidate <= sorted[k]) {
                    level = candidate;
                    break;
                }
                below += sorted[k];
            }
            for (int c = 0; c < n; ++c)
                widths[c] = std::min(least[c], level);
        } else if (wantedSum <= width) {
            for (int c = 0; c < n; ++c)
                widths[c] = wanted[c] + (width - wantedSum) * t.columns[c].share / (shareSum > 0 ? shareSum : 1);
        } else {
            // No column gets more than it wants (its longest line unbroken); what one does not take
            // goes to the others, again by their weights.
            widths = least;
            QList<bool> full(n, false);
            double left = width - leastSum;
            for (int round = 0; round < n && left > 1e-6; ++round) {
                double weightSum = 0;
                for (int c = 0; c < n; ++c)
                    weightSum += full[c] ? 0.0 : std::sqrt(amount[c]);
                if (weightSum <= 0)
                    break;
                double given = 0;
                for (int c = 0; c < n; ++c) {
                    if (full[c])
                        continue;
                    const double share = left * std::sqrt(amount[c]) / weightSum;
                    const double take = std::min(share, wanted[c] - widths[c]);
                    widths[c] += take;
                    given += take;
                    if (widths[c] >= wanted[c] - 1e-6)
                        full[c] = true;
                }
                left -= given;
            }
            if (left > 1e-6) // everyone has what they want: the rest by the model's shares
                for (int c = 0; c < n; ++c)
                    widths[c] += left * t.columns[c].share / (shareSum > 0 ? shareSum : 1);
        }
        double x = 0;
        for (int c = 0; c < n; ++c) {
            m_x << x;
            m_w << widths[c];
            x += widths[c];
        }
    }

    struct LaidRow
    {
        QList<int> cells; // text refs
        double height = 0;
    };

    int lines(int ref) const { return int(s.doc.texts[std::size_t(ref)].lines.size()); }
    const LaidText& laid(int ref) const { return s.doc.texts[std::size_t(ref)]; }

    void layRow(const Row& row)
    {
        LaidRow laidRow;
        double tallest = 0;
        if (row.spanning) {
            laidRow.cells << s.keep(
                TextFlow::lay(s.fonts, row.cells.value(0).content, PagedSizes::kTable, s.width() - 2 * m_padX));
            tallest = laid(laidRow.cells.back()).height;
        } else {
            for (int c = 0; c < t.columns.size(); ++c) {
                const Cell cell = row.cells.value(c);
                const Align align = cell.align != Align::Start ? cell.align : t.columns[c].align;
                laidRow.cells << s.keep(
                    TextFlow::lay(s.fonts, cell.content, PagedSizes::kTable, m_w[c] - 2 * m_padX, align));
                tallest = std::max(tallest, laid(laidRow.cells.back()).height);
            }
        }
        laidRow.height = tallest + 2 * m_padY;
        m_rows << laidRow;
    }

    void headerRow(bool artifact)
    {
        const QRectF band(0, s.y, s.width(), m_headerHeight);
        if (!artifact)
            s.beginArtifact(Artifact::Layout);
        s.rect(Op::Kind::Fill, band, ReportPalette::headerFill());
        if (!artifact)
            s.endArtifact();
        if (!artifact)
            s.begin(Element::TR);
        for (int c = 0; c < t.columns.size(); ++c) {
            PageStructure::Options options;
            options.scope = PageStructure::Scope::Column;
            if (!artifact)
                s.begin(Element::TH, options);
            s.text(m_header[c], 0, lines(m_header[c]), m_x[c] + m_padX, s.y + m_padY, Qt::white);
            if (!artifact)
                s.end();
        }
        if (!artifact)
            s.end();
        s.y += m_headerHeight;
    }

    QColor cellFill(const Row& row, int c) const
    {
        const Tone tone = row.cells.value(c).tone != Tone::None ? row.cells.value(c).tone : row.tone;
        return ReportPalette::fill(tone);
    }
    QColor cellInk(const Row& row, int c) const
    {
        const Tone tone = row.cells.value(c).tone != Tone::None ? row.cells.value(c).tone : row.tone;
        return ReportPalette::ink(tone);
    }

    // One fragment of row i: lines [from[c], to[c]) of each cell, in a band of `height`.
    int gridIndex()
    {
        if (m_grid < 0) {
            std::vector<float> rules;
            for (int c = 1; c < m_x.size(); ++c)
                rules.push_back(float(m_x[c]));
            s.doc.grids.push_back(std::move(rules));
            m_grid = int(s.doc.grids.size()) - 1;
        }
        return m_grid;
    }

    double continuedBand() const { return laid(m_rowLabel).height + 2 * m_padY; }

    void fragment(int i, const QList<int>& from, const QList<int>& to, double height, bool continued)
    {
        const Row& row = t.rows[i];
        const LaidRow& lr = m_rows[i];
        const int cells = row.spanning ? 1 : int(t.columns.size());
        if (continued) {
            // A continued fragment starts with "(continued)" in a band across the row, its cells
            // under it.
            const double band = continuedBand();
            s.beginArtifact(Artifact::Pagination);
            s.rect(Op::Kind::Frame, QRectF(0, s.y, s.width(), band), ReportPalette::rule());
            s.text(m_rowLabel, 0, 1, m_padX, s.y + m_padY, ReportPalette::secondaryText());
            s.endArtifact();
            s.y += band;
            height -= band;
        }
        s.beginArtifact(Artifact::Layout);
        for (int c = 0; c < cells; ++c) {
            const QRectF box = row.spanning ? QRectF(0, s.y, s.width(), height) : QRectF(m_x[c], s.y, m_w[c], height);
            const QColor fill = cellFill(row, c);
            if (fill.alpha() > 0)
                s.rect(Op::Kind::Fill, box, fill);
        }
        s.endArtifact();
        s.begin(Element::TR);
        for (int c = 0; c < cells; ++c) {
            PageStructure::Options options;
            Element element = Element::TD;
            if (row.rowHeader && c == 0 && !row.spanning) {
                element = Element::TH;
                options.scope = PageStructure::Scope::Row;
            }
            if (row.spanning)
                options.columnSpan = int(t.columns.size());
            s.begin(element, options);
            const double x = row.spanning ? m_padX : m_x[c] + m_padX;
            if (to[c] > from[c])
                s.text(lr.cells[c], from[c], to[c], x, s.y + m_padY, cellInk(row, c));
            s.end();
        }
        s.end();
        // The row's outline and its column rules in one op.
        s.beginArtifact(Artifact::Layout);
        s.rect(row.spanning ? Op::Kind::Frame : Op::Kind::Grid, QRectF(0, s.y, s.width(), height),
               ReportPalette::rule());
        if (!row.spanning)
            s.doc.pages.back().ops.back().ref = gridIndex();
        s.endArtifact();
        s.y += height;
        s.pageHasContent = true;
    }

    void placeWhole(int i)
    {
        QList<int> from;
        QList<int> to;
        for (int ref : m_rows[i].cells) {
            from << 0;
            to << lines(ref);
        }
        fragment(i, from, to, m_rows[i].height, false);
    }

    // A row taller than a page: as many lines of each cell as fit, then the rest on the next page
    // under "(continued)"; no line is lost or drawn twice.
    void placeSplit(int i)
    {
        const LaidRow& lr = m_rows[i];
        QList<int> next(lr.cells.size(), 0);
        const double oneLine = s.fonts.lineHeight(s.fonts.font(PagedSizes::kTable, Span::Plain));
        if (s.room() < 2 * m_padY + 3 * oneLine)
            s.newPage();
        bool continued = false;
        for (;;) {
            bool remaining = false;
            for (int c = 0; c < lr.cells.size(); ++c)
                remaining = remaining || next[c] < lines(lr.cells[c]);
            if (!remaining)
                break;
            const double label = continued ? continuedBand() : 0.0;
            const double space = s.room() - 2 * m_padY;
            QList<int> to;
            double tallest = 0;
            bool any = false;
            for (int c = 0; c < lr.cells.size(); ++c) {
                const double own = space - label;
                const int take = laid(lr.cells[c]).linesFitting(next[c], own, false);
                to << next[c] + take;
                any = any || take > 0;
                tallest = std::max(tallest, laid(lr.cells[c]).heightOf(next[c], next[c] + take));
            }
            if (!any) {
                s.newPage();
                continued = true;
                continue;
            }
            fragment(i, next, to, tallest + 2 * m_padY + label, continued);
            next = to;
            remaining = false;
            for (int c = 0; c < lr.cells.size(); ++c)
                remaining = remaining || next[c] < lines(lr.cells[c]);
            if (remaining) {
                s.newPage();
                continued = true;
            }
        }
    }

    LayoutState& s;
    const Table& t;
    double m_padX = 0;
    double m_padY = 0;
    QList<double> m_x;
    int m_grid = -1;
    QList<double> m_w;
    int m_caption = -1;
    double m_captionHeight = 0;
    int m_continued = -1;
    double m_continuedHeight = 0;
    int m_rowLabel = -1;
    QList<int> m_header;
    double m_headerHeight = 0;
    QList<LaidRow> m_rows;
};

} // namespace

void lay(LayoutState& state, const Table& table)
{
    Tabulator(state, table).run();
}

} // namespace wres::ui::report::TableLayout
