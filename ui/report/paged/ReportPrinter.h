#pragma once

#include "PagePainter.h"
#include "report/model/ReportDocument.h"

#include <QDateTime>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace wres::ui::report {

class PageTarget;

// A report on paper or in a PDF: sets the page up (A4 portrait), lays the report out for the
// device, then paints it. One path for Print, Print Preview, Export PDF and `board-pack -o x.pdf`.
namespace ReportPrinter {

// A4 with the report's margins, portrait or landscape.
QPageLayout pageLayout(bool landscape = false);

// Returns the page count, 0 when the device could not be painted on, -1 when progress stopped it.
int print(const ReportDocument& document, PageTarget& target, const PagePainter::Progress& progress = {});
int print(const ReportDocument& document, QPagedPaintDevice& device, const PagePainter::Progress& progress = {});

// Writes the PDF through core::SafeWrite: never over the open plan, its companions or backups,
// whole or not at all (nothing is left behind on failure or when cancelled). `created` is the date
// written into the file, so the same pack made twice gives the same bytes. Returns the page
// count, 0 with a sentence for the user in error, or -1 when cancelled.
int writePdf(const ReportDocument& document, const QString& path, const QDateTime& created, QString* error,
             const PagePainter::Progress& progress = {});
// The same into an open device (a file SafeWrite or a WriteBatch is writing); returns the count.
// A tagged PDF (TaggedPdfWriter): structure tree, /Lang, title, bookmarks and links.
int writePdf(const ReportDocument& document, QIODevice& device, const QDateTime& created,
             const PagePainter::Progress& progress = {}, QString* error = nullptr);

} // namespace ReportPrinter
} // namespace wres::ui::report
