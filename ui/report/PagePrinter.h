#pragma once

#include "PagedPart.h"

#include <QList>
#include <QPageLayout>
#include <QSizeF>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QTextDocument;

namespace wres::ui {

// A part of the report held as a rich-text document (the cover, the summary, the metrics).
class TextPart : public PagedPart
{
public:
    explicit TextPart(std::unique_ptr<QTextDocument> document);
    ~TextPart() override;
    QTextDocument& document() const { return *m_document; }
    int layout(QPagedPaintDevice& device, const QSizeF& body) override;
    void paint(QPainter& painter, int page) const override;

private:
    std::unique_ptr<QTextDocument> m_document;
    QSizeF m_body;
};

namespace PagePrinter {

// Sets the device to A4 (portrait unless asked) with the report's margins; returns the size of
// the text body on each page (device units), which charts and tables are sized against.
QSizeF prepare(QPagedPaintDevice& device, QPageLayout::Orientation orientation = QPageLayout::Portrait);

// Lays the parts out one after another on A4 pages of the device (in the orientation it was
// prepared for) (a QPdfWriter or a QPrinter),
// each starting a page, and paints every page with a running header (the title, not on the first
// page) and "Page X of Y" at the foot. Separate parts keep painting linear in the page count:
// a page only walks its own part. Returns the page count, or 0 when the device could not be
// painted on.
// progress(done, 1000) is called as the work goes (laying out is the first half, painting the
// second); when it returns false the printing stops and print returns -1.
using Progress = std::function<bool(int done, int total)>;
int print(const QList<PagedPart*>& parts, QPagedPaintDevice& device, const QString& runningTitle,
          const Progress& progress = {});

// Writes a PDF through core::SafeWrite (never the open plan, its companions or backups; atomically):
// paint(writer) lays out and paints the pages and returns their count (0 on failure, -1 when
// cancelled); nothing is left behind then. Returns the page count, 0 with
// a sentence for the user in error, or -1.
int writePdf(const QString& path, const QString& title, QString* error,
             const std::function<int(QPagedPaintDevice&)>& paint);
// The same into an open device (a file SafeWrite or WriteBatch is writing); returns paint's count.
int writePdf(QIODevice& device, const QString& title, const std::function<int(QPagedPaintDevice&)>& paint);

} // namespace PagePrinter
} // namespace wres::ui
