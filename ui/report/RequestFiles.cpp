#include "RequestFiles.h"

#include "RequestPdf.h"
#include "io/RequestWorkbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <exception>

namespace wres::ui::RequestFiles {

QList<Written> write(const QList<core::UpdateRequests::LeadRequest>& requests, const QString& folder, bool pdf,
                     QString* error)
{
    QList<Written> written;
    const auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return written;
    };
    if (!QDir().mkpath(folder))
        return fail(
            QCoreApplication::translate("wres", "The folder %1 cannot be made.").arg(QDir::toNativeSeparators(folder)));
    const QStringList workbooks = core::UpdateRequests::fileNames(requests, QStringLiteral("xlsx"));
    const QStringList papers = core::UpdateRequests::fileNames(requests, QStringLiteral("pdf"));
    for (qsizetype i = 0; i < requests.size(); ++i) {
        Written w;
        w.workbook = QDir(folder).filePath(workbooks[i]);
        QByteArray bytes;
        try {
            bytes = core::RequestWorkbook::write(requests[i]);
        } catch (const std::exception& e) {
            return fail(QString::fromStdString(e.what()));
        }
        QSaveFile file(w.workbook);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
            return fail(QCoreApplication::translate("wres", "%1 could not be written: %2")
                            .arg(QDir::toNativeSeparators(w.workbook), file.errorString()));
        if (pdf) {
            w.pdf = QDir(folder).filePath(papers[i]);
            QString why;
            if (RequestPdf::writePdf(requests[i], w.pdf, &why) == 0)
                return fail(why);
        }
        written << w;
    }
    return written;
}

} // namespace wres::ui::RequestFiles
