#include "PackCover.h"

#include "BoardPack.h"
#include "domain/Counted.h"
#include "framework/Framework.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace wres::core {
namespace {

const QLocale kLocale(QLocale::English, QLocale::UnitedKingdom);
constexpr int kReferencesListed = 10; // a key message names at most this many actions

QString tr(const char* text)
{
    return QCoreApplication::translate("BoardPack", text);
}

// "a", "a and b", "a, b and c"; past kReferencesListed, "... and 12 more".
QString listed(const QStringList& items, const QString& moreWhere = {})
{
    if (items.size() > kReferencesListed) {
        const QString more = moreWhere.isEmpty()
                                 ? tr("%1 more").arg(items.size() - kReferencesListed)
                                 : tr("%1 more (%2)").arg(items.size() - kReferencesListed).arg(moreWhere);
        return QStringList(items.mid(0, kReferencesListed)).join(QStringLiteral(", ")) + tr(" and ") + more;
    }
    if (items.size() <= 1)
        return items.join(QString());
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + tr(" and ") + items.back();
}

QString frameworkName(const PlanInfo& plan)
{
    const Framework& wres = Framework::wres();
    return plan.framework == wres.code ? wres.name : plan.framework;
}

void countActions(PackCover& cover, const BoardPack& pack)
{
    int byStatus[5] = {0, 0, 0, 0, 0}; // not started, in progress, delayed, complete, none
    int byRag[5] = {0, 0, 0, 0, 0};    // red, amber, green, blue, none
    for (const ActionRow& row : pack.actions) {
        switch (row.status) {
        case Status::NotStarted:
            ++byStatus[0];
            break;
        case Status::InProgress:
            ++byStatus[1];
            break;
        case Status::Delayed:
            ++byStatus[2];
            break;
        case Status::Complete:
            ++byStatus[3];
            break;
        case Status::None:
            ++byStatus[4];
            break;
        }
        switch (row.rag) {
        case Rag::Red:
            ++byRag[0];
            break;
        case Rag::Amber:
            ++byRag[1];
            break;
        case Rag::Green:
            ++byRag[2];
            break;
        case Rag::Blue:
            ++byRag[3];
            break;
        case Rag::None:
            ++byRag[4];
            break;
        }
    }
    const QString statusWords[5] = {tr("not started"), tr("in progress"), tr("delayed"), tr("complete"),
                                    tr("with no status")};
    const QString statusLabels[5] = {statusLabel(Status::NotStarted), statusLabel(Status::InProgress),
                                     statusLabel(Status::Delayed), statusLabel(Status::Complete), tr("No status")};
    QStringList statusParts;
    for (int i = 0; i < 5; ++i) {
        cover.statuses << PackCover::Tally{statusLabels[i], byStatus[i]};
        if (byStatus[i])
            statusParts << QStringLiteral("%1 %2").arg(byStatus[i]).arg(statusWords[i]);
    }
    cover.statusLine = statusParts.join(QStringLiteral(", "));
    const QString ragLabels[5] = {ragLabel(Rag::Red), ragLabel(Rag::Amber), ragLabel(Rag::Green), ragLabel(Rag::Blue),
                                  tr("Not rated")};
    QStringList ragParts;
    for (int i = 0; i < 5; ++i) {
        cover.rags << PackCover::Tally{ragLabels[i], byRag[i]};
        if (byRag[i] && i < 4)
            ragParts << QStringLiteral("%1 %2").arg(byRag[i]).arg(ragLabels[i]);
    }
    if (byRag[4] && !ragParts.isEmpty())
        ragParts << counted(byRag[4], tr("%1 not rated"), tr("%1 not rated"));
    cover.ragLine = ragParts.isEmpty() ? tr("No action has a RAG rating") : ragParts.join(QStringLiteral(", "));
    cover.scale = counted(pack.actions.size(), tr("%1 action"), tr("%1 actions")) + tr(" in ") +
                  counted(pack.plan.themes.size(), tr("%1 theme"), tr("%1 themes"));
}

QStringList actionMessages(const PackCover& cover, const BoardPack& pack)
{
    QStringList messages;
    if (pack.actions.isEmpty())
        return {tr("The plan has no actions yet.")};
    const bool rated = std::any_of(pack.actions.begin(), pack.actions.end(),
                                   [](const ActionRow& row) { return row.rag != Rag::None; });
    messages << (rated ? tr("%1: %2; RAG ratings: %3.").arg(cover.scale, cover.statusLine, cover.ragLine)
                       : tr("%1: %2.").arg(cover.scale, cover.statusLine));
    QStringList overdue, delayed;
    for (const BoardPack::Exception& e : pack.exceptions) {
        if (e.action.isOverdue(pack.date))
            overdue << tr("%1 (due %2)")
                           .arg(e.action.reference,
                                kLocale.toString(e.action.timescale.due, QStringLiteral("d MMM yyyy")));
        if (e.action.status == Status::Delayed)
            delayed << e.action.reference;
    }
    const QString where = tr("see Delayed and overdue actions");
    if (overdue.isEmpty() && delayed.isEmpty())
        messages << tr("No action is delayed or past its due date.");
    if (!overdue.isEmpty())
        messages << counted(overdue.size(), tr("%1 action is past its due date: %2."),
                            tr("%1 actions are past their due date: %2."))
                        .arg(listed(overdue, where));
    if (!delayed.isEmpty())
        messages << counted(delayed.size(), tr("%1 action is delayed: %2."), tr("%1 actions are delayed: %2."))
                        .arg(listed(delayed, where));
    return messages;
}

QStringList metricMessages(const BoardPack& pack)
{
    QStringList better, worse, similar, moved, small;
    bool any = false;
    for (const BoardPack::IndicatorSummary& s : pack.indicators) {
        if (!s.hasData)
            continue;
        any = true;
        const QString name = tr("indicator %1").arg(s.indicator.number);
        if (s.smallNumbers)
            small << name;
        if (s.changeText.isEmpty())
            continue;
        const QString detail = tr("%1 (%2: %3 → %4)").arg(name, s.indicator.shortTitle, s.previous, s.latest);
        if (s.change == u"better")
            better << detail;
        else if (s.change == u"worse")
            worse << detail;
        else if (s.change == u"similar")
            similar << name;
        else
            moved << tr("%1 (%2: %3 → %4, %5)").arg(name, s.indicator.shortTitle, s.previous, s.latest, s.moved);
    }
    if (!any)
        return {tr("No WRES metrics are recorded yet.")};
    QStringList messages;
    if (!better.isEmpty())
        messages << tr("Better than the year before: %1.").arg(listed(better));
    if (!worse.isEmpty())
        messages << tr("Worse than the year before: %1.").arg(listed(worse));
    if (!similar.isEmpty())
        messages << tr("Similar to the year before (a change smaller than the tolerance): %1.").arg(listed(similar));
    if (!moved.isEmpty())
        messages << tr("Changed, neither better nor worse by the indicator's own measure: %1.").arg(listed(moved));
    if (!small.isEmpty())
        messages << tr("Based on small numbers, so to be read with care: %1.").arg(listed(small));
    return messages;
}

} // namespace

