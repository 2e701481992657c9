#pragma once

#include "updates/UpdateRequests.h"

#include <QString>

class QIODevice;
class QPagedPaintDevice;

namespace wres::ui::RequestPdf {

// A lead's update request on paper (A4 landscape), for a lead who prefers to write the answers
// by hand: the same actions and columns as the workbook, the answer columns left empty with room
// to write. Returns the page count, 0 on failure.
int print(const core::UpdateRequests::LeadRequest& request, QPagedPaintDevice& device);
// Writes it as a PDF into an open device (a file of a round being written); returns the page count.
int writePdf(const core::UpdateRequests::LeadRequest& request, QIODevice& device);

} // namespace wres::ui::RequestPdf
