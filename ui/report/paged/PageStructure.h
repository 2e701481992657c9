#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>

namespace wres::ui::report {

// What a paged rendering says about what it paints, for a device that can keep it (a tagged PDF:
// structure tree, artifacts, bookmarks, links). The base class keeps nothing: paper needs no tags,
// so QPrinter (Print, Print Preview) gets this one, and TaggedPdfStructure forwards to the PDF.
class PageStructure
{
public:
    enum class Element
    {
        Document,
        Sect,
        H1,
        H2,
        H3,
        P,
        L,
        LI,
        Lbl,
        LBody,
        Table,
        Caption,
        THead,
        TBody,
        TR,
        TH,
        TD,
        Figure,
        TOC,
        TOCI,
        Link,
    };
    enum class Artifact
    {
        Layout,     // rules, cell fills, swatches
        Pagination, // repeated header rows, "(continued)"
        Header,     // the running title
        Footer,     // the page number
    };
    enum class Scope
    {
        None,
        Column,
        Row,
    };
    struct Options
    {
        QString alternative; // Figure: the words stating its figures
        Scope scope = Scope::None;
        int numbered = 0;   // L: 1 for a numbered list
        int columnSpan = 1; // TD: a cell across the table
    };

    virtual ~PageStructure() = default;
    virtual void beginElement(Element, const Options&) {}
    virtual void endElement() {}
    virtual void beginArtifact(Artifact) {}
    virtual void endArtifact() {}
    // Positions are in the painter's coordinates on the current page.
    virtual void bookmark(const QString&, int /*level*/, const QPointF&) {}
    virtual void destination(const QString&, const QPointF&) {}
    virtual void link(const QRectF&, const QString& /*destination*/, const QString& /*description*/) {}
};

} // namespace wres::ui::report
