#pragma once

#include <QByteArray>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace wres::ui::pdf {

class PdfFile;

// Bookmarks (the document outline, ISO 32000-1 12.3.3) and named destinations (12.3.2.3).
// Links name their destination, so a contents page can point at sections painted after it;
// every name a link uses must be defined by the end of the document.
class PdfNavigation
{
public:
    explicit PdfNavigation(PdfFile& file);

    // `at` is in user space (points, y up) on the page object `page`.
    void addBookmark(const QString& title, int level, int page, const QPointF& at);
    // False when the name is already taken.
    bool addDestination(const QString& name, int page, const QPointF& at);
    // Remembers a name that a link uses.
    void noteLinkTarget(const QString& name) { m_linkTargets.insert(name); }
    // The string a link's /Dest holds for a name.
    static QByteArray destinationKey(const QString& name);

    bool hasBookmarks() const { return !m_bookmarks.empty(); }
    // Writes the outline and the destinations name tree (0 when there is none); false, with
    // errors(), when a link points at a name never defined.
    bool finish(int* outlines, int* destinations);
    QStringList errors() const { return m_errors; }

private:
    struct Bookmark
    {
        QString title;
        int level;
        int page;
        QPointF at;
        int object = 0;
        int parent = -1;
        int previous = -1;
        int next = -1;
        std::vector<int> children;
    };
    int visibleDescendants(int index) const;
    QByteArray destination(int page, const QPointF& at) const;

    PdfFile& m_file;
    std::vector<Bookmark> m_bookmarks;
    std::map<QString, QByteArray> m_destinations;
    QSet<QString> m_linkTargets;
    QStringList m_errors;
};

} // namespace wres::ui::pdf
