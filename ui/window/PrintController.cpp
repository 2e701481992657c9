#include "PrintController.h"

#include "LongWork.h"
#include "Settings.h"
#include "dialogs/Prompts.h"
#include "document/PlanDocument.h"
#include "domain/Clock.h"
#include "plan/PlanSession.h"
#include "report/BoardPackDialog.h"
#include "report/BoardPackWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>

namespace wres::ui {
namespace {

// The dialog's meeting and version boxes, in the order the dialog makes them (its date box holds a
// line edit of its own, which comes later).
QList<QLineEdit*> coverFields(BoardPackDialog& dialog)
{
    QList<QLineEdit*> fields;
    for (QLineEdit* edit : dialog.findChildren<QLineEdit*>())
        if (!edit->placeholderText().isEmpty())
            fields << edit;
    return fields;
}

} // namespace

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

void PrintController::boardPack(Output output)
{
    PlanSession* session = m_document.session();
    if (!session) {
        Prompts::warning(m_window, tr("No plan open"), tr("Open a plan file first."));
        return;
    }
    const QString verb = output == Output::Preview ? tr("Preview")
                         : output == Output::Print ? tr("Print…")
                                                   : tr("Export PDF…");
    BoardPackDialog dialog(*session, verb, m_window);
    Settings& settings = Settings::instance();
    const QList<QLineEdit*> cover = coverFields(dialog);
    if (cover.size() >= 2) {
        cover[0]->setText(settings.get(Settings::Key::PackMeeting).toString());
        cover[1]->setText(settings.get(Settings::Key::PackVersion).toString());
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::BoardPackOptions options = dialog.options();
    options.date = core::Clock::today();
    settings.set(Settings::Key::PackMeeting, options.meeting);
    settings.set(Settings::Key::PackVersion, options.version);
    const QString lead = dialog.lead();
    if (output == Output::Pdf) {
        const QString suggested = QFileInfo(session->path()).dir().filePath(proposedName(options, lead, options.date));
        const QString path = Prompts::saveFileName(
            m_window, tr("Export PDF"), session->isTeam() ? proposedName(options, lead, options.date) : suggested,
            tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportBoardPack(path, options, lead);
        return;
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
    if (dialogPrint.exec() == QDialog::Accepted)
        paint(&printer);
}

bool PrintController::exportBoardPack(const QString& path, const core::BoardPackOptions& options, const QString& lead)
{
    PlanSession* session = m_document.session();
    if (!session)
        return false;
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
                      Settings::instance().get(Settings::Key::PackMeeting).toString());
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
