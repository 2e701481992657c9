#pragma once

#include "PdfTypes.h"

#include <QByteArray>
#include <QRectF>
#include <QStringList>

#include <utility>
#include <vector>

namespace wres::ui::pdf {

class PdfFile;

// The logical structure of a tagged PDF (ISO 32000-1, 14.7): structure elements opened and
// closed in reading order, the marked content and annotations that belong to each, the parent
// tree that leads from content back to its element, and artifacts. An element is written as
// soon as it is closed; only the open ones are held.
class PdfStructureTree
{
public:
    explicit PdfStructureTree(PdfFile& file);

    int rootObject() const { return m_root; }

    void begin(StructureType type, const ElementOptions& options);
    // False (with the reason in errors()) when no element is open.
    bool end();
    // Of the innermost open element; false when none is open.
    bool setActualText(const QString& text);
    bool setAlternateText(const QString& text);
    void beginArtifact(ArtifactKind kind);
    bool endArtifact();

    // What content painted now belongs to: the object of an open element, or 0 for an artifact
    // (inside beginArtifact, with no element open, or non-text drawn directly in a grouping
    // element such as TR or Table, which is table ruling or shading).
    struct Owner
    {
        int element = 0;
        const char* tag = nullptr; // the element's type, for its BDC
        ArtifactKind artifact = ArtifactKind::Layout;
    };
    Owner owner(bool text);

    // Marked content `mcid` on page `page` becomes the next kid of `element`.
    void addMarkedContent(int element, int page, int mcid);
    // A link annotation becomes the next kid of the innermost open Link element, or of a Link
    // element made for it; returns that element.
    int addAnnotation(int annotation, int page);
    // Bounds (user space) of what was just painted, for the BBox of open figures.
    void notePainted(int page, const QRectF& bounds);
    bool hasOpenFigure() const { return m_openFigures > 0; }

    // Keys of the parent tree: one per page with marked content, one per annotation.
    int nextParentKey() { return m_nextKey++; }
    void addParentTreeEntry(int key, const QByteArray& value) { m_parentTree.emplace_back(key, value); }

    // Writes the structure tree root, parent tree and ID tree; false when elements or artifacts
    // are still open or a rule was broken (see errors()).
    bool finish();
    QStringList errors() const { return m_errors; }
    // Advice that does not stop the document, such as heading levels skipped.
    QStringList warnings() const { return m_warnings; }

private:
    struct Element
    {
        StructureType type;
        int object;
        int parent;
        ElementOptions options;
        QByteArray kids;
        int kidCount = 0;
        int page = 0;    // /Pg: the page of its first marked content
        int boxPage = 0; // Figure: the page its BBox is on
        QRectF box;
    };
    QByteArray attributes(const Element& element) const;
    void write(const Element& element);
    void appendKid(int element);

    PdfFile& m_file;
    int m_root;
    std::vector<Element> m_open;
    std::vector<ArtifactKind> m_artifacts;
    QByteArray m_rootKids;
    int m_openFigures = 0;
    int m_nextKey = 0;
    int m_lastHeading = 0;
    int m_notes = 0;
    std::vector<std::pair<int, QByteArray>> m_parentTree;
    std::vector<std::pair<QByteArray, QByteArray>> m_ids;
    QStringList m_errors;
    QStringList m_warnings;
};

} // namespace wres::ui::pdf
