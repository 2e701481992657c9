#pragma once

#include "PdfTypes.h"

#include <QPageLayout>
#include <QPaintDevice>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace wres::ui::pdf {

class PdfDocument;
class PdfPaintEngine;

// A paint device that writes a tagged PDF 1.7 (ISO 32000-1 14.8, aimed at PDF/UA, ISO 14289-1):
// what QPainter draws on it becomes vector paths, real text in embedded subset TrueType fonts
// (searchable, copyable, at its true point size) and images, and the calls below add the
// structure tree, artifacts, bookmarks, named destinations and links that make it accessible
// and navigable.
//
// Coordinates: device units are dots at the resolution given (the report uses 300 dpi), with the
// origin at the top left of the page layout's printable area, as on a QPdfWriter; the painter's
// own coordinates are mapped through its transformation as usual. In the PDF, text is set with
// its real point size in Tf and placed in points.
//
// Tagging: everything painted between beginElement() and endElement() is wrapped in marked
// content of that element (/Tag <</MCID n>> BDC … EMC) and linked from it. Anything painted with
// no element open, or between beginArtifact() and endArtifact(), is an artifact (running headers,
// page numbers, rules). Paths and images drawn directly inside a grouping element (Document,
// Part, Sect, Div, L, Table, THead, TBody, TFoot, TR, TOC) are layout artifacts too, since a row's
// shading and a table's rules are not content; text there stays content of that element.
// Headings that skip a level are reported in warnings(); a Figure without alternative text,
// elements left open, or a link to a destination never defined make finish() fail.
//
// Approximations: gradients are filled with their average colour; composition and blend modes
// other than source-over are ignored; a perspective transformation keeps its affine part; text
// is re-encoded from its characters without shaping (as the report sets QFont::PreferNoShaping);
// justified text keeps its natural spacing. A font without TrueType outlines (CFF OpenType) is
// drawn as outlines and reported in warnings().
//
// Typical use:
//     QSaveFile file(path); file.open(QIODevice::WriteOnly);
//     TaggedPdfWriter pdf(&file, 300);
//     pdf.setTitle(title);
//     QPainter painter(&pdf);
//     pdf.beginElement(StructureType::H1); painter.drawText(...); pdf.endElement();
//     painter.end();
//     if (!pdf.finish()) report(pdf.errorString()); else file.commit();
class TaggedPdfWriter : public QPaintDevice
{
public:
    // `output` must be open for writing and empty; the caller keeps it and commits it after a
    // successful finish(). It is written from a thread of the writer's own (compression runs
    // beside the painting), so it must be a file or buffer, not a socket, and left alone until
    // finish() returns. `resolution` is in dots per inch.
    explicit TaggedPdfWriter(QIODevice* output, int resolution = 300);
    ~TaggedPdfWriter() override;

    // Document metadata: the information dictionary and XMP. The title is shown in the reader's
    // window bar (/DisplayDocTitle); the language is the document's /Lang (default "en-GB").
    void setTitle(const QString& title);
    void setAuthor(const QString& author);
    void setSubject(const QString& subject);
    void setKeywords(const QString& keywords);
    void setCreator(const QString& creator);
    void setProducer(const QString& producer);
    void setLanguage(const QString& language);
    void setCreationDate(const QDateTime& created);

    // Pages. The layout applies to pages begun afterwards (set it before the first painting, or
    // just before newPage()). The first page begins with the first painting or call below.
    void setPageLayout(const QPageLayout& layout);
    QPageLayout pageLayout() const;
    bool newPage();
    int pageCount() const;
    int resolution() const;

    // Structure (nested; each beginElement needs its endElement).
    void beginElement(StructureType type, const ElementOptions& options = {});
    void endElement();
    // Of the innermost open element: the text that replaces its content (/ActualText), and the
    // alternative description (/Alt, required for Figure).
    void setActualText(const QString& text);
    void setAlternateText(const QString& text);
    void beginArtifact(ArtifactKind kind = ArtifactKind::Layout);
    void endArtifact();

    // Navigation. Points and rectangles are in the coordinates of the painter active on this
    // device (its transformation applies), or in device units when none is active, on the
    // current page.
    // A bookmark in the outline; level 1 is top level, level n nests under the last lower one.
    void addBookmark(const QString& title, int level, const QPointF& at = {});
    // A named destination; false when the name is already taken.
    bool addDestination(const QString& name, const QPointF& at = {});
    // A link annotation to a named destination, which may be defined later in the document.
    // It is tagged: it joins the innermost open Link element (paint the link's text inside
    // beginElement(StructureType::Link) … endElement()), or gets a Link element of its own.
    // `description` becomes its /Contents, which PDF/UA requires.
    void addLink(const QRectF& area, const QString& destination, const QString& description);
    // The same for a web address.
    void addUriLink(const QRectF& area, const QString& uri, const QString& description);

    // Writes the rest of the document (fonts, structure tree, outline, catalog, cross-reference
    // stream). False, with errorString(), when the output failed or the structure is not whole.
    bool finish();
    QString errorString() const;
    // Things drawn less well than asked: characters no installed font has, missing bold or
    // italic files, fonts drawn as outlines, heading levels skipped.
    QStringList warnings() const;

    QPaintEngine* paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPointF toDevice(const QPointF& point) const;
    QRectF toDevice(const QRectF& rect) const;

    std::unique_ptr<PdfDocument> m_document;
    std::unique_ptr<PdfPaintEngine> m_engine;
};

} // namespace wres::ui::pdf
