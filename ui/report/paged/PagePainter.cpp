#include "PagePainter.h"

#include "LayoutState.h"
#include "PageTarget.h"
#include "report/chart/ChartPainter.h"
#include "report/model/ReportPalette.h"
#include "report/text/FontBook.h"

#include <QCoreApplication>
#include <QPainter>

namespace wres::ui::report::PagePainter {
namespace {

using Op = PagedDocument::Op;

class Painter
{
public:
    Painter(const PagedDocument& document, PageTarget& target, FontBook& fonts, QPainter& painter)
        : d(document), t(target), f(fonts), p(painter)
    {}

    void text(const Op& op)
    {
        const LaidText& laid = d.texts[std::size_t(op.ref)];
        if (op.from >= int(laid.lines.size()))
            return;
        pen(op.colour);
        const double top0 = laid.lines[std::size_t(op.from)].top;
        for (int i = op.from; i < op.to && i < int(laid.lines.size()); ++i) {
            const LaidText::Line& line = laid.lines[std::size_t(i)];
            const double baseline = op.y + (line.top - top0) + line.ascent;
            for (int r = line.firstRun; r < line.firstRun + line.runCount; ++r) {
                const LaidText::Run& run = laid.runs[std::size_t(r)];
                font(run.font);
                p.drawText(QPointF(op.x + run.x, baseline), laid.text.mid(run.from, run.length));
            }
        }
    }

    void run(const Op& op)
    {
        PageStructure& s = t.structure();
        switch (op.kind) {
        case Op::Kind::Begin: {
            const auto& [element, options] = d.elements[std::size_t(op.ref)];
            s.beginElement(element, options);
            break;
        }
        case Op::Kind::End:
            s.endElement();
            break;
        case Op::Kind::BeginArtifact:
            s.beginArtifact(PageStructure::Artifact(op.ref));
            break;
        case Op::Kind::EndArtifact:
            s.endArtifact();
            break;
        case Op::Kind::Text:
            text(op);
            break;
        case Op::Kind::Fill:
            p.fillRect(QRectF(op.x, op.y, op.w, op.h), QColor::fromRgba(op.colour));
            break;
        case Op::Kind::Frame:
            m_font = -1;
            m_pen = 0;
            p.setPen(QPen(QColor::fromRgba(op.colour), 0.5 * f.unitsPerPoint()));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(op.x, op.y, op.w, op.h));
            break;
        case Op::Kind::Grid:
            m_font = -1;
            m_pen = 0;
            p.setPen(QPen(QColor::fromRgba(op.colour), 0.5 * f.unitsPerPoint()));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(op.x, op.y, op.w, op.h));
            for (const float x : d.grids[std::size_t(op.ref)])
                p.drawLine(QPointF(x, op.y), QPointF(x, op.y + op.h));
            break;
        case Op::Kind::Chart:
            m_font = -1;
            m_pen = 0;
            ChartPainter::paint(p, d.charts[std::size_t(op.ref)], QPointF(op.x, op.y), f);
            break;
        case Op::Kind::Bookmark:
            s.bookmark(d.strings[op.ref], op.from, QPointF(0, op.y));
            break;
        case Op::Kind::Destination:
            s.destination(d.strings[op.ref], QPointF(0, op.y));
            break;
        case Op::Kind::Link:
            s.link(QRectF(op.x, op.y, op.w, op.h), d.strings[op.ref], d.strings[op.from]);
            break;
        case Op::Kind::PageNumber: {
            const QString number = QString::number(d.destinationPage.value(d.strings[op.ref], -1) + 1);
            font(d.numberFont);
            pen(0xff000000);
            const double width = f.width(d.numberFont, number);
            p.drawText(QPointF(op.x + op.w - width, op.y + f.ascent(d.numberFont)), number);
            break;
        }
        }
    }

    // The running title and rule at the head (from the second page), the page number at the foot.
    void furniture(int page, int pages, const QString& title)
    {
        m_font = -1;
        m_pen = 0;
        PageStructure& s = t.structure();
        const int font = f.font(PagedSizes::kRunning, Span::Plain);
        const QSizeF& body = d.bodyOf(d.pages[std::size_t(page)]);
        const double width = body.width();
        p.setFont(f.qfont(font));
        p.setPen(ReportPalette::secondaryText());
        if (page > 0) {
            s.beginArtifact(PageStructure::Artifact::Header);
            p.drawText(QPointF(0, f.ascent(font)), title);
            p.setPen(QPen(ReportPalette::rule(), 0.5 * f.unitsPerPoint()));
            p.drawLine(QPointF(0, f.lineHeight(font) + 2 * f.unitsPerPoint()),
                       QPointF(width, f.lineHeight(font) + 2 * f.unitsPerPoint()));
            s.endArtifact();
        }
        s.beginArtifact(PageStructure::Artifact::Footer);
        p.setPen(ReportPalette::secondaryText());
        const QString number = QCoreApplication::translate("BoardPack", "Page %1 of %2").arg(page + 1).arg(pages);
        const double w = f.width(font, number);
        p.drawText(QPointF((width - w) / 2, d.header + body.height() + 4 * f.unitsPerPoint() + f.ascent(font)), number);
        s.endArtifact();
    }

private:
    // The painter's font and pen change only when they must: most lines repeat the last ones.
    void font(int index)
    {
        if (index != m_font) {
            p.setFont(f.qfont(index));
            m_font = index;
        }
    }
    void pen(QRgb colour)
    {
        if (colour != m_pen) {
            p.setPen(QColor::fromRgba(colour));
            m_pen = colour;
        }
    }

    int m_font = -1;
    QRgb m_pen = 0;
    const PagedDocument& d;
    PageTarget& t;
    FontBook& f;
    QPainter& p;
};

} // namespace

int paint(const PagedDocument& document, PageTarget& target, FontBook& fonts, const QString& runningTitle,
          const Progress& progress, const LayoutFor& layoutFor)
{
    if (!document.pages.empty() && layoutFor)
        target.setPageLayout(layoutFor(document.pages.front().landscape));
    QPainter painter;
    if (!painter.begin(&target.device()))
        return 0;
    Painter out(document, target, fonts, painter);
    const int pages = int(document.pages.size());
    for (int page = 0; page < pages; ++page) {
        const bool turn =
            page > 0 && layoutFor &&
            document.pages[std::size_t(page)].landscape != document.pages[std::size_t(page - 1)].landscape;
        if (turn)
            target.setPageLayout(layoutFor(document.pages[std::size_t(page)].landscape));
        if (page > 0 && !target.newPage()) {
            painter.end();
            return 0;
        }
        if (progress && page % 8 == 0 && !progress(500 + 500 * page / pages, 1000)) {
            painter.end();
            return -1;
        }
        out.furniture(page, pages, runningTitle);
        painter.save();
        painter.translate(0, document.header);
        for (const Op& op : document.pages[std::size_t(page)].ops)
            out.run(op);
        painter.restore();
    }
    painter.end();
    if (progress)
        progress(1000, 1000);
    return pages;
}

} // namespace wres::ui::report::PagePainter
