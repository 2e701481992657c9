#pragma once

#include "updates/UpdateRequests.h"

#include <QList>
#include <QString>

namespace wres::ui::RequestFiles {

// Where one request went: its workbook, and its PDF when one was asked for.
struct Written
{
    QString workbook;
    QString pdf;
};

// Writes each request as FOLDER/<lead>.xlsx (core::RequestWorkbook) and, with pdf, <lead>.pdf
// (RequestPdf), each file atomically, making the folder if needed. Stops at the first failure,
// with a sentence in error; returns what was written until then (in request order).
QList<Written> write(const QList<core::UpdateRequests::LeadRequest>& requests, const QString& folder, bool pdf,
                     QString* error);

} // namespace wres::ui::RequestFiles
