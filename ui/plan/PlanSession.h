#pragma once

#include "domain/ActionRow.h"
#include "domain/PlanData.h"
#include "domain/Problem.h"
#include "domain/UserName.h"
#include "io/Calendar.h"
#include "io/PlanFiles.h"
#include "io/PlanJson.h"
#include "metrics/MetricCount.h"
#include "metrics/MetricTarget.h"
#include "report/BoardPack.h"
#include "store/ActionStore.h"
#include "store/AuditStore.h"
#include "store/Backups.h"
#include "store/MetricStore.h"
#include "store/ServerRoles.h"
#include "store/SnapshotStore.h"
#include "store/StructureStore.h"
#include "updates/UpdateRequests.h"
#include "updates/UpdateReturns.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace wres::core {
class Database;
}

namespace wres::ui {

// One open plan file as the window sees it: the database, the chosen plan's tree and its action rows.
// Opening throws core::StoreError or core::InvalidRequest; the window decides how to tell the user.
class PlanSession
{
public:
    // readOnly: nothing is written (a file this user cannot write is opened so anyway).
    static std::unique_ptr<PlanSession> open(const QString& path, bool readOnly = false);
    // Creates a new plan file holding an empty plan with one theme to start from.
    static void create(const QString& path, const QString& organisation, const QString& title, const QString& period);
    ~PlanSession();

    // The file's path, or the server location (never with a password).
    const QString& path() const { return m_path; }
    // Nothing may be changed: opened read-only, a file this user cannot write, or on a server a
    // login that is a viewer (or has no WRES role).
    bool isReadOnly() const;
    // Why the file is read-only when that is not plain to see: another user's companion file beside
    // it (core::FileSystem::foreignCompanion); "" otherwise.
    QString readOnlyCause() const;
    // Team mode: the plan is on a PostgreSQL server, and the login's role there.
    bool isTeam() const;
    core::ServerRoles::Role role() const { return m_role; }
    QString roleLead() const { return m_roleLead; } // for a lead login, the lead it is tied to
    // Whether this login may change the plan's content and shape (an admin, or anyone on a file).
    bool mayEditPlan() const;
    // Whether this login may record an update on the action (a lead: only on the actions they lead).
    bool mayUpdate(qint64 actionId) const;
    // Team mode: changed() is called when someone else changes the plan (see core::Database).
    bool watchOthers(std::function<void()> changed) const;
    // On a network share: one program at a time (see core::Database::isOnNetwork).
    bool isOnNetwork() const;
    // The day's backup when none was taken today (see core::Backups); returns its path or "".
    QString takeDailyBackup(int keep);
    QList<core::Backups::Backup> backups() const;
    // The plan's audit trail (the query's plan is set to this plan), and who appears in it.
    QList<core::AuditRecord> audit(core::AuditQuery query) const;
    QStringList auditAuthors() const;
    // Who changes to metrics and settings are recorded under (the preference, or the OS user).
    void setAuthor(const QString& author) { m_author = author; }
    // Themes and objectives (no actions: the action rows hold them).
    const core::PlanData& plan() const { return m_plan; }
    const QList<core::ActionRow>& actions() const { return m_actions; }
    // Reads the plan again: everything (another person's change, applied returns), or only what a
    // change touched: the outline and the rows (a change of shape), or one action's row. refreshAction
    // returns false when the action is no longer in the plan or its number changed (a new number can
    // change every action's reference: read the rows again then).
    void reload();
    void refreshShape();
    bool refreshAction(qint64 actionId);
    // The row of an action, or null.
    const core::ActionRow* row(qint64 actionId) const;
    // Records a status update on an action (history, audit) through core::ActionStore::recordUpdate,
    // the rule every front end shares; refresh the action after. Returns the new revision.
    int recordUpdate(qint64 actionId, const core::UpdateRequest& request);
    // One action as stored, and its history.
    core::ActionData action(qint64 actionId) const;
    QList<core::StatusUpdate> history(qint64 actionId) const;
    // Changes to the plan's shape, recorded under this author; call reload() after.
    core::StructureStore structure(const QString& author) const;
    qint64 planId() const { return m_planId; }
    // Where an action sits: its objective and its 0-based place there (past the end appends).
    using Place = std::pair<qint64, int>;
    // Saves an edited action (audited; refused when its revision moved on), with a status update when
    // one is given and, with moveTo, its move to that place (movedFrom gets where it was): all in one
    // transaction. Refresh after. Returns the new revision.
    int saveAction(const core::ActionData& action, int expectedRevision, const QString& author,
                   const std::optional<core::UpdateRequest>& update = std::nullopt,
                   const std::optional<Place>& moveTo = std::nullopt, Place* movedFrom = nullptr);

