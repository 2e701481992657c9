#include "BoardPackWriter.h"

#include "BoardPackDocument.h"
#include "PagePrinter.h"

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
    return PagePrinter::writePdf(path, title, error,
                                 [&](QPagedPaintDevice& device) { return printSource(source, device, progress); });
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
    return writeSource(pack, path, pack.cover.title, error, progress);
}

int writePdf(const core::LeadBrief& brief, const QString& path, QString* error, const PagePrinter::Progress& progress)
{
    return writeSource(brief, path,
                       brief.heading.isEmpty() ? brief.title : brief.heading + QStringLiteral(": ") + brief.title,
                       error, progress);
}

} // namespace wres::ui::BoardPackWriter
