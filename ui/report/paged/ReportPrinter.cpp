#include "ReportPrinter.h"

#include "PageTarget.h"
#include "PagedLayout.h"
#include "TaggedPdfTarget.h"
#include "io/SafeWrite.h"
#include "report/pdf/TaggedPdfWriter.h"
#include "report/text/FontBook.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QPagedPaintDevice>

namespace wres::ui::report::ReportPrinter {

QPageLayout pageLayout(bool landscape)
{
    return QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       landscape ? QMarginsF(14, 11, 14, 10) : QMarginsF(16, 11, 16, 10), QPageLayout::Millimeter);
}

int print(const ReportDocument& document, PageTarget& target, const PagePainter::Progress& progress)
{
    target.setPageLayout(pageLayout());
    QPaintDevice& device = target.device();
    FontBook fonts(&device);
    const double header = PagedLayout::headerBand(fonts);
    const double footer = PagedLayout::footerBand(fonts);
    const auto bodyOf = [&](bool landscape) {
        const QRectF area = pageLayout(landscape).paintRectPixels(device.logicalDpiX());
        return QSizeF(area.width(), area.height() - header - footer);
    };
    if (progress && !progress(0, 1000))
        return -1;
    const PagedDocument pages = PagedLayout::lay(document, fonts, bodyOf(false), bodyOf(true));
    if (progress && !progress(500, 1000))
        return -1;
    return PagePainter::paint(pages, target, fonts, document.title, progress,
                              [](bool landscape) { return pageLayout(landscape); });
}

int print(const ReportDocument& document, QPagedPaintDevice& device, const PagePainter::Progress& progress)
{
    PagedDeviceTarget target(device);
    return print(document, target, progress);
}

int writePdf(const ReportDocument& document, QIODevice& device, const QDateTime& created,
             const PagePainter::Progress& progress, QString* error)
{
    pdf::TaggedPdfWriter writer(&device, 300);
    writer.setTitle(document.title);
    writer.setSubject(document.subject);
    writer.setLanguage(document.language);
    writer.setCreator(QStringLiteral("WRES Tracker %1").arg(QCoreApplication::applicationVersion()));
    writer.setProducer(QStringLiteral("WRES Tracker %1").arg(QCoreApplication::applicationVersion()));
    writer.setCreationDate(created);
    TaggedPdfTarget target(writer);
    const int pages = print(document, target, progress);
    if (pages <= 0)
        return pages;
    if (!writer.finish()) {
        if (error)
            *error = writer.errorString();
        return 0;
    }
    return pages;
}

int writePdf(const ReportDocument& document, const QString& path, const QDateTime& created, QString* error,
             const PagePainter::Progress& progress)
{
    int pages = 0;
    try {
        core::SafeWrite::write(path, [&](QIODevice& file) {
            pages = writePdf(document, file, created, progress, error);
            return pages > 0; // cancelled or failed: the file is left as it was
        });
    } catch (const core::StoreError& e) {
        if (error)
            *error = e.message();
        return 0;
    }
    if (pages == 0 && error)
        *error = QCoreApplication::translate("wres", "Cannot write %1: the pages could not be drawn%2.")
                     .arg(QDir::toNativeSeparators(path),
                          error->isEmpty() ? QString() : QStringLiteral(" (") + *error + QLatin1Char(')'));
    return pages;
}

} // namespace wres::ui::report::ReportPrinter
