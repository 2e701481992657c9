#pragma once

#include "io/SafeWrite.h"
#include "updates/UpdateRequests.h"

#include <QList>
#include <QString>

#include <functional>

namespace wres::ui::RequestFiles {

// Where one request went: its workbook, and its PDF when one was asked for.
struct Written
{
    QString workbook;
    QString pdf;
};

// Writes a round of requests into folder, all or nothing (core::WriteBatch): each request as
// <lead>.xlsx (core::RequestWorkbook) and, with pdf, <lead>.pdf (RequestPdf), named by
// core::UpdateRequests::fileNames, made in a staging folder inside the target and moved into
// place together under core::SafeWrite's rules (options.mayReplace guards a returned workbook not
// imported yet); then record() (recording the round in the plan) runs. If anything fails, record()
// included, nothing of the round is left and the exception (core::StoreError, or the workbook
// writer's std::runtime_error) propagates. Returns where each request went, in request order.
QList<Written> write(const QList<core::UpdateRequests::LeadRequest>& requests, const QString& folder, bool pdf,
                     const core::SafeWrite::Options& options, const std::function<void()>& record);

} // namespace wres::ui::RequestFiles
