#pragma once

#include <QSizeF>

class QPagedPaintDevice;
class QPainter;

namespace wres::ui {

// One part of a printed report that starts on a new page and runs over as many pages as it needs:
// a text document (cover, summary, metrics) or a painted table (the action plan). PagePrinter lays
// every part out first, to know the page count for "Page X of Y", then paints page by page.
class PagedPart
{
public:
    virtual ~PagedPart() = default;
    // Lays the part out for the device's page body (device units); returns its page count (at least 1).
    virtual int layout(QPagedPaintDevice& device, const QSizeF& body) = 0;
    // Paints one of its pages; the painter's origin is the top left of the body.
    virtual void paint(QPainter& painter, int page) const = 0;
};

} // namespace wres::ui
