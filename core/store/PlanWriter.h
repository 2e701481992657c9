#pragma once

#include "domain/PlanData.h"

#include <QHash>

namespace wres::core {

class Database;

// Inserts plans, themes, objectives and actions inside a transaction the caller holds. Keeps the ids
// of leads, tags and indicators it has met, so a large import looks each up once.
class PlanWriter
{
public:
    explicit PlanWriter(const Database& database);

    // The plan insertPlan writes next comes from a file (an import, a migration): every audit line it
    // brings is marked "imported from FILE: <its own source>", and a line "imported" (by author)
    // records the import itself.
    void importFrom(const QString& shownFile, const QString& author);
    // Inserts a whole plan and its audit trail. A history row the trail has no "status_update"
    // line for gets one (at the row's own time and author), so that every history row has its
    // audit line (what `check` verifies).
    qint64 insertPlan(const PlanData& plan);
    qint64 insertTheme(qint64 planId, int position, const ThemeData& theme);
    qint64 insertObjective(qint64 themeId, int position, const ObjectiveData& objective);
    qint64 insertAction(qint64 objectiveId, int position, const ActionData& action);
    // Adds a history row only; the caller keeps the action's last_update_at (insertAction and
    // ActionStore::recordUpdate do).
    // An action's leads (normalised, one each), links to any framework's measures, and tags, in
    // order; replacing: what the action had is removed first (an edit), else it had none (an insert).
    void writeLeads(qint64 actionId, const QStringList& leads, bool replacing);
    void writeLinks(qint64 actionId, const IndicatorLinks& links, bool replacing);
    void writeTags(qint64 actionId, const QList<Tag>& tags, bool replacing);
    qint64 insertStatusUpdate(qint64 actionId, const StatusUpdate& update);
    void insertAudit(const AuditEntry& entry);

    qint64 leadId(const QString& name);
    qint64 tagId(const Tag& tag);
    qint64 indicatorId(int number); // throws InvalidRequest for a number the framework lacks
    // Another framework's measure (WDES, HIA); throws InvalidRequest when the file does not have it.
    qint64 indicatorId(const IndicatorRef& ref);

private:
    void loadFramework(const QString& code);

    const Database& m_database;
    qint64 m_frameworkId = 0;
    QString m_frameworkCode;
    QHash<int, qint64> m_indicatorIds;
    QHash<QString, qint64> m_otherIndicatorIds; // "WDES|411" -> id
    QHash<QString, qint64> m_leadIds;
    QHash<QString, qint64> m_tagIds;
    QHash<qint64, qint64> m_actionIds;   // id in the source document -> id in this file
    QHash<QString, qint64> m_auditPlans; // "entity:id" -> its plan, for audit lines
    QString m_now;
    QString m_importedFrom; // see importFrom
    QString m_importer;
    struct Inserted
    {
        qint64 sourceActionId; // in the document
        qint64 actionId;       // in this file
        StatusUpdate update;   // with its id in this file
    };
    QList<Inserted>* m_inserted = nullptr; // history rows insertPlan is writing
};

} // namespace wres::core
