#include "BoardPack.h"

#include "domain/LeadName.h"
#include "metrics/MetricCalculator.h"
#include "metrics/MetricFormat.h"
#include "store/ActionStore.h"
#include "store/AuditStore.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/PlanStore.h"
#include "store/SnapshotStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace wres::core {
namespace {

QString actionName(const QString& number, const QString& text)
{
    const QString first = text.section(QLatin1Char('\n'), 0, 0).simplified();
    return number.isEmpty() ? first : number + QLatin1Char(' ') + first;
}

QString statusWord(Status status)
{
    return status == Status::None ? QStringLiteral("(none)") : statusLabel(status);
}

QString ragWord(Rag rag)
{
    return rag == Rag::None ? QStringLiteral("(none)") : ragLetter(rag);
}

// A line of "what has changed" about an action, with its number as shown.
BoardPack::Change changeOf(BoardPack::Change::Kind kind, const QString& reference, const QString& name,
                           const QString& detail, const QDateTime& at, const QString& who = {}, bool isNote = false)
{
    return BoardPack::Change{kind, name, detail, at, who, reference, isNote};
}

// The public version without progress notes: each action's latest note, and the notes of status
// updates in "what has changed".
void leaveOutNotes(BoardPack& pack)
{
    for (ThemeData& theme : pack.plan.themes)
        for (ObjectiveData& objective : theme.objectives)
            for (ActionData& action : objective.actions)
                action.progress.clear();
    for (ActionRow& row : pack.actions)
        row.progress.clear();
    for (BoardPack::Exception& exception : pack.exceptions)
        exception.action.progress.clear();
    for (BoardPack::Change& change : pack.changes)
        if (change.isNote) {
            change.detail = QCoreApplication::translate("BoardPack", "status update (its note is not published)");
            change.isNote = false;
        }
}

void gatherChanges(BoardPack& pack, const Database& db, qint64 planId, const BoardPackOptions& options)
{
    const SnapshotStore snapshots(db);
    std::optional<PackSnapshot> snapshot;
    if (options.snapshotId)
        snapshot = snapshots.load(*options.snapshotId);
    else if (!options.since) {
        const QList<PackSnapshot> recorded = snapshots.list(planId);
        if (!recorded.isEmpty())
            snapshot = snapshots.load(recorded.front().id);
    }
    if (snapshot && snapshot->planId != planId)
        throw InvalidRequest(
            QCoreApplication::translate("wres", "Recorded pack %1 belongs to another plan.").arg(snapshot->id));
    if (!snapshot && !options.since)
        return; // nothing to compare with
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const QDateTime since = snapshot ? snapshot->recordedAt : QDateTime(*options.since, QTime(0, 0), Qt::UTC);
    pack.comparedWith =
        snapshot ? QCoreApplication::translate("BoardPack", "the pack recorded on %1%2")
                       .arg(locale.toString(snapshot->recordedAt.date(), QStringLiteral("d MMMM yyyy")),
                            snapshot->label.isEmpty() ? QString()
                                                      : QStringLiteral(" (") + snapshot->label + QLatin1Char(')'))
                 : QStringLiteral("%1").arg(locale.toString(*options.since, QStringLiteral("d MMMM yyyy")));

    QHash<qint64, const ActionRow*> now;
    for (const ActionRow& row : pack.actions)
        now.insert(row.id, &row);
    using Kind = BoardPack::Change::Kind;
    if (snapshot) {
        QHash<qint64, const PackSnapshot::Action*> then;
        for (const PackSnapshot::Action& a : snapshot->actions)
            then.insert(a.id, &a);
        for (const ActionRow& row : pack.actions) {
            const auto it = then.constFind(row.id);
            const QString name = actionName(row.reference, row.text);
            const QString reference = row.reference;
            if (it == then.constEnd()) {
                pack.changes << changeOf(Kind::NewAction, reference, name,
                                         QCoreApplication::translate("BoardPack", "added to the plan"), row.createdAt);
                continue;
            }
            const PackSnapshot::Action& before = **it;
            if (before.status != row.status)
                pack.changes << changeOf(row.status == Status::Complete ? Kind::Closed : Kind::Status, reference, name,
                                         statusWord(before.status) + QStringLiteral(" → ") + statusWord(row.status),
                                         row.lastUpdate);
            if (before.rag != row.rag)
                pack.changes << changeOf(Kind::Rag, reference, name,
                                         QStringLiteral("RAG ") + ragWord(before.rag) + QStringLiteral(" → ") +
                                             ragWord(row.rag),
                                         row.lastUpdate);
        }
        for (const PackSnapshot::Action& a : snapshot->actions)
            if (!now.contains(a.id))
                pack.changes << changeOf(Kind::Removed, a.number, actionName(a.number, a.text),
                                         QCoreApplication::translate("BoardPack", "no longer in the plan"), {});
    } else {
        AuditQuery actionLines;
        actionLines.planId = planId;
        actionLines.entity = QStringLiteral("action");
        actionLines.since = since;
        for (const AuditRecord& record : AuditStore(db).list(actionLines)) {
            const AuditEntry& e = record.entry;
            const ActionRow* row = now.value(e.entityId);
            if (!row || (e.field != u"status" && e.field != u"rag"))
                continue;
            const bool closed = e.field == u"status" && e.newValue == statusLabel(Status::Complete);
            pack.changes << changeOf(closed                 ? Kind::Closed
                                     : e.field == u"status" ? Kind::Status
                                                            : Kind::Rag,
                                     row->reference, actionName(row->reference, row->text),
                                     (e.field == u"rag" ? QStringLiteral("RAG ") : QString()) +
                                         (e.oldValue.isEmpty() ? QStringLiteral("(none)") : e.oldValue) +
                                         QStringLiteral(" → ") +
                                         (e.newValue.isEmpty() ? QStringLiteral("(none)") : e.newValue),
                                     e.recordedAt, e.author);
        }
        for (const ActionRow& row : pack.actions)
            if (row.createdAt > since)
                pack.changes << changeOf(Kind::NewAction, row.reference, actionName(row.reference, row.text),
                                         QCoreApplication::translate("BoardPack", "added to the plan"), row.createdAt);
    }
    for (const StatusUpdate& u : ActionStore(db).updatesSince(planId, since))
        if (const ActionRow* row = now.value(u.actionId))
            pack.changes << changeOf(Kind::Update, row->reference, actionName(row->reference, row->text),
                                     u.note.isEmpty() ? QCoreApplication::translate("BoardPack", "status update")
                                                      : u.note,
                                     u.recordedAt, u.author, !u.note.isEmpty());
}

} // namespace

