#pragma once

#include "PdfFile.h"
#include "PdfFonts.h"
#include "PdfImages.h"
#include "PdfMetadata.h"
#include "PdfNavigation.h"
#include "PdfPaintResources.h"
#include "PdfStructureTree.h"

#include <QColor>
#include <QPageLayout>
#include <QStringList>
#include <QTransform>

#include <optional>
#include <vector>

class QIODevice;

namespace wres::ui::pdf {

// One PDF being written: its pages, in order, with their content streams and resources, and the
// parts of the document the pages refer to (fonts, images, structure, navigation). The paint
// engine paints into the current page; TaggedPdfWriter drives the rest.
class PdfDocument
{
public:
    PdfDocument(QIODevice* output, int resolution);
    ~PdfDocument();

    int resolution() const { return m_resolution; }
    PdfMetadata& metadata() { return m_metadata; }
    PdfFonts& fonts() { return m_fonts; }
    PdfImages& images() { return m_images; }
    PdfPaintResources& paintResources() { return m_paintResources; }
    PdfStructureTree& structure() { return m_structure; }

    // The layout of pages begun from now on.
    void setPageLayout(const QPageLayout& layout) { m_layout = layout; }
    // The layout of the current page, or of the next when none is begun.
    const QPageLayout& pageLayout() const { return m_page ? m_page->layout : m_layout; }
    bool newPage();
    int pageCount() const { return int(m_pages.size()); }

    // The current page (begun when there is none): its number from 0, the map from device units
    // (dots from the top left of the printable area) to PDF user space (points from the bottom
    // left of the page), and its content stream.
    int pageIndex();
    const QTransform& deviceToUser();
    QByteArray& content();
    // Text state outside any primitive's own q … Q, so that consecutive text repeats no operators.
    struct TextState
    {
        QRgb fill = qRgb(0, 0, 0);
        int face = -1;
        double size = 0;
        double scaling = 100;
    };
    // Prepares the content stream for the next primitive and returns it: opens the marked-content
    // sequence it belongs to (an element's MCID, or an artifact), closing the one before when it
    // differs, and the clip it is drawn in (identified by `clip`, 0 for none; written as
    // `clipOperators`), which stays open over the primitives that share it.
    QByteArray& beginPrimitive(bool text, quint64 clip, const QByteArray& clipOperators);
    TextState& textState();
    bool wantsBounds() const { return m_structure.hasOpenFigure(); }
    void notePainted(const QRectF& userBounds);

    // Page resources: each returns the name to use in the content stream.
    QByteArray useFont(int face);
    QByteArray useImage(int index);
    QByteArray useAlphaState(int index);
    QByteArray usePattern(int index);

    // Navigation; points and rectangles in device units of the current page.
    void addBookmark(const QString& title, int level, const QPointF& at);
    bool addDestination(const QString& name, const QPointF& at);
    void addLink(const QRectF& area, const QString& destination, const QString& uri, const QString& description);

    void addWarning(const QString& warning);
    QStringList warnings() const;
    bool finish();
    bool isFinished() const { return m_finished; }
    QString errorString() const { return m_error; }

private:
    struct Page
    {
        int index = 0;
        int object = 0;
        QPageLayout layout;
        QTransform deviceToUser;
        QByteArray content;
        quint64 clip = 0;
        TextState outside;
        TextState inClip;
        bool markedOpen = false;
        int markedOwner = 0;
        int mcids = 0;
        QByteArray parentArray;
        QByteArray fonts, images, states, patterns;
        bool patternSpace = false;
        QByteArray annotations;
    };
    Page& page();
    void closeClip(Page& p);
    void openMarkedContent(Page& p, const PdfStructureTree::Owner& owner, int token);
    void beginPage();
    void endPage();

    int m_resolution;
    QPageLayout m_layout;
    PdfFile m_file;
    PdfMetadata m_metadata;
    PdfFonts m_fonts;
    PdfImages m_images;
    PdfPaintResources m_paintResources;
    PdfStructureTree m_structure;
    PdfNavigation m_navigation;
    int m_pagesObject;
    std::vector<int> m_pages;
    std::optional<Page> m_page;
    QStringList m_warnings;
    QString m_error;
    bool m_finished = false;
};

} // namespace wres::ui::pdf
