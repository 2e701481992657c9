#pragma once

#include "updates/UpdateRequests.h"

#include <QString>

class QPagedPaintDevice;

namespace wres::ui::RequestPdf {

// A lead's update request on paper (A4 landscape), for a lead who prefers to write the answers
// by hand: the same actions and columns as the workbook, the answer columns left empty with room
// to write. Returns the page count, 0 on failure.
int print(const core::UpdateRequests::LeadRequest& request, QPagedPaintDevice& device);
// Writes it as a PDF atomically; returns the page count, or 0 with a sentence in error.
int writePdf(const core::UpdateRequests::LeadRequest& request, const QString& path, QString* error);

} // namespace wres::ui::RequestPdf
