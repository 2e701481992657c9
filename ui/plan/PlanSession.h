#pragma once

#include "domain/ActionRow.h"
#include "domain/PlanData.h"

#include <QList>
#include <QString>

#include <memory>

namespace wres::core {
class Database;
}

namespace wres::ui {

// One open plan file as the window sees it: the database, the chosen plan's tree and its action rows.
// Opening throws core::StoreError or core::InvalidRequest; the window decides how to tell the user.
class PlanSession
{
public:
    static std::unique_ptr<PlanSession> open(const QString& path);
    ~PlanSession();

    const QString& path() const { return m_path; }
    const core::PlanData& plan() const { return m_plan; }
    const QList<core::ActionRow>& actions() const { return m_actions; }
    // Reads the plan again after a change.
    void reload();

private:
    PlanSession(QString path, std::unique_ptr<core::Database> database, qint64 planId);

    QString m_path;
    std::unique_ptr<core::Database> m_database;
    qint64 m_planId;
    core::PlanData m_plan;
    QList<core::ActionRow> m_actions;
};

} // namespace wres::ui
