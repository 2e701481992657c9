#include "PlanDocument.h"

#include "AddPartCommand.h"
#include "AddUpdateCommand.h"
#include "DeletePartCommand.h"
#include "EditActionCommand.h"
#include "MovePartCommand.h"
#include "RenamePartCommand.h"
#include "SetMetricCountCommand.h"
#include "SetRedactionCommand.h"
#include "SetTargetCommand.h"
#include "plan/PlanSession.h"

#include <QUndoStack>

#include <limits>

namespace wres::ui {

PlanDocument::PlanDocument(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

PlanDocument::~PlanDocument()
{
    // The stack's own clear() on destruction announces indexChanged to the menus, which would ask a
    // session already gone: the stack goes first, quietly, while the session is still here.
    m_undo->blockSignals(true);
    delete m_undo;
}

void PlanDocument::setSession(std::unique_ptr<PlanSession> session)
{
    m_undo->clear(); // steps belong to the file they were made in
    for (auto& aliases : m_aliases)
        aliases.clear();
    for (auto& generations : m_generations)
        generations.clear();
    m_session = std::move(session);
    if (m_session)
        m_session->setAuthor(m_author);
    m_undo->setClean();
    emit reloaded();
}

bool PlanDocument::isModified() const
{
    return !m_undo->isClean();
}

const core::Framework& PlanDocument::framework() const
{
    return core::Framework::wres();
}

void PlanDocument::setAuthor(const QString& author)
{
    m_author = author;
    if (m_session)
        m_session->setAuthor(author);
}

const core::PlanData& PlanDocument::emptyPlan() const
{
    static const core::PlanData empty;
    return empty;
}

const core::PlanData& PlanDocument::outline() const
{
    return m_session ? m_session->plan() : emptyPlan();
}

const QList<core::ActionRow>& PlanDocument::actions() const
{
    static const QList<core::ActionRow> none;
    return m_session ? m_session->actions() : none;
}

const core::ActionRow* PlanDocument::row(qint64 actionId) const
{
    return m_session ? m_session->row(actionId) : nullptr;
}

core::SuppressionRule PlanDocument::suppressionRule() const
{
    if (!m_session)
        return core::SuppressionRule::defaults();
    try {
        return m_session->suppressionRule();
    } catch (const std::exception&) {
        return core::SuppressionRule::defaults();
    }
}

const core::MetricCounts& PlanDocument::metricCounts() const
{
    static const core::MetricCounts none;
    return m_session ? m_session->metricCounts() : none;
}

const core::MetricTargets& PlanDocument::metricTargets() const
{
    static const core::MetricTargets none;
    return m_session ? m_session->metricTargets() : none;
}

void PlanDocument::reload()
{
    if (!m_session)
        return;
    m_session->reload();
    emit reloaded();
}

core::Problems PlanDocument::importMetrics(const QString& path)
{
    if (!m_session)
        return {};
    const core::Problems problems = m_session->importMetricsFile(path);
    if (problems.isEmpty())
        emit metricsChanged(0, {});
    return problems;
}

bool PlanDocument::push(QUndoCommand* command)
{
    // A failed step makes its command obsolete, and QUndoStack deletes it inside push(): success is
    // learnt from the flag reportFailure() sets, never from the command afterwards.
    m_failed = false;
    m_undo->push(command);
    return !m_failed;
}

void PlanDocument::reportFailure(const QString& step, const QString& why)
{
    m_failed = true;
    emit problem(tr("Not changed"), tr("Nothing was changed (the %1): %2").arg(step, why));
}

std::optional<PlanDocument::Kind> PlanDocument::parentKind(Kind kind)
{
    if (kind == Kind::Action)
        return Kind::Objective;
    if (kind == Kind::Objective)
        return Kind::Theme;
    return std::nullopt;
}

QString PlanDocument::describe(Kind kind, qint64 id) const
{
    if (kind == Kind::Action) {
        const core::ActionRow* r = row(id);
        return tr("action %1").arg(r ? r->reference : QString::number(id));
    }
    for (const core::ThemeData& theme : outline().themes) {
        if (kind == Kind::Theme && theme.id == id)
            return tr("theme \u201c%1\u201d").arg(theme.name);
        for (const core::ObjectiveData& objective : theme.objectives)
            if (kind == Kind::Objective && objective.id == id)
                return objective.number.isEmpty()
                           ? tr("objective \u201c%1\u201d").arg(objective.text.simplified().left(40))
                           : tr("objective %1").arg(objective.number);
    }
    return {};
}

bool PlanDocument::saveAction(const core::ActionData& before, const core::ActionData& after,
                              const std::optional<core::UpdateRequest>& update, qint64 toObjective)
{
    const core::ActionRow* current = row(after.id);
    if (!current) {
        emit problem(tr("Not saved"), tr("There is no action with id %1 in this plan.").arg(after.id));
        return false;
    }
    // Status, RAG and progress always travel as an update, so that undo records the step back.
    std::optional<core::UpdateRequest> recorded = update;
    if (!recorded && (after.status != before.status || after.rag != before.rag || after.progress != before.progress)) {
        core::UpdateRequest request;
        if (after.status != before.status)
            request.status = after.status;
        if (after.rag != before.rag)
            request.rag = after.rag;
        if (after.progress != before.progress)
            request.progress = after.progress;
        recorded = request;
    }
    if (recorded) {
        recorded->source = QStringLiteral("window");
        if (recorded->author.isEmpty())
            recorded->author = m_author;
    }
    std::optional<EditActionCommand::Place> moveTo;
    if (toObjective && toObjective != current->objectiveId)
        moveTo = EditActionCommand::Place{toObjective, std::numeric_limits<int>::max()};
    return push(new EditActionCommand(*this, current->reference, before, after, recorded, moveTo));
}

bool PlanDocument::addUpdate(qint64 actionId, const core::UpdateRequest& request)
{
    const core::ActionRow* current = row(actionId);
    if (!current) {
        emit problem(tr("Update not recorded"), tr("There is no action with id %1 in this plan.").arg(actionId));
        return false;
    }
    core::UpdateRequest recorded = request;
    recorded.source = QStringLiteral("window");
    if (recorded.author.isEmpty())
        recorded.author = m_author;
    return push(new AddUpdateCommand(*this, *current, recorded));
}

qint64 PlanDocument::addPart(Kind kind, qint64 parentId, int position, const QString& text)
{
    if (!m_session)
        return 0;
    const QString step = kind == Kind::Theme       ? tr("new theme \u201c%1\u201d").arg(text.trimmed())
                         : kind == Kind::Objective ? tr("new objective")
                                                   : tr("new action");
    auto* command = new AddPartCommand(*this, step, kind, parentId, position, text);
    return push(command) ? command->partId() : 0;
}

bool PlanDocument::deletePart(Kind kind, qint64 id)
{
    return m_session && push(new DeletePartCommand(*this, tr("delete of %1").arg(describe(kind, id)), kind, id));
}

bool PlanDocument::movePart(Kind kind, qint64 id, int delta)
{
    if (!m_session)
        return false;
    try {
        if (!m_session->structure(m_author).canMove(kind, id, delta))
            return false;
    } catch (const std::exception& e) {
        emit problem(tr("Not moved"), QString::fromStdString(e.what()));
        return false;
    }
    const QString step =
        delta < 0 ? tr("move of %1 up").arg(describe(kind, id)) : tr("move of %1 down").arg(describe(kind, id));
    return push(new MovePartCommand(*this, step, kind, id, delta));
}

bool PlanDocument::renamePart(Kind kind, qint64 id, const QString& text)
{
    if (!m_session)
        return false;
    QString before;
    for (const core::ThemeData& theme : outline().themes) {
        if (kind == Kind::Theme && theme.id == id)
            before = theme.name;
        for (const core::ObjectiveData& objective : theme.objectives)
            if (kind == Kind::Objective && objective.id == id)
                before = objective.text;
    }
    if (before == text)
        return true;
    return push(new RenamePartCommand(*this, tr("renaming of %1").arg(describe(kind, id)), kind, id, before, text));
}

bool PlanDocument::setMetricCount(const core::MetricCount& count)
{
    return setMetricCounts({count});
}

bool PlanDocument::setMetricCounts(const core::MetricCounts& counts)
{
    if (!m_session || counts.isEmpty())
        return false;
    QList<SetMetricCountCommand::Cell> cells;
    for (const core::MetricCount& count : counts) {
        std::optional<core::MetricCount> before;
        for (const core::MetricCount& m : m_session->metricCounts())
            if (SetMetricCountCommand::sameRow(m, count))
                before = m;
        cells << SetMetricCountCommand::Cell{before, count};
    }
    const core::MetricCount& first = counts.first();
    const core::Indicator* indicator = core::Framework::lookup(first.framework, first.indicator);
    const QString name = first.framework == framework().code || !indicator
                             ? tr("indicator %1").arg(first.indicator)
                             : tr("%1 metric %2").arg(indicator->framework, indicator->code);
    const QString step = tr("count of %1, %2").arg(name, first.period);
    return push(new SetMetricCountCommand(*this, step, cells));
}

bool PlanDocument::addTarget(const core::MetricTarget& target)
{
    if (!m_session)
        return false;
    core::MetricTargets after = m_session->metricTargets();
    after << target;
    const core::Indicator* indicator = core::Framework::lookup(target.framework, target.indicator);
    const QString name = !indicator || target.framework == framework().code
                             ? tr("indicator %1").arg(target.indicator)
                             : tr("%1 metric %2").arg(indicator->framework, indicator->code);
    return push(new SetTargetCommand(*this, tr("target for %1").arg(name), m_session->metricTargets(), after));
}

bool PlanDocument::setSuppressionRule(const core::SuppressionRule& rule)
{
    if (!m_session)
        return false;
    // A stored rule that cannot be read is replaced (undo then gives WRES's defaults back).
    std::optional<core::SuppressionRule> before;
    try {
        before = m_session->suppressionRule();
    } catch (const std::exception&) {
    }
    if (before && *before == rule)
        return true;
    return push(new SetRedactionCommand(*this, tr("small-number rule"),
                                        before.value_or(core::SuppressionRule::defaults()), rule));
}

int PlanDocument::writeAction(const core::ActionData& action, int expectedRevision,
                              const std::optional<core::UpdateRequest>& update,
                              const std::optional<std::pair<qint64, int>>& moveTo, std::pair<qint64, int>* movedFrom)
{
    const int revision = m_session->saveAction(action, expectedRevision, m_author, update, moveTo, movedFrom);
    if (moveTo)
        afterShapeWrite();
    else
        afterActionWrite(action.id);
    // A move renumbers, which raises the revision again: the next step checks the one read now.
    const core::ActionRow* now = row(action.id);
    return now ? now->revision : revision;
}

int PlanDocument::writeUpdate(qint64 actionId, const core::UpdateRequest& request)
{
    const int revision = m_session->recordUpdate(actionId, request);
    afterActionWrite(actionId);
    const core::ActionRow* now = row(actionId);
    return now ? now->revision : revision;
}

void PlanDocument::afterActionWrite(qint64 actionId)
{
    const bool kept = m_session->refreshAction(actionId);
    // A new number can change every action's reference (the plan's one form of reference is decided
    // over the whole plan): then the rows are read again.
    if (!kept) {
        afterShapeWrite();
        return;
    }
    emit actionChanged(actionId);
}

void PlanDocument::afterShapeWrite()
{
    m_session->refreshShape();
    emit outlineChanged();
}

qint64 PlanDocument::writeAdd(Kind kind, qint64 parentId, int position, const QString& text)
{
    core::StructureStore store = m_session->structure(m_author);
    const qint64 id = kind == Kind::Theme       ? store.addTheme(parentId, position, text)
                      : kind == Kind::Objective ? store.addObjective(parentId, position, text)
                                                : store.addAction(parentId, position, text);
    ++m_generations[int(kind)][id];
    afterShapeWrite();
    return id;
}

RemovedPart PlanDocument::writeTake(Kind kind, qint64 id)
{
    core::StructureStore store = m_session->structure(m_author);
    RemovedPart removed;
    removed.kind = kind;
    if (kind == Kind::Theme)
        removed.part = store.takeTheme(id, &removed.parentId, &removed.position);
    else if (kind == Kind::Objective)
        removed.part = store.takeObjective(id, &removed.parentId, &removed.position);
    else
        removed.part = store.takeAction(id, &removed.parentId, &removed.position);
    afterShapeWrite();
    return removed;
}

qint64 PlanDocument::writeRestore(const RemovedPart& removed)
{
    core::StructureStore store = m_session->structure(m_author);
    const auto parent = parentKind(removed.kind);
    const qint64 parentId = parent ? currentId(*parent, removed.parentId) : removed.parentId;
    qint64 id = 0;
    if (removed.kind == Kind::Theme)
        id = store.restoreTheme(parentId, removed.position, std::get<core::ThemeData>(removed.part));
    else if (removed.kind == Kind::Objective)
        id = store.restoreObjective(parentId, removed.position, std::get<core::ObjectiveData>(removed.part));
    else
        id = store.restoreAction(parentId, removed.position, std::get<core::ActionData>(removed.part));
    m_session->refreshShape();
    aliasRestored(removed, id);
    emit outlineChanged();
    return id;
}

bool PlanDocument::writeMove(Kind kind, qint64 id, int delta)
{
    const bool moved = m_session->structure(m_author).move(kind, id, delta);
    afterShapeWrite();
    return moved;
}

void PlanDocument::writeRename(Kind kind, qint64 id, const QString& text)
{
    m_session->structure(m_author).rename(kind, id, text);
    afterShapeWrite();
}

void PlanDocument::writeMetricCounts(const QList<std::optional<core::MetricCount>>& values,
                                     const core::MetricCounts& keys)
{
    m_session->writeMetricCounts(values, keys);
    emit metricsChanged(keys.value(0).indicator, keys.value(0).framework);
}

void PlanDocument::writeTargets(const core::MetricTargets& targets)
{
    m_session->replaceMetricTargets(targets);
    emit metricsChanged(0, {});
}

void PlanDocument::writeSuppressionRule(const core::SuppressionRule& rule)
{
    m_session->setSuppressionRule(rule);
    emit metricsChanged(0, {});
}

qint64 PlanDocument::currentId(Kind kind, qint64 id) const
{
    const QHash<qint64, qint64>& aliases = m_aliases[int(kind)];
    for (int hops = 0; hops < 1000; ++hops) {
        const auto next = aliases.constFind(id);
        if (next == aliases.constEnd())
            break;
        id = *next;
    }
    return id;
}

void PlanDocument::renamed(Kind kind, qint64 oldId, qint64 newId)
{
    if (oldId != newId)
        m_aliases[int(kind)].insert(oldId, newId);
    ++m_generations[int(kind)][newId];
}

void PlanDocument::aliasRestored(const RemovedPart& removed, qint64 newId)
{
    if (removed.kind == Kind::Action) {
        renamed(Kind::Action, std::get<core::ActionData>(removed.part).id, newId);
        return;
    }
    if (removed.kind == Kind::Objective) {
        const auto& objective = std::get<core::ObjectiveData>(removed.part);
        renamed(Kind::Objective, objective.id, newId);
        aliasActions(objective, newId);
        return;
    }
    // A theme comes back with its objectives in the same order, each with its actions in order.
    const auto& theme = std::get<core::ThemeData>(removed.part);
    renamed(Kind::Theme, theme.id, newId);
    for (const core::ThemeData& now : outline().themes)
        if (now.id == newId)
            for (qsizetype i = 0; i < theme.objectives.size() && i < now.objectives.size(); ++i) {
                renamed(Kind::Objective, theme.objectives[i].id, now.objectives[i].id);
                aliasActions(theme.objectives[i], now.objectives[i].id);
            }
}

void PlanDocument::aliasActions(const core::ObjectiveData& removed, qint64 objectiveId)
{
    qsizetype next = 0;
    for (const core::ActionRow& r : actions())
        if (r.objectiveId == objectiveId && next < removed.actions.size())
            renamed(Kind::Action, removed.actions[next++].id, r.id);
}

} // namespace wres::ui
