#pragma once

#include "report/BoardPack.h"

#include <QString>

class QPagedPaintDevice;

namespace wres::ui::BoardPackWriter {

// Paints the pack (or a lead's brief) on a printer or PDF writer; returns the page count, 0 on failure.
int print(const core::BoardPack& pack, QPagedPaintDevice& device);
int print(const core::LeadBrief& brief, QPagedPaintDevice& device);
// Writes a PDF atomically (nothing is left behind on failure); returns the page count, or 0 with
// a sentence for the user in error.
int writePdf(const core::BoardPack& pack, const QString& path, QString* error);
int writePdf(const core::LeadBrief& brief, const QString& path, QString* error);

} // namespace wres::ui::BoardPackWriter
