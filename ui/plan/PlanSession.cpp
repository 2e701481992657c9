#include "PlanSession.h"

#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/StoreError.h"

namespace wres::ui {

PlanSession::PlanSession(QString path, std::unique_ptr<core::Database> database, qint64 planId)
    : m_path(std::move(path)), m_database(std::move(database)), m_planId(planId)
{}

PlanSession::~PlanSession() = default;

std::unique_ptr<PlanSession> PlanSession::open(const QString& path)
{
    auto database = core::Database::open(path, core::Database::Mode::OpenExisting);
    const QList<core::PlanInfo> plans = core::PlanStore(*database).plans();
    if (plans.isEmpty())
        throw core::InvalidRequest(QStringLiteral("The file holds no plan yet."));
    // A file may hold several plans; the window shows the first.
    std::unique_ptr<PlanSession> session(new PlanSession(path, std::move(database), plans.front().id));
    session->reload();
    return session;
}

void PlanSession::reload()
{
    m_plan = core::PlanStore(*m_database).load(m_planId, false);
    core::ActionQuery query;
    query.planId = m_planId;
    m_actions = core::ActionStore(*m_database).list(query);
}

} // namespace wres::ui
