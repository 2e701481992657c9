#include "AccessBanner.h"

#include "document/PlanDocument.h"
#include "plan/PlanSession.h"

#include <QDir>
#include <QLabel>

namespace wres::ui {

AccessBanner::AccessBanner(QWidget* parent, const PlanDocument& document)
    : QObject(parent), m_document(document), m_banner(new QLabel(parent)), m_fileMode(new QLabel(parent))
{
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4cc; color: #231f20; border: 1px solid #ffb81c; padding: 6px; font-weight: bold; }"));
    m_banner->hide();
    m_fileMode->setObjectName(QStringLiteral("fileMode"));
    m_fileMode->setAccessibleName(tr("File mode"));
}

void AccessBanner::update()
{
    const PlanSession* session = m_document.session();
    const bool readOnly = session && session->isReadOnly();
    const bool team = session && session->isTeam();
    const bool lead = team && session->role() == core::ServerRoles::Role::Lead;
    if (readOnly && team)
        m_banner->setText(tr("Viewer: you can read, search and print this team plan; the EDI team and the leads "
                             "change it. (Login %1.)")
                              .arg(session->path()));
    else if (readOnly && !session->readOnlyCause().isEmpty()) // the true reason, not "read-only"
        m_banner->setText(session->readOnlyCause());
    else if (readOnly)
        m_banner->setText(tr("Read-only: %1 can be viewed, searched and printed here, but no change can be saved.")
                              .arg(QDir::toNativeSeparators(session->path())));
    else if (lead)
        m_banner->setText(tr("Lead: you can add updates to the actions %1 leads (Ctrl+U); the EDI team changes the "
                             "rest of the plan.")
                              .arg(session->roleLead().isEmpty() ? tr("your login") : session->roleLead()));
    m_banner->setVisible(readOnly || lead);
    if (team) {
        m_fileMode->setText(tr("Team plan: %1").arg(core::ServerRoles::roleName(session->role())));
        m_fileMode->setToolTip(tr("On the server %1; the server decides what your login may change, and other "
                                  "people's changes appear as they are made.")
                                   .arg(session->path()));
    } else if (readOnly) {
        m_fileMode->setText(tr("Read-only"));
        m_fileMode->setToolTip({});
    } else if (session && session->isOnNetwork()) {
        m_fileMode->setText(tr("Shared drive: one person at a time"));
        m_fileMode->setToolTip(tr("This plan is on a network drive, where only one program at a time can safely "
                                  "have it open. For several people editing at once, use team mode (a PostgreSQL "
                                  "server)."));
    } else {
        m_fileMode->clear();
        m_fileMode->setToolTip({});
    }
    m_fileMode->setAccessibleDescription(m_fileMode->text());
}

} // namespace wres::ui
