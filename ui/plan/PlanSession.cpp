#include "PlanSession.h"

#include "domain/LeadName.h"
#include "framework/Framework.h"
#include "io/Calendar.h"
#include "io/PlanCsv.h"
#include "io/PlanJson.h"
#include "io/PlanXlsx.h"
#include "metrics/MetricsCsv.h"
#include "store/ActionStore.h"
#include "store/BoardPaperStore.h"
#include "store/Database.h"
#include "store/FileSystem.h"
#include "store/MetricStore.h"
#include "store/PlanStore.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace wres::ui {

PlanSession::PlanSession(QString path, std::unique_ptr<core::Database> database, qint64 planId)
    : m_path(std::move(path)), m_database(std::move(database)), m_planId(planId)
{}

PlanSession::~PlanSession() = default;

std::unique_ptr<PlanSession> PlanSession::open(const QString& path, bool readOnly)
{
    auto database =
        core::Database::open(path, readOnly ? core::Database::Mode::ReadOnly : core::Database::Mode::OpenExisting);
    const QList<core::PlanInfo> plans = core::PlanStore(*database).plans();
    if (plans.isEmpty())
        throw core::InvalidRequest(QStringLiteral("The file holds no plan yet."));
    // A file may hold several plans; the window shows the first.
    const QString location = database->path(); // without a password
    const core::ServerRoles::Role role = core::ServerRoles::currentRole(*database);
    const QString lead = role == core::ServerRoles::Role::Lead ? core::ServerRoles::currentLead(*database) : QString();
    std::unique_ptr<PlanSession> session(new PlanSession(location, std::move(database), plans.front().id));
    session->m_role = role;
    session->m_roleLead = lead;
    session->reload();
    return session;
}

void PlanSession::create(const QString& path, const QString& organisation, const QString& title, const QString& period)
{
    if (title.isEmpty())
        throw core::InvalidRequest(QStringLiteral("A plan needs a title."));
    core::PlanData plan;
    plan.info.organisation = organisation;
    plan.info.title = title;
    plan.info.period = period;
    core::ThemeData first;
    first.name = QStringLiteral("General");
    plan.themes << first;
    auto database = core::Database::open(path, core::Database::Mode::CreateIfMissing);
    core::PlanStore(*database).addPlan(plan);
}

void PlanSession::reload()
{
    refreshShape();
    const core::MetricStore metrics(*m_database);
    m_metricCounts = metrics.counts();
    m_metricTargets = metrics.targets();
}

void PlanSession::refreshShape()
{
    m_plan = core::PlanStore(*m_database).outline(m_planId);
    core::ActionQuery query;
    query.planId = m_planId;
    m_actions = core::ActionStore(*m_database).list(query);
    indexRows();
}

void PlanSession::indexRows()
{
    m_leads.clear();
    m_rowOf.clear();
    m_rowOf.reserve(m_actions.size());
    for (qsizetype i = 0; i < m_actions.size(); ++i)
        m_rowOf.insert(m_actions[i].id, i);
}

bool PlanSession::refreshAction(qint64 actionId)
{
    const auto place = m_rowOf.constFind(actionId);
    if (place == m_rowOf.constEnd())
        return false;
    core::ActionQuery query;
    query.planId = m_planId;
    query.actionId = actionId;
    query.references = false; // kept below while the number stays; a new number reads the plan again
    const QList<core::ActionRow> rows = core::ActionStore(*m_database).list(query);
    if (rows.isEmpty())
        return false;
    core::ActionRow& row = m_actions[*place];
    const QString reference = row.reference;
    const bool sameNumber = rows.front().number == row.number;
    if (rows.front().leads != row.leads)
        m_leads.clear(); // worked out again when asked
    row = rows.front();
    row.reference = sameNumber ? reference : QString();
    return sameNumber;
}

const core::ActionRow* PlanSession::row(qint64 actionId) const
{
    const auto place = m_rowOf.constFind(actionId);
    return place == m_rowOf.constEnd() ? nullptr : &m_actions[*place];
}

int PlanSession::recordUpdate(qint64 actionId, const core::UpdateRequest& request)
{
    core::ActionStore(*m_database).recordUpdate(actionId, request);
    return core::ActionStore(*m_database).action(actionId).revision;
}

bool PlanSession::isReadOnly() const
{
    return m_database->isReadOnly() || m_role == core::ServerRoles::Role::Viewer ||
           m_role == core::ServerRoles::Role::None;
}

QString PlanSession::readOnlyCause() const
{
    return m_database->isServer() ? QString() : core::FileSystem::foreignCompanion(m_database->path());
}

bool PlanSession::isTeam() const
{
    return m_database->isServer();
}

bool PlanSession::mayEditPlan() const
{
    return !isReadOnly() && m_role == core::ServerRoles::Role::Admin;
}

