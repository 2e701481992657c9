#include "RequestFiles.h"

#include "RequestPdf.h"
#include "io/RequestWorkbook.h"
#include "io/WriteBatch.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>

namespace wres::ui::RequestFiles {

QList<Written> write(const QList<core::UpdateRequests::LeadRequest>& requests, const QString& folder, bool pdf,
                     const core::SafeWrite::Options& options, const std::function<void()>& record)
{
    const QStringList workbooks = core::UpdateRequests::fileNames(requests, QStringLiteral("xlsx"));
    const QStringList papers = core::UpdateRequests::fileNames(requests, QStringLiteral("pdf"));
    core::WriteBatch batch(folder, options);
    for (qsizetype i = 0; i < requests.size(); ++i) {
        batch.add(workbooks[i], core::RequestWorkbook::write(requests[i]));
        if (pdf && !batch.add(papers[i], [&](QIODevice& file) { return RequestPdf::writePdf(requests[i], file) > 0; }))
            throw core::StoreError(core::StoreError::Kind::Failed,
                                   QCoreApplication::translate("wres", "The request to %1 could not be drawn as a "
                                                                       "PDF; nothing was written.")
                                       .arg(requests[i].lead));
    }
    batch.commit(record);
    QList<Written> written;
    for (qsizetype i = 0; i < requests.size(); ++i)
        written << Written{QDir(folder).filePath(workbooks[i]), pdf ? QDir(folder).filePath(papers[i]) : QString()};
    return written;
}

} // namespace wres::ui::RequestFiles
