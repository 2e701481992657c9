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

QPageLayout pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 11, 16, 10),
                       QPageLayout::Millimeter);
}

int print(const ReportDocument& document, PageTarget& target, const PagePainter::Progress& progress)
{
    target.setPageLayout(pageLayout());
    QPaintDevice& device = target.device();
    FontBook fonts(&device);
    const QRectF area = target.pageLayout().paintRectPixels(device.logicalDpiX());
    const double header = PagedLayout::headerBand(fonts);
    const double footer = PagedLayout::footerBand(fonts);
    const QSizeF body(area.width(), area.height() - header - footer);
    if (progress && !progress(0, 1000))
        return -1;
    const PagedDocument pages = PagedLayout::lay(document, fonts, body);
    if (progress && !progress(500, 1000))
        return -1;
    return PagePainter::paint(pages, target, fonts, document.title, progress);
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
