#pragma once

#include "report/BoardPack.h"

#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace wres::ui::BoardPackWriter {

// progress(done, total): false stops the work.
using Progress = std::function<bool(int done, int total)>;

// The board pack (or a lead's brief) in each of its forms, all rendered from one report
// (report::BoardPackModel), so paper, PDF and web page say the same.

// Paints it on a printer (Print, Print Preview); returns the page count, 0 on failure, -1 when
// progress asked to stop.
int print(const core::BoardPack& pack, QPagedPaintDevice& device, const Progress& progress = {});
int print(const core::LeadBrief& brief, QPagedPaintDevice& device, const Progress& progress = {});
// Writes a PDF atomically (nothing is left behind on failure or when cancelled); returns the page
// count, 0 with a sentence for the user in error, or -1 when progress asked to stop.
int writePdf(const core::BoardPack& pack, const QString& path, QString* error, const Progress& progress = {});
int writePdf(const core::LeadBrief& brief, const QString& path, QString* error, const Progress& progress = {});
// Writes the web page (one self-contained HTML file) atomically; false with a sentence in error.
bool writeHtml(const core::BoardPack& pack, const QString& path, QString* error);
bool writeHtml(const core::LeadBrief& brief, const QString& path, QString* error);

} // namespace wres::ui::BoardPackWriter
