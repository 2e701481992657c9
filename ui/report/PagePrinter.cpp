#include "PagePrinter.h"

#include "io/SafeWrite.h"
#include "store/StoreError.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace wres::ui {

namespace {

constexpr double kHeaderShare = 0.05;
constexpr double kFooterShare = 0.045;

} // namespace

TextPart::TextPart(std::unique_ptr<QTextDocument> document) : m_document(std::move(document)) {}

TextPart::~TextPart() = default;

int TextPart::layout(QPagedPaintDevice& device, const QSizeF& body)
{
    m_body = body;
    // Tell the layout about the device first, so text is sized for it.
    m_document->documentLayout()->setPaintDevice(&device);
    m_document->setPageSize(body);
    return std::max(1, m_document->pageCount());
}

void TextPart::paint(QPainter& painter, int page) const
{
    painter.save();
    painter.translate(0, -page * m_body.height());
    const QRectF visible(0, page * m_body.height(), m_body.width(), m_body.height());
    painter.setClipRect(visible);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = visible;
    context.palette.setColor(QPalette::Text, Qt::black);
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();
}

namespace PagePrinter {

QSizeF prepare(QPagedPaintDevice& device, QPageLayout::Orientation orientation)
{
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter));
    const QRectF area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    return QSizeF(area.width(), area.height() * (1.0 - kHeaderShare - kFooterShare));
}

int print(const QList<PagedPart*>& parts, QPagedPaintDevice& device, const QString& runningTitle,
          const Progress& progress)
{
    const auto report = [&progress](int done) { return !progress || progress(done, 1000); };
    if (parts.isEmpty())
        return 0;
    const QSizeF body = prepare(device, device.pageLayout().orientation());
    const QRectF area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const double width = body.width();
    const double headerHeight = area.height() * kHeaderShare;
    const double footerHeight = area.height() * kFooterShare;

    QList<int> counts;
    int pages = 0;
    for (qsizetype p = 0; p < parts.size(); ++p) {
        counts << parts[p]->layout(device, body);
        pages += counts.last();
        if (!report(int(500 * (p + 1) / parts.size())))
            return -1;
    }

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7.5);
    const QColor grey(0x42, 0x55, 0x63);
    int number = 0;
    for (qsizetype p = 0; p < parts.size(); ++p) {
        for (int page = 0; page < counts[p]; ++page, ++number) {
            if (number > 0 && !device.newPage())
                return 0;
            if (number % 8 == 0 && !report(500 + 500 * number / pages)) {
                painter.end();
                return -1;
            }
            painter.save();
            painter.setFont(small);
            painter.setPen(grey);
            if (number > 0) {
                painter.drawText(QRectF(0, 0, width, headerHeight * 0.8), Qt::AlignLeft | Qt::AlignVCenter,
                                 runningTitle);
                painter.drawLine(QPointF(0, headerHeight * 0.85), QPointF(width, headerHeight * 0.85));
            }
            painter.drawText(QRectF(0, headerHeight + body.height(), width, footerHeight), Qt::AlignCenter,
                             QCoreApplication::translate("BoardPack", "Page %1 of %2").arg(number + 1).arg(pages));
            painter.restore();

            painter.save();
            painter.translate(0, headerHeight);
            parts[p]->paint(painter, page);
            painter.restore();
        }
    }
    painter.end();
    report(1000);
    return pages;
}

int writePdf(QIODevice& device, const QString& title, const std::function<int(QPagedPaintDevice&)>& paint)
{
    QPdfWriter writer(&device);
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("WRES Tracker %1").arg(QCoreApplication::applicationVersion()));
    return paint(writer);
}

int writePdf(const QString& path, const QString& title, QString* error,
             const std::function<int(QPagedPaintDevice&)>& paint)
{
    int pages = 0;
    try {
        // Through core's safe-write routine: never over the open plan or its backups, atomically.
        core::SafeWrite::write(path, [&](QIODevice& file) {
            pages = writePdf(file, title, paint);
            return pages > 0; // cancelled or failed: the file is left as it was
        });
    } catch (const core::StoreError& e) {
        if (error)
            *error = e.message();
        return 0;
    }
    if (pages == 0 && error)
        *error = QCoreApplication::translate("wres", "Cannot write %1: the pages could not be drawn.")
                     .arg(QDir::toNativeSeparators(path));
    return pages;
}

} // namespace PagePrinter
} // namespace wres::ui
