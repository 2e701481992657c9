#pragma once

#include "domain/Indicator.h"
#include "domain/PlanData.h"

#include <QList>
#include <QStringList>

namespace wres::core {

class Database;

// Plans as whole trees: add a plan with all its themes, objectives, actions, leads, indicator links
// and tags in one transaction; load one back; list plans, leads and indicators.
class PlanStore
{
public:
    explicit PlanStore(const Database& database) : m_database(database) {}

    QList<PlanInfo> plans() const;
    // Throws InvalidRequest when there is no such plan.
    PlanInfo plan(qint64 planId) const;
    // The only plan of the file, or the one named by planId. Throws InvalidRequest when the file holds
    // no plan, or several and none was chosen (the message lists them).
    PlanInfo choosePlan(std::optional<qint64> planId) const;
    // Stores the plan as a new plan of the file, all or nothing; returns its id. Leads and tags are
    // matched to existing ones by name (any case). Throws InvalidRequest for an unknown framework.
    qint64 addPlan(const PlanData& plan);
    // The same for a plan read from a file (PlanWriter::importFrom): its audit lines are marked as
    // imported from shownFile, and a line records the import by author.
    qint64 importPlan(const PlanData& plan, const QString& shownFile, const QString& author);
    // The whole tree in order; with history, every action's status updates, oldest first.
    PlanData load(qint64 planId, bool withHistory) const;
    // Themes (with their indicators and tags) and objectives, without actions: what a navigator needs.
    PlanData outline(qint64 planId) const;
    Indicators indicators(const QString& framework) const;
    // Lead names in alphabetical order; of one plan's actions when planId is given.
    QStringList leads(std::optional<qint64> planId = std::nullopt) const;

private:
    const Database& m_database;
};

} // namespace wres::core