const ActionRow* BoardPack::row(qint64 actionId) const
{
    for (const ActionRow& r : actions)
        if (r.id == actionId)
            return &r;
    return nullptr;
}

BoardPack BoardPack::gather(const Database& database, qint64 planId, const BoardPackOptions& options)
{
    BoardPack pack;
    const PlanStore plans(database);
    pack.plan = plans.load(planId, false);
    ActionQuery query;
    query.planId = planId;
    query.today = options.date;
    pack.actions = ActionStore(database).list(query);
    pack.date = options.date;
    pack.meeting = options.meeting;
    pack.version = options.version;

    pack.statusByTheme = countByTheme(pack.plan, pack.actions);
    pack.notes = options.notes;
    pack.exceptions = exceptionsOf(pack.actions, options.date);

    // Metrics, built once here; the public version under its rule (the file's unless one is given).
    const MetricStore metrics(database);
    pack.definitions = plans.indicators(pack.plan.info.framework);
    pack.redacted = options.redact;
    std::optional<SuppressionRule> rule;
    if (options.redact) {
        rule = options.rule ? *options.rule : metrics.suppressionRule();
        rule->check();
    }
    pack.metrics = MetricReport::build(metrics.counts(), metrics.targets(), rule);
    for (const Indicator& indicator : pack.definitions) {
        IndicatorSummary summary;
        summary.indicator = indicator;
        // The headline figure: the overall share (1), the ratio (2-4), % BME (5-8), the whole Board (9).
        const QString measure = indicator.number == 1   ? QStringLiteral("pct_bme")
                                : indicator.number <= 4 ? QStringLiteral("relative_likelihood")
                                : indicator.number <= 8 ? QStringLiteral("pct_bme")
                                                        : QStringLiteral("difference");
        const QString category = indicator.number == 1   ? QStringLiteral("Overall")
                                 : indicator.number == 9 ? QStringLiteral("Board overall")
                                                         : QString();
        const MetricFigure* latest = nullptr;
        for (const MetricFigure& f : pack.metrics.figures)
            if (f.indicator == indicator.number && f.measure == measure &&
                f.category.compare(category, Qt::CaseInsensitive) == 0 &&
                (!latest || periodBefore(latest->period, f.period)))
                latest = &f;
        if (latest) {
            summary.hasData = true;
            summary.latestPeriod = latest->period;
            summary.latest = MetricFormat::value(*latest);
            if (latest->previous && !latest->redacted) {
                summary.previousPeriod = latest->previousPeriod;
                summary.previous = MetricFormat::number(*latest->previous, latest->decimals, measure == u"difference");
                summary.change = MetricFormat::changeWord(latest->change);
            }
            summary.narrative = pack.metrics.sentence(indicator.number);
        }
        pack.indicators << summary;
    }
    gatherChanges(pack, database, planId, options);
    if (!options.notes)
        leaveOutNotes(pack);
    return pack;
}

