#pragma once

#include "PageStructure.h"
#include "report/chart/ChartScene.h"
#include "report/text/TextFlow.h"

#include <QHash>
#include <QRgb>
#include <QSizeF>
#include <QStringList>

#include <deque>
#include <vector>

namespace wres::ui::report {

// A report laid out on pages: for each page, what to paint where and what it is (structure
// elements opened and closed around it, artifacts, bookmarks, destinations and links), in the
// order a reader meets it. Elements may stay open across a page break (a table over ten pages
// is one Table). Built by PagedLayout, painted by PagePainter. Texts and charts are kept once and
// referred to by index, so a 10,000-action pack stays small.
struct PagedDocument
{
    struct Op
    {
        enum class Kind : quint8
        {
            Begin, // element (structure index in `ref`)
            End,
            BeginArtifact, // artifact kind in `ref`
            EndArtifact,
            Text,        // lines [from, to) of texts[ref], top left at (x, y)
            Fill,        // a rectangle filled with colour
            Frame,       // a rectangle's outline in colour
            Grid,        // a table row's outline and column rules: (x, y, w, h), rules at grids[ref]
            Chart,       // charts[ref] at (x, y)
            Bookmark,    // strings[ref] at level `from`
            Destination, // strings[ref] (a heading's id)
            Link,        // area (x, y, w, h) to strings[ref], described by strings[from]
            PageNumber,  // the page number of destination strings[ref], right-aligned in (x, y, w, h)
        };
        Kind kind = Kind::Text;
        int ref = 0;
        int from = 0;
        int to = 0;
        float x = 0;
        float y = 0;
        float w = 0;
        float h = 0;
        QRgb colour = 0xff000000;
    };
    struct Page
    {
        std::vector<Op> ops;
        bool landscape = false;
    };

    QSizeF body;          // the text area of a portrait page, device units
    QSizeF landscapeBody; // and of a landscape page
    const QSizeF& bodyOf(const Page& page) const { return page.landscape ? landscapeBody : body; }
    double header = 0; // the running header's band above the body
    double footer = 0; // the page number's band below it
    std::vector<Page> pages;
    // Deques: they grow without moving what they hold (a reference stays good while more are
    // added) and without the slack of a doubled vector.
    std::deque<LaidText> texts;
    std::vector<ChartScene> charts;
    std::vector<std::vector<float>> grids; // the x of each rule inside a table's rows
    std::deque<std::pair<PageStructure::Element, PageStructure::Options>> elements;
    QStringList strings;
    QHash<QString, int> destinationPage; // heading id -> page index
    int numberFont = 0;                  // FontBook index for page numbers in the contents
};

} // namespace wres::ui::report