bool PlanSession::mayUpdate(qint64 actionId) const
{
    if (isReadOnly())
        return false;
    if (m_role == core::ServerRoles::Role::Admin)
        return true;
    for (const core::ActionRow& row : m_actions)
        if (row.id == actionId)
            for (const QString& lead : row.leads)
                if (core::LeadName::same(lead, m_roleLead))
                    return true;
    return false;
}

bool PlanSession::watchOthers(std::function<void()> changed) const
{
    return m_database->watchOthers(std::move(changed));
}

bool PlanSession::isOnNetwork() const
{
    return m_database->isOnNetwork();
}

QString PlanSession::takeDailyBackup(int keep)
{
    return core::Backups::takeDailyIfDue(*m_database, keep);
}

QList<core::Backups::Backup> PlanSession::backups() const
{
    return core::Backups::list(m_path);
}

QList<core::AuditRecord> PlanSession::audit(core::AuditQuery query) const
{
    query.planId = m_planId;
    return core::AuditStore(*m_database).list(query);
}

QStringList PlanSession::auditAuthors() const
{
    return core::AuditStore(*m_database).authors(m_planId);
}

core::MetricStore PlanSession::metricStore() const
{
    return core::MetricStore(*m_database, m_author, QStringLiteral("window"));
}

core::StructureStore PlanSession::structure(const QString& author) const
{
    return core::StructureStore(*m_database, author);
}

core::ActionData PlanSession::action(qint64 actionId) const
{
    return core::ActionStore(*m_database).action(actionId);
}

QList<core::StatusUpdate> PlanSession::history(qint64 actionId) const
{
    return core::ActionStore(*m_database).history(actionId);
}

int PlanSession::saveAction(const core::ActionData& action, int expectedRevision, const QString& author,
                            const std::optional<core::UpdateRequest>& update, const std::optional<Place>& moveTo,
                            Place* movedFrom)
{
    core::WriteTransaction transaction(*m_database); // the save and the move: both or neither
    const int revision = core::ActionStore(*m_database)
                             .edit(action.id, action, expectedRevision, author, QStringLiteral("window"), update);
    if (moveTo) {
        const Place from =
            core::StructureStore(*m_database, author).moveActionTo(action.id, moveTo->first, moveTo->second);
        if (movedFrom)
            *movedFrom = from;
    }
    transaction.commit();
    return revision;
}

void PlanSession::writeMetricCounts(const QList<std::optional<core::MetricCount>>& values,
                                    const core::MetricCounts& keys)
{
    {
        core::WriteTransaction transaction(*m_database); // every row of the cell, or none
        core::MetricCounts saved;
        for (qsizetype i = 0; i < keys.size(); ++i)
            if (values.value(i))
                saved << *values[i];
            else
                metricStore().removeCount(keys[i]);
        if (!saved.isEmpty())
            metricStore().importCounts(saved);
        transaction.commit();
    }
    m_metricCounts = core::MetricStore(*m_database).counts();
}

void PlanSession::addMetricTarget(const core::MetricTarget& target)
{
    core::MetricStore store(*m_database);
    core::MetricTargets targets = store.targets();
    targets << target;
    store.replaceTargets(targets);
    m_metricTargets = store.targets();
}

void PlanSession::replaceMetricTargets(const core::MetricTargets& targets)
{
    core::MetricStore store(*m_database, m_author, QStringLiteral("window"));
    store.replaceTargets(targets);
    m_metricTargets = store.targets();
}

core::Problems PlanSession::importMetricsFile(const QString& path)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return {core::Problem{shown, 0, {}, file.errorString()}};
    const auto result = core::MetricsCsv::read(file.readAll(), shown);
    if (!result.problems.isEmpty())
        return result.problems;
    core::MetricStore(*m_database, m_author, QStringLiteral("window: %1").arg(QFileInfo(path).fileName()))
        .importCounts(result.counts);
    m_metricCounts = core::MetricStore(*m_database).counts();
    return {};
}

core::SuppressionRule PlanSession::suppressionRule() const
{
    return core::MetricStore(*m_database).suppressionRule();
}

void PlanSession::setSuppressionRule(const core::SuppressionRule& rule)
{
    metricStore().setSuppressionRule(rule);
}

QList<core::ActionRow> PlanSession::actionsForIndicator(int indicator) const
{
    // The rows are already here; ActionRow::aims reads them exactly as the store's indicator filter.
    QList<core::ActionRow> linked;
    for (const core::ActionRow& row : m_actions)
        if (row.aims(indicator))
            linked << row;
    return linked;
}

QList<core::ActionRow> PlanSession::actionsForIndicator(const QString& framework, int indicator) const
{
    if (framework == core::Framework::wres().code)
        return actionsForIndicator(indicator);
    QList<core::ActionRow> linked;
    for (const core::ActionRow& row : m_actions)
        if (row.aims(framework, indicator))
            linked << row;
    return linked;
}

} // namespace wres::ui

