#pragma once

#include <QList>
#include <QSizeF>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace wres::ui::PagePrinter {

// Sets the device to A4 portrait with the report's margins; returns the size of the text body
// on each page (device units), which charts and tables are sized against.
QSizeF prepare(QPagedPaintDevice& device);

// Lays documents out one after another on A4 pages of the device (a QPdfWriter or a QPrinter),
// each starting a page, and paints every page with a running header (the title, not on the first
// page) and "Page X of Y" at the foot. Separate documents keep painting linear in the page count:
// a page only walks its own document. Tells each layout about the device first, so text is sized
// for it. Returns the page count, or 0 when the device could not be painted on.
int print(const QList<QTextDocument*>& documents, QPagedPaintDevice& device, const QString& runningTitle);

} // namespace wres::ui::PagePrinter
