#include "BoardPack.h"

#include "PackChanges.h"
#include "PackSummaries.h"
#include "domain/Counted.h"
#include "domain/LeadName.h"
#include "framework/Framework.h"
#include "metrics/MetricFormat.h"
#include "store/ActionStore.h"
#include "store/BoardPaperStore.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/PlanStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace wres::core {
namespace {

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
        if (!change.note.isEmpty())
            change.note = QCoreApplication::translate("BoardPack", "(its note is not published)");
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
    const BoardPaperStore paper(database);
    pack.details = options.cover.value_or(paper.cover(planId));
    pack.meeting = options.meeting.isEmpty() ? pack.details.meeting : options.meeting;
    pack.version = options.version.isEmpty() ? pack.details.version : options.version;
    pack.tolerance = options.tolerance.value_or(paper.tolerance());

    pack.statusByTheme = countByTheme(pack.plan, pack.actions);
    pack.exceptions = exceptionsOf(pack.actions, options.date);

    // Metrics, built once here; the public version under its rule (the file's unless one is given),
    // changes judged with the file's tolerance before any sentence is made of them.
    const MetricStore metrics(database);
    pack.definitions = plans.indicators(pack.plan.info.framework);
    pack.redacted = options.redact;
    pack.notes = options.notes;
    std::optional<SuppressionRule> rule;
    if (options.redact) {
        rule = options.rule ? *options.rule : metrics.suppressionRule();
        rule->check();
    }
    pack.metrics = MetricReport::build(metrics.counts(), metrics.targets(), rule, pack.tolerance);
    PackSummaries::judgeAndOrder(pack);
    for (const Indicator& indicator : pack.definitions) {
        IndicatorSummary summary;
        summary.indicator = indicator;
        // The headline figure of the indicator's kind (PackSummaries::headlineMeasure).
        const QString measure = PackSummaries::headlineMeasure(indicator);
        const QString category = PackSummaries::headlineCategory(indicator);
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
    PackSummaries::complete(pack);
    pack.tables = IndicatorTable::build(pack.definitions, pack.metrics.figures);
    PackChanges::gather(pack, database, planId, options);
    if (!options.notes)
        leaveOutNotes(pack);
    pack.cover = PackCover::build(pack, pack.details);
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
    brief.words(BoardPaperStore(database).cover(planId));
    return brief;
}

void LeadBrief::words(const CoverDetails& cover)
{
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    QStringList named;
    const Framework& wres = Framework::wres();
    const QString planTitle = PackCover::titleOf(plan.title, plan.framework == wres.code ? wres.name : plan.framework);
    for (const QString& part : {plan.organisation.simplified(), planTitle})
        if (!part.isEmpty())
            named << part;
    heading = named.join(QStringLiteral(" — "));
    title = QCoreApplication::translate("BoardPack", "Actions for %1").arg(lead);
    overdue = 0;
    for (const ActionRow& row : actions)
        overdue += row.isOverdue(date) ? 1 : 0;
    summary = QCoreApplication::translate("BoardPack", "As at %1: %2, %3.")
                  .arg(locale.toString(date, QStringLiteral("d MMMM yyyy")),
                       counted(actions.size(), QCoreApplication::translate("BoardPack", "%1 action"),
                               QCoreApplication::translate("BoardPack", "%1 actions")),
                       overdue == 0 ? QCoreApplication::translate("BoardPack", "none overdue")
                                    : QCoreApplication::translate("BoardPack", "%1 overdue").arg(overdue));
    committee = cover.updatesTo.trimmed().isEmpty() ? PackCover::defaultUpdatesTo() : cover.updatesTo.trimmed();
    request = (actions.size() == 1
                   ? QCoreApplication::translate("BoardPack",
                                                 "Please bring a progress update on it to the next meeting of %1.")
                   : QCoreApplication::translate("BoardPack",
                                                 "Please bring a progress update on each to the next meeting of %1."))
                  .arg(committee);
}

QStringList LeadBrief::coLeadsOf(const ActionRow& row) const
{
    QStringList others;
    for (const QString& name : row.leads)
        if (name.compare(lead, Qt::CaseInsensitive) != 0)
            others << name;
    return others;
}

} // namespace wres::core
