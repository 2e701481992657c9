#include "PlanDialogs.h"

#include "Settings.h"
#include "dialogs/AuditDialog.h"
#include "dialogs/ImportUpdatesDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/Prompts.h"
#include "dialogs/RequestUpdatesDialog.h"
#include "document/PlanDocument.h"
#include "domain/Clock.h"
#include "plan/PlanPane.h"
#include "plan/PlanSession.h"

#include <QDir>
#include <QFileInfo>

namespace wres::ui {

PlanDialogs::PlanDialogs(QWidget* window, PlanDocument& document, PlanPane& pane)
    : QObject(window), m_window(window), m_document(document), m_pane(pane)
{}

AuditDialog* PlanDialogs::showAuditTrail()
{
    PlanSession* session = m_document.session();
    if (!session)
        return nullptr;
    const qint64 actionId = m_pane.currentActionId();
    const core::ActionRow* row = actionId ? m_document.row(actionId) : nullptr;
    // An action's lines are headed by its one reference, as everywhere in the window (the store
    // knows the number as typed).
    const PlanDocument* document = &m_document;
    auto load = [session, document](const core::AuditQuery& query) {
        QList<core::AuditRecord> records = session->audit(query);
        for (core::AuditRecord& record : records)
            if (record.entry.entity == u"action")
                if (const core::ActionRow* action = document->row(record.entry.entityId))
                    record.subject = tr("Action %1").arg(action->reference);
        return records;
    };
    auto* dialog =
        new AuditDialog(load, session->auditAuthors(), row ? actionId : 0, row ? row->reference : QString(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

RequestUpdatesDialog* PlanDialogs::requestUpdates()
{
    PlanSession* session = m_document.session();
    if (!session)
        return nullptr;
    const QString folder = QFileInfo(session->path())
                               .absoluteDir()
                               .filePath(tr("Update requests %1").arg(core::Clock::today().toString(Qt::ISODate)));
    auto* dialog = new RequestUpdatesDialog(*session, folder, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

ImportUpdatesDialog* PlanDialogs::importUpdates(const QStringList& files)
{
    PlanSession* session = m_document.session();
    if (!session)
        return nullptr;
    auto* dialog = new ImportUpdatesDialog(*session, files, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ImportUpdatesDialog::applied, this, [this] {
        m_document.reload();
        emit message(tr("Updates from leads recorded."), 5000);
    });
    dialog->show();
    return dialog;
}

void PlanDialogs::chooseImportUpdates()
{
    const QStringList files = Prompts::openFileNames(m_window, tr("Import the workbooks returned by leads"),
                                                     tr("Excel workbooks (*.xlsx *.xlsm)"));
    if (!files.isEmpty())
        importUpdates(files);
}

bool PlanDialogs::preferences()
{
    // The file's small-number rule is changed there as an undo step; the views hear metricsChanged.
    PreferencesDialog dialog(m_window, &m_document);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_document.setAuthor(Settings::instance().authorName());
    return true;
}

} // namespace wres::ui
