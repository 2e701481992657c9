#include "BoardPackWriter.h"

#include "BoardPackDocument.h"
#include "PagePrinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

namespace wres::ui::BoardPackWriter {
namespace {

template <typename Source> int printSource(const Source& source, QPagedPaintDevice& device)
{
    const QSizeF body = PagePrinter::prepare(device);
    auto document = BoardPackDocument::build(source, body);
    return PagePrinter::print(document->parts(), device, document->runningTitle());
}

template <typename Source>
int writeSource(const Source& source, const QString& path, const QString& title, QString* error)
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
        pages = printSource(source, writer);
    }
    if (pages == 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return 0;
    }
    return pages;
}

} // namespace

int print(const core::BoardPack& pack, QPagedPaintDevice& device)
{
    return printSource(pack, device);
}

int print(const core::LeadBrief& brief, QPagedPaintDevice& device)
{
    return printSource(brief, device);
}

int writePdf(const core::BoardPack& pack, const QString& path, QString* error)
{
    return writeSource(pack, path, pack.plan.info.title, error);
}

int writePdf(const core::LeadBrief& brief, const QString& path, QString* error)
{
    return writeSource(brief, path, brief.plan.title + QStringLiteral(" — ") + brief.lead, error);
}

} // namespace wres::ui::BoardPackWriter