QList<BoardPack::StatusCount> BoardPack::countByTheme(const PlanData& plan, const QList<ActionRow>& actions)
{
    QList<StatusCount> counts;
    for (const ThemeData& theme : plan.themes) {
        StatusCount count;
        count.theme = theme.name;
        for (const ActionRow& row : actions) {
            if (row.themeId != theme.id)
                continue;
            switch (row.status) {
            case Status::NotStarted:
                ++count.notStarted;
                break;
            case Status::InProgress:
                ++count.inProgress;
                break;
            case Status::Delayed:
                ++count.delayed;
                break;
            case Status::Complete:
                ++count.complete;
                break;
            case Status::None:
                ++count.none;
                break;
            }
        }
        counts << count;
    }
    return counts;
}

QList<BoardPack::Exception> BoardPack::exceptionsOf(const QList<ActionRow>& actions, const QDate& today)
{
    QList<Exception> exceptions;
    for (const ActionRow& row : actions) {
        const bool delayed = row.status == Status::Delayed;
        const bool overdue = row.isOverdue(today);
        if (delayed || overdue)
            exceptions << Exception{row, delayed && overdue
                                             ? QCoreApplication::translate("BoardPack", "Delayed and overdue")
                                         : delayed ? QStringLiteral("Delayed")
                                                   : QStringLiteral("Overdue")};
    }
    std::stable_sort(exceptions.begin(), exceptions.end(), [](const Exception& a, const Exception& b) {
        const QDate da = a.action.timescale.due.isValid() ? a.action.timescale.due : QDate(9999, 1, 1);
        const QDate db = b.action.timescale.due.isValid() ? b.action.timescale.due : QDate(9999, 1, 1);
        return da < db;
    });
    return exceptions;
}

LeadBrief LeadBrief::gather(const Database& database, qint64 planId, const QString& lead, const QDate& date)
{
    LeadBrief brief;
    const PlanStore plans(database);
    brief.plan = plans.plan(planId);
    brief.date = date;
    const QStringList leads = plans.leads(planId);
    const auto found =
        std::find_if(leads.begin(), leads.end(), [&](const QString& name) { return LeadName::same(name, lead); });
    if (found == leads.end())
        throw InvalidRequest(
            QCoreApplication::translate("wres", "No action of this plan is led by '%1'. Leads are: %2.")
                .arg(lead, leads.join(QStringLiteral("; "))));
    brief.lead = *found;
    ActionQuery query;
    query.planId = planId;
    query.lead = brief.lead;
    query.today = date;
    brief.actions = ActionStore(database).list(query);
    std::stable_sort(brief.actions.begin(), brief.actions.end(), [&](const ActionRow& a, const ActionRow& b) {
        if (a.isOverdue(date) != b.isOverdue(date))
            return a.isOverdue(date);
        const QDate da = a.timescale.due.isValid() ? a.timescale.due : QDate(9999, 1, 1);
        const QDate db = b.timescale.due.isValid() ? b.timescale.due : QDate(9999, 1, 1);
        return da < db;
    });
    return brief;
}

} // namespace wres::core
