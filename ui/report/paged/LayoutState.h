#pragma once

#include "PagedDocument.h"
#include "report/text/FontBook.h"

#include <QColor>
#include <QRectF>

#include <functional>

namespace wres::ui::report {

// Sizes of the paged report, in points (A4, 16 mm side margins).
namespace PagedSizes {
constexpr double kBody = 10;
constexpr double kLead = 12;
constexpr double kSmall = 8.5;
constexpr double kTable = 8.5;
constexpr double kCaption = 10;
constexpr double kH1 = 17;
constexpr double kH2 = 13.5;
constexpr double kH3 = 11;
constexpr double kTitle = 24;
constexpr double kRunning = 8;
} // namespace PagedSizes

// The pen of PagedLayout and TableLayout: where the next thing goes on which page, and the ops
// that say what it is.
class LayoutState
{
public:
    using Op = PagedDocument::Op;
    using Element = PageStructure::Element;

    LayoutState(FontBook& book, PagedDocument& out) : fonts(book), doc(out) { newPage(); }

    FontBook& fonts;
    PagedDocument& doc;
    double y = 0;
    bool pageHasContent = false;
    bool landscape = false; // of the current page, and of those that follow
    // Called on each new page while something open must repeat at its top (a table's header row).
    std::function<void()> onNewPage;

    double pt(double points) const { return points * fonts.unitsPerPoint(); }
    double width() const { return landscape ? doc.landscapeBody.width() : doc.body.width(); }
    double height() const { return landscape ? doc.landscapeBody.height() : doc.body.height(); }
    double room() const { return height() - y; }
    int page() const { return int(doc.pages.size()) - 1; }

    void newPage()
    {
        if (!doc.pages.empty())
            doc.pages.back().ops.shrink_to_fit(); // a 2,600-page pack keeps no growth slack
        doc.pages.emplace_back();
        doc.pages.back().landscape = landscape;
        y = 0;
        pageHasContent = false;
        if (onNewPage)
            onNewPage();
    }
    // A new page unless this one is still empty; turned as asked.
    void breakPage(PageBreak::Turn turn = PageBreak::Turn::Keep)
    {
        const bool turned = turn != PageBreak::Turn::Keep && (turn == PageBreak::Turn::Landscape) != landscape;
        if (turn != PageBreak::Turn::Keep)
            landscape = turn == PageBreak::Turn::Landscape;
        if (pageHasContent)
            newPage();
        else if (turned)
            doc.pages.back().landscape = landscape;
    }
    void op(const Op& op) { doc.pages.back().ops.push_back(op); }
    void begin(Element element, const PageStructure::Options& options = {})
    {
        doc.elements.emplace_back(element, options);
        Op o;
        o.kind = Op::Kind::Begin;
        o.ref = int(doc.elements.size()) - 1;
        op(o);
    }
    void end()
    {
        Op o;
        o.kind = Op::Kind::End;
        op(o);
    }
    void beginArtifact(PageStructure::Artifact kind)
    {
        Op o;
        o.kind = Op::Kind::BeginArtifact;
        o.ref = int(kind);
        op(o);
    }
    void endArtifact()
    {
        Op o;
        o.kind = Op::Kind::EndArtifact;
        op(o);
    }
    int keep(LaidText&& text)
    {
        doc.texts.push_back(std::move(text));
        return int(doc.texts.size()) - 1;
    }
    void text(int ref, int from, int to, double x, double top, const QColor& colour = Qt::black)
    {
        Op o;
        o.kind = Op::Kind::Text;
        o.ref = ref;
        o.from = from;
        o.to = to;
        o.x = float(x);
        o.y = float(top);
        o.colour = colour.rgba();
        op(o);
        pageHasContent = true;
    }
    void rect(Op::Kind kind, const QRectF& r, const QColor& colour)
    {
        Op o;
        o.kind = kind;
        o.x = float(r.x());
        o.y = float(r.y());
        o.w = float(r.width());
        o.h = float(r.height());
        o.colour = colour.rgba();
        op(o);
    }
    int string(const QString& s)
    {
        doc.strings << s;
        return int(doc.strings.size()) - 1;
    }
};

// Lays out a table from the current position (TableLayout.cpp).
struct Table;
namespace TableLayout {
void lay(LayoutState& state, const Table& table);
}

} // namespace wres::ui::report
