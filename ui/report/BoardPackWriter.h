#pragma once

#include "PagePrinter.h"
#include "report/BoardPack.h"

#include <QString>

class QPagedPaintDevice;

namespace wres::ui::BoardPackWriter {

// Paints the pack (or a lead's brief) on a printer or PDF writer; returns the page count, 0 on
// failure, -1 when progress (see PagePrinter::print) asked to stop.
int print(const core::BoardPack& pack, QPagedPaintDevice& device, const PagePrinter::Progress& progress = {});
int print(const core::LeadBrief& brief, QPagedPaintDevice& device, const PagePrinter::Progress& progress = {});
// Writes a PDF atomically (nothing is left behind on failure or when cancelled); returns the page
// count, 0 with a sentence for the user in error, or -1 when progress asked to stop.
int writePdf(const core::BoardPack& pack, const QString& path, QString* error,
             const PagePrinter::Progress& progress = {});
int writePdf(const core::LeadBrief& brief, const QString& path, QString* error,
             const PagePrinter::Progress& progress = {});

} // namespace wres::ui::BoardPackWriter
