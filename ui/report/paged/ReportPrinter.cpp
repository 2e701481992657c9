#include "ReportPrinter.h"

#include "PageTarget.h"
#include "PagedLayout.h"
#include "report/text/FontBook.h"

#include <QCoreApplication>
#include <QDir>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>

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

int writePdf(const ReportDocument& document, const QString& path, const QDateTime& created, QString* error,
             const PagePainter::Progress& progress)
{
    Q_UNUSED(created)
    QSaveFile file(path);
    const auto fail = [&] {
        if (error)
            *error = QCoreApplication::translate("wres", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return 0;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("WRES Tracker %1").arg(QCoreApplication::applicationVersion()));
        pages = print(document, writer, progress);
    }
    if (pages < 0) {
        file.cancelWriting();
        return -1;
    }
    if (pages == 0 || !file.commit())
        return fail();
    return pages;
}

} // namespace wres::ui::report::ReportPrinter
