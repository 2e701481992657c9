#include "PdfNavigation.h"

#include "PdfFile.h"
#include "PdfSyntax.h"
#include "PdfTrees.h"

#include <QCoreApplication>

namespace wres::ui::pdf {
namespace {

using PdfSyntax::reference;

// Top-level bookmarks open (their children show), deeper ones closed: a long report's outline
// then reads as its sections and their parts.
bool isOpen(int level)
{
    return level <= 1;
}

} // namespace

PdfNavigation::PdfNavigation(PdfFile& file) : m_file(file) {}

QByteArray PdfNavigation::destination(int page, const QPointF& at) const
{
    return '[' + reference(page) + "/XYZ " + PdfSyntax::real(at.x(), 2) + ' ' + PdfSyntax::real(at.y(), 2) + " null]";
}

void PdfNavigation::addBookmark(const QString& title, int level, int page, const QPointF& at)
{
    Bookmark bookmark{title, std::max(1, level), page, at, 0, -1, -1, -1, {}};
    // The parent is the nearest earlier bookmark of a lower level.
    for (int i = int(m_bookmarks.size()) - 1; i >= 0; i = m_bookmarks[std::size_t(i)].parent) {
        if (m_bookmarks[std::size_t(i)].level < bookmark.level) {
            bookmark.parent = i;
            break;
        }
    }
    const int index = int(m_bookmarks.size());
    if (bookmark.parent >= 0)
        m_bookmarks[std::size_t(bookmark.parent)].children.push_back(index);
    m_bookmarks.push_back(std::move(bookmark));
}

bool PdfNavigation::addDestination(const QString& name, int page, const QPointF& at)
{
    return m_destinations.emplace(name, destination(page, at)).second;
}

QByteArray PdfNavigation::destinationKey(const QString& name)
{
    return PdfSyntax::literalString(name.toUtf8());
}

int PdfNavigation::visibleDescendants(int index) const
{
    int count = 0;
    for (const int child : m_bookmarks[std::size_t(index)].children) {
        ++count;
        if (isOpen(m_bookmarks[std::size_t(child)].level))
            count += visibleDescendants(child);
    }
    return count;
}

bool PdfNavigation::finish(int* outlines, int* destinations)
{
    for (const QString& name : std::as_const(m_linkTargets))
        if (!m_destinations.count(name))
            m_errors << QCoreApplication::translate("wres", "A link points to \"%1\", which no destination defines.")
                            .arg(name);
    if (!m_errors.isEmpty())
        return false;

    *outlines = 0;
    if (!m_bookmarks.empty()) {
        *outlines = m_file.allocate();
        for (Bookmark& bookmark : m_bookmarks)
            bookmark.object = m_file.allocate();
        std::vector<int> top;
        for (int i = 0; i < int(m_bookmarks.size()); ++i)
            if (m_bookmarks[std::size_t(i)].parent < 0)
                top.push_back(i);
        const auto link = [this](const std::vector<int>& siblings) {
            for (std::size_t s = 0; s < siblings.size(); ++s) {
                Bookmark& b = m_bookmarks[std::size_t(siblings[s])];
                b.previous = s > 0 ? siblings[s - 1] : -1;
                b.next = s + 1 < siblings.size() ? siblings[s + 1] : -1;
            }
        };
        link(top);
        for (const Bookmark& b : m_bookmarks)
            link(b.children);
        int visible = 0;
        for (const int i : top)
            visible += 1 + (isOpen(m_bookmarks[std::size_t(i)].level) ? visibleDescendants(i) : 0);
        for (int i = 0; i < int(m_bookmarks.size()); ++i) {
            const Bookmark& b = m_bookmarks[std::size_t(i)];
            QByteArray body = "<</Title " + PdfSyntax::textString(b.title) + "/Parent " +
                              reference(b.parent < 0 ? *outlines : m_bookmarks[std::size_t(b.parent)].object);
            if (b.previous >= 0)
                body += "/Prev " + reference(m_bookmarks[std::size_t(b.previous)].object);
            if (b.next >= 0)
                body += "/Next " + reference(m_bookmarks[std::size_t(b.next)].object);
            if (!b.children.empty()) {
                const int count = visibleDescendants(i);
                body += "/First " + reference(m_bookmarks[std::size_t(b.children.front())].object) + "/Last " +
                        reference(m_bookmarks[std::size_t(b.children.back())].object) + "/Count " +
                        QByteArray::number(isOpen(b.level) ? count : -count);
            }
            body += "/Dest " + destination(b.page, b.at) + ">>";
            m_file.addObject(b.object, body);
        }
        m_file.addObject(*outlines, "<</Type/Outlines/First " +
                                        reference(m_bookmarks[std::size_t(top.front())].object) + "/Last " +
                                        reference(m_bookmarks[std::size_t(top.back())].object) + "/Count " +
                                        QByteArray::number(visible) + ">>");
    }

    *destinations = 0;
    if (!m_destinations.empty()) {
        std::vector<std::pair<QByteArray, QByteArray>> entries;
        for (const auto& [name, target] : m_destinations)
            entries.emplace_back(destinationKey(name), target);
        *destinations = PdfTrees::writeNameTree(m_file, std::move(entries));
    }
    return true;
}

} // namespace wres::ui::pdf
