#include "PlanTransfers.h"

#include "FileController.h"
#include "LongWork.h"
#include "Settings.h"
#include "dialogs/Prompts.h"
#include "document/PlanDocument.h"
#include "domain/Counted.h"
#include "io/SafeWrite.h"
#include "plan/PlanSession.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileInfo>

#include <stdexcept>

namespace wres::ui {

PlanTransfers::PlanTransfers(QWidget* window, PlanDocument& document, FileController& files)
    : QObject(window), m_window(window), m_document(document), m_files(files)
{}

bool PlanTransfers::exportPlan(const QString& path)
{
    PlanSession* session = m_document.session();
    if (!session)
        return false;
    if (const QString why = core::SafeWrite::refusal(path); !why.isEmpty()) { // what it is, before its suffix
        Prompts::warning(m_window, tr("Plan not exported"), why);
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"xlsx" && suffix != u"csv" && suffix != u"json") {
        Prompts::warning(m_window, tr("Plan not exported"),
                         tr("%1: choose a name ending in .xlsx, .csv or .json.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    try {
        const core::PlanJson::Document document = session->exportDocument();
        const std::optional<QByteArray> bytes = LongWork::run<QByteArray>(
            m_window, tr("Exporting the plan…"), [document, suffix] { return PlanSession::encode(document, suffix); });
        if (!bytes) {
            emit message(tr("Cancelled: the plan was not exported."), 8000);
            return false;
        }
        core::SafeWrite::write(path, *bytes);
    } catch (const core::StoreError& e) { // refused (the open plan, a backup) or not written: says which
        Prompts::warning(m_window, tr("Plan not exported"), e.message());
        return false;
    } catch (const std::exception& e) {
        Prompts::warning(
            m_window, tr("Plan not exported"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), QString::fromStdString(e.what())));
        return false;
    }
    emit message(tr("Exported the plan to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

bool PlanTransfers::importPlan(const QString& planFile, const QString& newFile)
{
    const std::optional<core::PlanFiles::ReadResult> read = LongWork::run<core::PlanFiles::ReadResult>(
        m_window, tr("Reading the plan…"), [planFile] { return PlanSession::readPlanFile(planFile); });
    if (!read) {
        emit message(tr("Cancelled: nothing was imported."), 8000);
        return false;
    }
    if (!read->problems.isEmpty()) {
        // Every problem, so the file can be put right in one go (the first 30 on screen).
        core::Problems shown = read->problems.mid(0, 30);
        QString text = core::PlanFiles::describe(shown);
        if (read->problems.size() > shown.size())
            text = tr("%1\n… and %2 more problems.").arg(text).arg(read->problems.size() - shown.size());
        Prompts::warning(m_window, tr("Plan not imported"), text);
        return false;
    }
    core::PlanJson::Document document = read->document;
    if (document.plan.info.title.isEmpty())
        document.plan.info.title = QFileInfo(planFile).completeBaseName();
    try {
        PlanSession::createFrom(newFile, document, Settings::instance().authorName(), planFile);
    } catch (const std::exception& e) {
        Prompts::warning(m_window, tr("Plan not imported"), QString::fromStdString(e.what()));
        return false;
    }
    return m_files.open(newFile);
}

bool PlanTransfers::exportCalendar(const QString& path, const QString& lead)
{
    PlanSession* session = m_document.session();
    if (!session)
        return false;
    const core::Calendar::Written ics = session->calendar(lead);
    try {
        core::SafeWrite::write(path, ics.bytes);
    } catch (const core::StoreError& e) {
        Prompts::warning(m_window, tr("Calendar not exported"), e.message());
        return false;
    }
    const int events = ics.events;
    emit message(tr("Wrote %1 due date(s) to %2; open it in Outlook or any calendar to add them.")
                     .arg(events)
                     .arg(QDir::toNativeSeparators(path)),
                 8000);
    return true;
}

bool PlanTransfers::importMetrics(const QString& path)
{
    if (!m_document.isOpen())
        return false;
    core::Problems problems;
    try {
        problems = m_document.importMetrics(path);
    } catch (const std::exception& e) {
        Prompts::warning(m_window, tr("Metrics not imported"), QString::fromStdString(e.what()));
        return false;
    }
    if (!problems.isEmpty()) {
        QStringList lines;
        for (qsizetype i = 0; i < problems.size() && i < 20; ++i)
            lines << problems[i].toString();
        if (problems.size() > 20)
            lines << tr("…and %1 more.").arg(problems.size() - 20);
        Prompts::warning(m_window, tr("Metrics not imported"),
                         core::counted(problems.size(), tr("%2 has %1 problem; nothing was imported.\n\n%3"),
                                       tr("%2 has %1 problems; nothing was imported.\n\n%3"))
                             .arg(QDir::toNativeSeparators(path), lines.join(QLatin1Char('\n'))));
        return false;
    }
    emit metricsImported();
    emit message(tr("Imported metrics from %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void PlanTransfers::chooseImportPlan()
{
    const QString source = Prompts::openFileName(
        m_window, tr("Import a plan"),
        tr("Plans (*.xlsx *.csv *.json);;Excel workbooks (*.xlsx);;CSV files (*.csv);;JSON (*.json)"));
    if (source.isEmpty())
        return;
    const QFileInfo info(source);
    const QString target = Prompts::saveFileName(m_window, tr("Save the imported plan as"),
                                                 info.dir().filePath(info.completeBaseName() + QStringLiteral(".wres")),
                                                 tr("WRES Tracker plans (*.wres)"), false);
    if (!target.isEmpty())
        importPlan(source, target);
}

void PlanTransfers::chooseExportPlan()
{
    if (!m_document.session())
        return;
    const QString path =
        Prompts::saveFileName(m_window, tr("Export plan"),
                              QFileInfo(m_document.session()->path()).completeBaseName() + QStringLiteral(".xlsx"),
                              tr("Excel workbook (*.xlsx);;CSV, the plan only (*.csv);;JSON, everything (*.json)"));
    if (!path.isEmpty())
        exportPlan(path);
}

void PlanTransfers::chooseExportCalendar()
{
    if (!m_document.session())
        return;
    const QString everyone = tr("Everyone's actions");
    const auto choice =
        Prompts::item(m_window, tr("Export calendar"), tr("Whose due dates? (open actions with a date)"),
                      QStringList{everyone} + m_document.session()->leads());
    if (!choice)
        return;
    const QString lead = *choice == everyone ? QString() : *choice;
    const QString suggested = lead.isEmpty() ? tr("wres-due-dates.ics") : tr("wres-due-dates-%1.ics").arg(lead);
    const QString path =
        Prompts::saveFileName(m_window, tr("Export calendar"), suggested, tr("iCalendar files (*.ics)"));
    if (!path.isEmpty())
        exportCalendar(path, lead);
}

void PlanTransfers::chooseImportMetrics()
{
    if (!m_document.session()) {
        Prompts::warning(m_window, tr("No plan open"), tr("Open a plan file first; its metrics are kept with it."));
        return;
    }
    const QString path =
        Prompts::openFileName(m_window, tr("Import metrics"), tr("Metrics CSV (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importMetrics(path);
}

} // namespace wres::ui
