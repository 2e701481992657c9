#include "PagePrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace wres::ui::PagePrinter {

namespace {

constexpr double kHeaderShare = 0.05;
constexpr double kFooterShare = 0.045;

} // namespace

QSizeF prepare(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 14, 16, 14),
                                     QPageLayout::Millimeter));
    const QRectF area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    return QSizeF(area.width(), area.height() * (1.0 - kHeaderShare - kFooterShare));
}

int print(const QList<QTextDocument*>& documents, QPagedPaintDevice& device, const QString& runningTitle)
{
    const QSizeF body = prepare(device);
    const QRectF area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const double width = body.width();
    const double headerHeight = area.height() * kHeaderShare;
    const double footerHeight = area.height() * kFooterShare;
    const double bodyHeight = body.height();

    int pages = 0;
    for (QTextDocument* document : documents) {
        document->documentLayout()->setPaintDevice(&device);
        document->setPageSize(QSizeF(width, bodyHeight));
        pages += document->pageCount();
    }
    if (documents.isEmpty())
        return 0;

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    QFont small = documents.front()->defaultFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QColor grey(0x42, 0x55, 0x63);
    int number = 0;
    for (QTextDocument* document : documents) {
        const int own = document->pageCount();
        for (int page = 0; page < own; ++page, ++number) {
            if (number > 0 && !device.newPage())
                return 0;
            painter.save();
            painter.setFont(small);
            painter.setPen(grey);
            if (number > 0) {
                painter.drawText(QRectF(0, 0, width, headerHeight * 0.8), Qt::AlignLeft | Qt::AlignVCenter,
                                 runningTitle);
                painter.drawLine(QPointF(0, headerHeight * 0.85), QPointF(width, headerHeight * 0.85));
            }
            painter.drawText(QRectF(0, headerHeight + bodyHeight, width, footerHeight), Qt::AlignCenter,
                             QStringLiteral("Page %1 of %2").arg(number + 1).arg(pages));
            painter.restore();

            painter.save();
            painter.translate(0, headerHeight - page * bodyHeight);
            const QRectF visible(0, page * bodyHeight, width, bodyHeight);
            painter.setClipRect(visible);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = visible;
            context.palette.setColor(QPalette::Text, Qt::black);
            document->documentLayout()->draw(&painter, context);
            painter.restore();
        }
    }
    painter.end();
    return pages;
}

} // namespace wres::ui::PagePrinter