QString PackCover::titleOf(const QString& planTitle, const QString& framework)
{
    static const QRegularExpression joined(QStringLiteral("[-_.]"));
    const QString title = planTitle.simplified();
    const bool words = !title.isEmpty() && (title.contains(QLatin1Char(' ')) || !title.contains(joined));
    return words ? title : tr("%1 action plan").arg(framework);
}

QString PackCover::defaultPurpose(const QString& framework)
{
    return tr("To give assurance on progress with the %1 action plan and to present the latest %1 metrics, with "
              "what has changed since the last report.")
        .arg(framework);
}

QString PackCover::defaultRecommendation()
{
    return tr("To note the progress of the action plan and the metrics, and the actions that are delayed or "
              "overdue.");
}

QString PackCover::defaultUpdatesTo()
{
    return tr("the EDI implementation group");
}

PackCover PackCover::build(const BoardPack& pack, const CoverDetails& details)
{
    PackCover cover;
    const QString framework = frameworkName(pack.plan.info);
    cover.organisation = details.organisation.trimmed().isEmpty() ? pack.plan.info.organisation.trimmed()
                                                                  : details.organisation.trimmed();
    cover.title = titleOf(pack.plan.info.title, framework);
    cover.subtitle = tr("%1: progress report and metrics").arg(framework);
    const auto line = [&cover](const QString& label, const QString& text) {
        if (!text.trimmed().isEmpty())
            cover.details << Line{label, text.trimmed()};
    };
    line(tr("Meeting"), pack.meeting);
    line(tr("Date"), kLocale.toString(pack.date, QStringLiteral("d MMMM yyyy")));
    line(tr("Agenda item"), details.agendaItem);
    line(tr("Author"), details.author);
    line(tr("Presented by"), details.presenter);
    line(tr("Version"), pack.version);
    line(tr("Plan period"), pack.plan.info.period);
    cover.purpose = details.purpose.trimmed().isEmpty() ? defaultPurpose(framework) : details.purpose.trimmed();
    cover.recommendation =
        details.recommendation.trimmed().isEmpty() ? defaultRecommendation() : details.recommendation.trimmed();
    cover.committees = details.committees;
    cover.governance = cover.committees.isEmpty()
                           ? tr("Not previously considered by another committee or group.")
                           : tr("Previously considered by: %1.").arg(cover.committees.join(QStringLiteral("; ")));
    countActions(cover, pack);
    cover.keyMessages << actionMessages(cover, pack) << metricMessages(pack);
    if (!pack.changeSummary.isEmpty())
        cover.keyMessages << pack.changeSummary;
    return cover;
}

} // namespace wres::core
