#include "PrintController.h"

#include "LongWork.h"
#include "Settings.h"
#include "dialogs/Prompts.h"
#include "dialogs/PublicTextReview.h"
#include "document/PlanDocument.h"
#include "domain/Clock.h"
#include "io/SafeWrite.h"
#include "plan/PlanSession.h"
#include "report/BoardPackDialog.h"
#include "report/BoardPackWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>

namespace wres::ui {

PrintController::PrintController(QWidget* window, PlanDocument& document)
    : QObject(window), m_window(window), m_document(document)
{}

QString PrintController::proposedName(const core::BoardPackOptions& options, const QString& lead, const QDate& date)
{
    const QString day = date.toString(Qt::ISODate);
    if (!lead.isEmpty())
        return tr("brief-%1-%2.pdf").arg(lead.simplified().replace(QLatin1Char(' '), QLatin1Char('-')), day);
    return options.redact ? tr("board-pack-public-%1.pdf").arg(day) : tr("board-pack-%1.pdf").arg(day);
}

QString PrintController::proposedWebName(const QDate& date)
{
    return tr("board-pack-public-%1.html").arg(date.toString(Qt::ISODate));
}

void PrintController::boardPack(Output output)
{
    PlanSession* session = m_document.session();
    if (!session) {
        Prompts::warning(m_window, tr("No plan open"), tr("Open a plan file first."));
        return;
    }
    const QString verb = output == Output::Preview ? tr("Preview")
                         : output == Output::Print ? tr("Print…")
                         : output == Output::Web   ? tr("Export Web Page…")
                                                   : tr("Export PDF…");
    // The dialog keeps the meeting, version and cover sheet in the plan file, for the next pack.
    BoardPackDialog dialog(*session, verb, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::BoardPackOptions options = dialog.options();
    options.date = core::Clock::today();
    const QString lead = dialog.lead();
    if (output == Output::Web) {
        options.redact = true; // a web page is for publishing: always the public version
        const QString name = proposedWebName(options.date);
        const QString path = Prompts::saveFileName(
            m_window, tr("Export public report as a web page"),
            session->isTeam() ? name : QFileInfo(session->path()).dir().filePath(name), tr("Web page (*.html)"));
        if (!path.isEmpty())
            exportBoardPack(path, options, lead);
        return;
    }
    if (output == Output::Pdf) {
        const QString suggested = QFileInfo(session->path()).dir().filePath(proposedName(options, lead, options.date));
        const QString path = Prompts::saveFileName(
            m_window, tr("Export PDF"), session->isTeam() ? proposedName(options, lead, options.date) : suggested,
            tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportBoardPack(path, options, lead);
        return;
    }
    if (lead.isEmpty()) { // a public pack's free text is reviewed first
        try {
            const auto reviewed = PublicTextReview::review(m_window, *session, options);
            if (!reviewed)
                return;
            options = *reviewed;
        } catch (const std::exception& e) {
            Prompts::warning(m_window, tr("Board pack not made"), QString::fromStdString(e.what()));
            return;
        }
    }
    QPrinter printer(QPrinter::HighResolution);
    auto paint = [&](QPrinter* target) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            if (lead.isEmpty())
                BoardPackWriter::print(session->boardPack(options), *target);
            else
                BoardPackWriter::print(session->leadBrief(lead, options.date), *target);
        } catch (const std::exception& e) {
            Prompts::warning(m_window, tr("Board pack not made"), QString::fromStdString(e.what()));
        }
        QGuiApplication::restoreOverrideCursor();
    };
    if (output == Output::Preview) {
        QPrintPreviewDialog preview(&printer, m_window);
        preview.setWindowTitle(tr("Board pack preview"));
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, paint);
        preview.exec();
        return;
    }
    QPrintDialog dialogPrint(&printer, m_window);
    if (dialogPrint.exec() != QDialog::Accepted)
        return;
    // "Print to file" writes where the dialog says, past SafeWrite: at least never over the plan.
    if (const QString why =
            printer.outputFileName().isEmpty() ? QString() : core::SafeWrite::refusal(printer.outputFileName());
        !why.isEmpty()) {
        Prompts::warning(m_window, tr("Board pack not printed"), why);
        return;
    }
    paint(&printer);
}

bool PrintController::exportBoardPack(const QString& path, const core::BoardPackOptions& asked, const QString& lead)
{
    PlanSession* session = m_document.session();
    if (!session)
        return false;
    // A public pack's free text is reviewed first: go on, leave the progress notes out, or cancel.
    core::BoardPackOptions options = asked;
    if (lead.isEmpty()) {
        std::optional<core::BoardPackOptions> reviewed;
        try {
            reviewed = PublicTextReview::review(m_window, *session, asked);
        } catch (const std::exception& e) {
            Prompts::warning(m_window, tr("Board pack not written"), QString::fromStdString(e.what()));
            return false;
        }
        if (!reviewed) {
            emit message(tr("Cancelled: no board pack was written."), 8000);
            return false;
        }
        options = *reviewed;
    }
    // A large plan takes seconds: a progress dialog appears after half a second, and Cancel stops
    // the work with the file left as it was.
    QProgressDialog progress(tr("Writing the board pack…"), tr("Cancel"), 0, 1000, m_window);
    progress.setObjectName(QStringLiteral("packProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const auto report = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled() && !(LongWork::progressHook() && !LongWork::progressHook()(done, total));
    };
    QString error;
    int pages = 0;
    try {
        if (QFileInfo(path).suffix().startsWith(QStringLiteral("htm"), Qt::CaseInsensitive))
            pages = (lead.isEmpty() ? BoardPackWriter::writeHtml(session->boardPack(options), path, &error)
                                    : BoardPackWriter::writeHtml(session->leadBrief(lead, options.date), path, &error))
                        ? 1
                        : 0;
        else
            pages = lead.isEmpty()
                        ? BoardPackWriter::writePdf(session->boardPack(options), path, &error, report)
                        : BoardPackWriter::writePdf(session->leadBrief(lead, options.date), path, &error, report);
    } catch (const std::exception& e) {
        error = QString::fromStdString(e.what());
    }
    progress.reset();
    if (pages < 0) {
        emit message(tr("Cancelled: no board pack was written."), 8000);
        return false;
    }
    if (pages == 0) {
        Prompts::warning(m_window, tr("Board pack not written"), error);
        return false;
    }
    const QString shown = QDir::toNativeSeparators(path);
    emit message(pages == 1 ? tr("Wrote 1 page to %1").arg(shown) : tr("Wrote %1 pages to %2").arg(pages).arg(shown),
                 8000);
    return true;
}

void PrintController::chooseRecordPack()
{
    if (!m_document.isOpen())
        return;
    const auto label =
        Prompts::text(m_window, tr("Record this pack"), tr("A name for this pack, e.g. the meeting it went to:"),
                      m_document.session()->coverDetails().meeting);
    if (label)
        recordPack(label->trimmed());
}

bool PrintController::recordPack(const QString& label)
{
    PlanSession* session = m_document.session();
    if (!session)
        return false;
    try {
        session->recordPack(label);
    } catch (const std::exception& e) {
        Prompts::warning(m_window, tr("Pack not recorded"), QString::fromStdString(e.what()));
        return false;
    }
    emit message(tr("Recorded this pack; the next one will show what changed since."), 8000);
    return true;
}

} // namespace wres::ui
