#include "BoardPackWriter.h"

#include "io/SafeWrite.h"
#include "report/html/HtmlWriter.h"
#include "report/model/BoardPackModel.h"
#include "report/paged/ReportPrinter.h"
#include "store/StoreError.h"

namespace wres::ui::BoardPackWriter {
namespace {

// The date written into a PDF: the day the pack is "as at", so the same pack made twice (by the
// window or the command line) gives the same file.
QDateTime createdOn(const QDate& date)
{
    return QDateTime(date.isValid() ? date : QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
}

// Through core::SafeWrite: never the open plan or its companions, whole or not at all.
bool save(const QByteArray& bytes, const QString& path, QString* error)
{
    try {
        core::SafeWrite::write(path, bytes);
        return true;
    } catch (const core::StoreError& e) {
        if (error)
            *error = e.message();
        return false;
    }
}

} // namespace

int print(const core::BoardPack& pack, QPagedPaintDevice& device, const Progress& progress)
{
    return report::ReportPrinter::print(report::BoardPackModel::build(pack), device, progress);
}

int print(const core::LeadBrief& brief, QPagedPaintDevice& device, const Progress& progress)
{
    return report::ReportPrinter::print(report::BoardPackModel::build(brief), device, progress);
}

int writePdf(const core::BoardPack& pack, const QString& path, QString* error, const Progress& progress)
{
    return report::ReportPrinter::writePdf(report::BoardPackModel::build(pack), path, createdOn(pack.date), error,
                                           progress);
}

int writePdf(const core::LeadBrief& brief, const QString& path, QString* error, const Progress& progress)
{
    return report::ReportPrinter::writePdf(report::BoardPackModel::build(brief), path, createdOn(brief.date), error,
                                           progress);
}

bool writeHtml(const core::BoardPack& pack, const QString& path, QString* error)
{
    return save(report::HtmlWriter::write(report::BoardPackModel::build(pack)), path, error);
}

bool writeHtml(const core::LeadBrief& brief, const QString& path, QString* error)
{
    return save(report::HtmlWriter::write(report::BoardPackModel::build(brief)), path, error);
}

} // namespace wres::ui::BoardPackWriter