namespace wres::ui {

core::BoardPack PlanSession::boardPack(const core::BoardPackOptions& options) const
{
    return core::BoardPack::gather(*m_database, m_planId, options);
}

core::LeadBrief PlanSession::leadBrief(const QString& lead, const QDate& date) const
{
    return core::LeadBrief::gather(*m_database, m_planId, lead, date);
}

QList<core::PackSnapshot> PlanSession::recordedPacks() const
{
    return core::SnapshotStore(*m_database).list(m_planId);
}

qint64 PlanSession::recordPack(const QString& label)
{
    return core::SnapshotStore(*m_database).record(m_planId, label);
}

core::CoverDetails PlanSession::coverDetails() const
{
    return core::BoardPaperStore(*m_database).cover(m_planId);
}

core::ChangeTolerance PlanSession::changeTolerance() const
{
    return core::BoardPaperStore(*m_database).tolerance();
}

void PlanSession::keepCover(const core::CoverDetails& cover, const core::ChangeTolerance& tolerance)
{
    core::BoardPaperStore(*m_database, m_author, QStringLiteral("window")).keep(m_planId, cover, tolerance);
}

core::PlanJson::Document PlanSession::exportDocument() const
{
    return core::PlanFiles::load(*m_database, m_planId);
}

QByteArray PlanSession::encode(const core::PlanJson::Document& document, const QString& suffix)
{
    if (suffix == u"csv")
        return core::PlanCsv::write(document.plan);
    return suffix == u"json" ? core::PlanJson::write(document) : core::PlanXlsx::write(document);
}

core::PlanFiles::ReadResult PlanSession::readPlanFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, {core::Problem{shown, 0, {}, QStringLiteral("cannot be read: %1").arg(file.errorString())}}};
    return core::PlanFiles::read(file.readAll(), shown, QFileInfo(path).suffix());
}

void PlanSession::createFrom(const QString& path, const core::PlanJson::Document& document, const QString& author,
                             const QString& source)
{
    if (QFileInfo(path).exists())
        throw core::InvalidRequest(QStringLiteral("%1 already exists; choose a new name for the plan file.")
                                       .arg(QDir::toNativeSeparators(path)));
    try {
        auto database = core::Database::open(path, core::Database::Mode::CreateIfMissing);
        core::PlanFiles::store(*database, document, author, QStringLiteral("window: import"),
                               QDir::toNativeSeparators(source));
    } catch (...) {
        // Nothing is left behind: not even the empty file the failed import began.
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        throw;
    }
}

core::Calendar::Written PlanSession::calendar(const QString& lead) const
{
    QList<core::ActionRow> rows;
    for (const core::ActionRow& row : m_actions)
        if (lead.isEmpty() || std::any_of(row.leads.begin(), row.leads.end(),
                                          [&](const QString& l) { return core::LeadName::same(l, lead); }))
            rows << row;
    return core::Calendar::render(core::PlanStore(*m_database).plan(m_planId), rows);
}

QStringList PlanSession::leads() const
{
    if (m_leads.isEmpty()) {
        QMap<QString, QString> byKey; // case-folded name -> name, sorted
        for (const core::ActionRow& row : m_actions)
            for (const QString& lead : row.leads)
                byKey.insert(lead.toCaseFolded(), lead);
        m_leads = byKey.values();
    }
    return m_leads;
}

QList<core::UpdateRequests::LeadRequest> PlanSession::gatherRequests(const core::UpdateRequests::Options& options) const
{
    return core::UpdateRequests::gather(*m_database, m_planId, options);
}

void PlanSession::recordRequests(const QList<core::UpdateRequests::LeadRequest>& requests)
{
    core::UpdateRequests::recordIssued(*m_database, m_planId, requests);
}

void PlanSession::ensureMayIssueRequests() const
{
    core::UpdateRequests::ensureMayIssue(*m_database);
}

QString PlanSession::pendingAnswers(const QString& existingFile) const
{
    return core::UpdateRequests::pendingAnswers(*m_database, existingFile);
}

core::UpdateReturns::FileReview PlanSession::reviewReturn(const QString& path, const QString& shownName) const
{
    return core::UpdateReturns::reviewFile(*m_database, path, shownName, m_planId);
}

int PlanSession::applyReturn(const core::UpdateReturns::FileReview& review)
{
    const int applied = core::UpdateReturns::apply(*m_database, review);
    reload();
    return applied;
}

core::UpdateReturns::Summary PlanSession::updateSummary(const QList<std::pair<QString, int>>& answered) const
{
    return core::UpdateReturns::summarise(*m_database, m_planId, answered);
}

} // namespace wres::ui
