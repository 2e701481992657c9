#include "BoardPackWriter.h"

#include "BoardPackDocument.h"
#include "PagePrinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

namespace wres::ui::BoardPackWriter {
namespace {

template <typename Source>
int printSource(const Source& source, QPagedPaintDevice& device, const PagePrinter::Progress& progress)
{
    const QSizeF body = PagePrinter::prepare(device);
    auto document = BoardPackDocument::build(source, body);
    return PagePrinter::print(document->parts(), device, document->runningTitle(), progress);
}

template <typename Source>
int writeSource(const Source& source, const QString& path, const QString& title, QString* error,
                const PagePrinter::Progress& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return 0;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("WRES Tracker %1").arg(QCoreApplication::applicationVersion()));
        pages = printSource(source, writer, progress);
    }
    if (pages < 0) {
        file.cancelWriting(); // cancelled: the file is left as it was
        return -1;
    }
    if (pages == 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return 0;
    }
    return pages;
}

} // namespace

int print(const core::BoardPack& pack, QPagedPaintDevice& device, const PagePrinter::Progress& progress)
{
    return printSource(pack, device, progress);
}

int print(const core::LeadBrief& brief, QPagedPaintDevice& device, const PagePrinter::Progress& progress)
{
    return printSource(brief, device, progress);
}

int writePdf(const core::BoardPack& pack, const QString& path, QString* error, const PagePrinter::Progress& progress)
{
    return writeSource(pack, path, pack.plan.info.title, error, progress);
}

int writePdf(const core::LeadBrief& brief, const QString& path, QString* error, const PagePrinter::Progress& progress)
{
    return writeSource(brief, path, brief.plan.title + QStringLiteral(" — ") + brief.lead, error, progress);
}

} // namespace wres::ui::BoardPackWriter