    // Metrics: the file's counts and targets; saving replaces the row with the same key.
    const core::MetricCounts& metricCounts() const { return m_metricCounts; }
    const core::MetricTargets& metricTargets() const { return m_metricTargets; }
    // Each key's row becomes its value, or is taken out when the value is empty, in one transaction.
    void writeMetricCounts(const QList<std::optional<core::MetricCount>>& values, const core::MetricCounts& keys);
    void addMetricTarget(const core::MetricTarget& target);
    void replaceMetricTargets(const core::MetricTargets& targets);
    // Reads a metrics CSV; stores it only when it has no problems, which are returned.
    core::Problems importMetricsFile(const QString& path);
    // How the public version hides small numbers (core::MetricStore); throws core::InvalidRequest
    // when the file's setting cannot be read, or on setting when the rule is not valid.
    core::SuppressionRule suppressionRule() const;
    void setSuppressionRule(const core::SuppressionRule& rule);
    // The plan's actions linked to an indicator (directly, by All, or through their theme).
    QList<core::ActionRow> actionsForIndicator(int indicator) const;
    // The same for any framework's measure (WDES 4a(i), HIA 2a): its own links, a heading above it
    // or a measure under it, or its theme's when the action names none of that framework.
    QList<core::ActionRow> actionsForIndicator(const QString& framework, int indicator) const;

    // Board packs: the pack or a lead's brief as data, the recorded packs, and recording this one.
    core::BoardPack boardPack(const core::BoardPackOptions& options) const;
    core::LeadBrief leadBrief(const QString& lead, const QDate& date) const;
    QList<core::PackSnapshot> recordedPacks() const;
    qint64 recordPack(const QString& label);
    // The board paper's words and change tolerances kept for this plan (core::BoardPaperStore), and
    // keeping new ones (audited under this session's author); throws core::StoreError.
    core::CoverDetails coverDetails() const;
    core::ChangeTolerance changeTolerance() const;
    void keepCover(const core::CoverDetails& cover, const core::ChangeTolerance& tolerance);
    // The whole plan with its history, metrics and targets, as `export` writes it; and that
    // document as a file of the given kind ("xlsx", "csv" or "json"), which touches no database,
    // so it may run on a worker thread.
    core::PlanJson::Document exportDocument() const;
    static QByteArray encode(const core::PlanJson::Document& document, const QString& suffix);
    // Reads a plan file of any kind (core::PlanFiles); touches no database.
    static core::PlanFiles::ReadResult readPlanFile(const QString& path);
    // Makes a new plan file holding the document (the file must not exist yet), read from source.
    static void createFrom(const QString& path, const core::PlanJson::Document& document, const QString& author,
                           const QString& source);
    // The open actions' due dates as .ics (core::Calendar), everyone's or one lead's.
    core::Calendar::Written calendar(const QString& lead) const;
    // The plan's leads, from its actions, in alphabetical order.
    QStringList leads() const;

    // Update requests to leads (core::UpdateRequests) and their returns (core::UpdateReturns).
    QList<core::UpdateRequests::LeadRequest> gatherRequests(const core::UpdateRequests::Options& options) const;
    void recordRequests(const QList<core::UpdateRequests::LeadRequest>& requests);
    // Throws StoreError when this session may not issue requests (core::UpdateRequests::ensureMayIssue).
    void ensureMayIssueRequests() const;
    // Why an existing file must not be replaced by a request (core::UpdateRequests::pendingAnswers).
    QString pendingAnswers(const QString& existingFile) const;
    // Reviews a returned workbook (a path) against this plan (one from another plan is a problem).
    core::UpdateReturns::FileReview reviewReturn(const QString& path, const QString& shownName) const;
    // Applies its accepted changes in one transaction and reads the plan again; throws StoreError.
    int applyReturn(const core::UpdateReturns::FileReview& review);
    core::UpdateReturns::Summary updateSummary(const QList<std::pair<QString, int>>& answered) const;

private:
    PlanSession(QString path, std::unique_ptr<core::Database> database, qint64 planId);
    core::MetricStore metricStore() const;

    QString m_path;
    std::unique_ptr<core::Database> m_database;
    qint64 m_planId;
    QString m_author = core::systemUserName();
    core::ServerRoles::Role m_role = core::ServerRoles::Role::Admin;
    QString m_roleLead;
    void indexRows();

    core::PlanData m_plan;
    QList<core::ActionRow> m_actions;
    QHash<qint64, qsizetype> m_rowOf; // action id -> its place in m_actions
    mutable QStringList m_leads;      // the plan's leads, worked out when first asked
    core::MetricCounts m_metricCounts;
    core::MetricTargets m_metricTargets;
};

} // namespace wres::ui
