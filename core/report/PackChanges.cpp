#include "PackChanges.h"

#include "BoardPack.h"
#include "domain/Counted.h"
#include "store/ActionStore.h"
#include "store/AuditStore.h"
#include "store/Database.h"
#include "store/SnapshotStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <map>

namespace wres::core::PackChanges {
namespace {

using Kind = BoardPack::Change::Kind;

QString tr(const char* text)
{
    return QCoreApplication::translate("BoardPack", text);
}

QString firstLine(const QString& text)
{
    return text.section(QLatin1Char('\n'), 0, 0).simplified();
}

QString named(const QString& reference, const QString& title)
{
    return reference.isEmpty() ? title : reference + QLatin1Char(' ') + title;
}

QString statusShown(const QString& label)
{
    return label.isEmpty() ? tr("No status") : label;
}

QString ragShown(const QString& letter)
{
    return letter.isEmpty() ? tr("none") : letter;
}

QString who(const QString& author)
{
    return author.trimmed().isEmpty() ? tr("not recorded") : author;
}

QString whatOf(Kind kind)
{
    switch (kind) {
    case Kind::Status:
        return tr("Status");
    case Kind::Rag:
        return tr("RAG");
    case Kind::Update:
        return tr("Update");
    case Kind::NewAction:
        return tr("New action");
    case Kind::Closed:
        return tr("Closed");
    case Kind::Removed:
        return tr("Deleted");
    case Kind::Edited:
        return tr("Edited");
    }
    return {};
}

// Fields of an action that an edit may change, in words, besides status, RAG, progress and timescale.
QString fieldWords(const QString& field)
{
    if (field == u"text")
        return tr("action text");
    if (field == u"number")
        return tr("number");
    if (field == u"leads")
        return tr("leads");
    if (field == u"milestones")
        return tr("milestones");
    if (field == u"indicators")
        return tr("indicators");
    if (field == u"tags")
        return tr("tags");
    if (field == u"objective" || field == u"position")
        return tr("place in the plan");
    return {};
}

// Every line written about one action in one go: one status update, one edit, one structure change.
struct Event
{
    qint64 action = 0;
    QDateTime at;
    QString author;
    QList<AuditEntry> lines;
    std::optional<StatusUpdate> update;

    const AuditEntry* line(const QString& field) const
    {
        for (const AuditEntry& e : lines)
            if (e.field == field)
                return &e;
        return nullptr;
    }
};

BoardPack::Change changeOf(const Event& event, const ActionRow& row)
{
    BoardPack::Change c{};
    c.reference = row.reference;
    c.title = firstLine(row.text);
    c.action = named(c.reference, c.title);
    c.at = event.at;
    c.who = who(event.author);
    QStringList detail;
    if (const AuditEntry* s = event.line(QStringLiteral("status"))) {
        c.statusFrom = statusShown(s->oldValue);
        c.statusTo = statusShown(s->newValue);
        detail << tr("Status: %1 → %2").arg(c.statusFrom, c.statusTo);
    }
    if (const AuditEntry* r = event.line(QStringLiteral("rag"))) {
        c.ragFrom = ragShown(r->oldValue);
        c.ragTo = ragShown(r->newValue);
        detail << tr("RAG: %1 → %2").arg(c.ragFrom, c.ragTo);
    }
    if (const AuditEntry* t = event.line(QStringLiteral("timescale")))
        detail << tr("Timescale: %1 → %2")
                      .arg(t->oldValue.isEmpty() ? tr("none") : t->oldValue,
                           t->newValue.isEmpty() ? tr("none") : t->newValue);
    QStringList edited;
    for (const AuditEntry& e : event.lines)
        if (const QString words = fieldWords(e.field); !words.isEmpty() && !edited.contains(words))
            edited << words;
    if (!edited.isEmpty())
        detail << tr("Edited: %1").arg(edited.join(QStringLiteral(", ")));
    if (event.update)
        c.note = event.update->note.trimmed();
    else if (const AuditEntry* p = event.line(QStringLiteral("progress")))
        c.note = p->newValue.trimmed();
    c.detail = detail.join(QStringLiteral("; "));
    if (c.detail.isEmpty() && c.note.isEmpty())
        c.detail = tr("status update");
    c.kind = !c.statusTo.isEmpty() && c.statusTo == statusLabel(Status::Complete) ? Kind::Closed
             : !c.statusTo.isEmpty()                                              ? Kind::Status
             : !c.ragTo.isEmpty()                                                 ? Kind::Rag
             : !c.note.isEmpty() || event.update                                  ? Kind::Update
                                                                                  : Kind::Edited;
    c.what = whatOf(c.kind);
    return c;
}

BoardPack::Change structural(Kind kind, const QString& reference, const QString& title, const QString& detail,
                             const QDateTime& at, const QString& author)
{
    BoardPack::Change c{};
    c.kind = kind;
    c.reference = reference;
    c.title = title;
    c.action = named(reference, title);
    c.detail = detail;
    c.at = at;
    c.who = who(author);
    c.what = whatOf(kind);
    return c;
}

std::optional<PackSnapshot> snapshotFor(const Database& db, qint64 planId, const BoardPackOptions& options)
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
    return snapshot;
}

void gatherMetricChanges(BoardPack& pack, const Database& db, qint64 planId, const QDateTime& since)
{
    AuditQuery query;
    query.planId = planId;
    query.entity = QStringLiteral("metric");
    query.since = since;
    // By indicator (settings, 0, first), then period in the order met.
    using Key = std::pair<int, QString>;
    std::map<Key, std::pair<BoardPack::MetricChange, QStringList>> grouped;
    QList<Key> order;
    for (const AuditRecord& record : AuditStore(db).list(query)) {
        const AuditEntry& e = record.entry;
        const Key key{int(e.entityId), e.field};
        auto it = grouped.find(key);
        if (it == grouped.end()) {
            BoardPack::MetricChange m;
            m.indicator = key.first;
            m.period = e.field;
            for (const Indicator& i : pack.definitions)
                if (i.number == m.indicator)
                    m.indicatorTitle = i.shortTitle;
            it = grouped.emplace(key, std::pair{m, QStringList()}).first;
            order << key;
        }
        auto& [m, names] = it->second;
        if (e.oldValue.isEmpty())
            ++m.added;
        else if (e.newValue.isEmpty())
            ++m.removed;
        else
            ++m.changed;
        m.at = e.recordedAt;
        if (const QString name = who(e.author); !names.contains(name))
            names << name;
        if (m.indicator == 0) // a file-wide setting: its values say nothing about anyone
            m.text = tr("Setting %1: %2 → %3").arg(e.field, e.oldValue, e.newValue);
    }
    std::stable_sort(order.begin(), order.end(), [](const Key& a, const Key& b) { return a.first < b.first; });
    for (const Key& key : order) {
        auto [m, names] = grouped.at(key);
        m.who = names.join(QStringLiteral("; "));
        if (m.indicator != 0) {
            const QString indicator = m.indicatorTitle.isEmpty()
                                          ? tr("Indicator %1").arg(m.indicator)
                                          : tr("Indicator %1 (%2)").arg(m.indicator).arg(m.indicatorTitle);
            if (m.period == u"targets") {
                m.text = tr("%1: targets changed").arg(indicator);
            } else {
                QStringList how;
                if (m.added)
                    how << counted(m.added, tr("%1 figure added"), tr("%1 figures added"));
                if (m.changed)
                    how << counted(m.changed, tr("%1 changed"), tr("%1 changed"));
                if (m.removed)
                    how << counted(m.removed, tr("%1 removed"), tr("%1 removed"));
                m.text = tr("%1, %2: %3").arg(indicator, m.period, how.join(QStringLiteral(", ")));
            }
        }
        pack.metricChanges << m;
    }
}

QString summaryOf(const BoardPack& pack)
{
    int added = 0, closed = 0, removed = 0, updated = 0, edited = 0;
    for (const BoardPack::Change& c : pack.changes)
        switch (c.kind) {
        case Kind::NewAction:
            ++added;
            break;
        case Kind::Closed:
            ++closed;
            break;
        case Kind::Removed:
            ++removed;
            break;
        case Kind::Edited:
            ++edited;
            break;
        case Kind::Status:
        case Kind::Rag:
        case Kind::Update:
            ++updated;
            break;
        }
    QStringList parts;
    if (added)
        parts << counted(added, tr("%1 new action"), tr("%1 new actions"));
    if (closed)
        parts << counted(closed, tr("%1 action closed"), tr("%1 actions closed"));
    if (removed)
        parts << counted(removed, tr("%1 action deleted"), tr("%1 actions deleted"));
    if (updated)
        parts << counted(updated, tr("%1 progress update"), tr("%1 progress updates"));
    if (edited)
        parts << counted(edited, tr("%1 action edited"), tr("%1 edits to actions"));
    QSet<int> indicators;
    for (const BoardPack::MetricChange& m : pack.metricChanges)
        if (m.indicator)
            indicators.insert(m.indicator);
    QString text = parts.isEmpty() ? tr("no change to the actions") : parts.join(QStringLiteral(", "));
    if (!indicators.isEmpty())
        text += counted(indicators.size(), tr("; metrics imported or changed for %1 indicator"),
                        tr("; metrics imported or changed for %1 indicators"));
    return tr("Since %1: %2.").arg(pack.comparedWith, text);
}

} // namespace

void gather(BoardPack& pack, const Database& db, qint64 planId, const BoardPackOptions& options)
{
    const std::optional<PackSnapshot> snapshot = snapshotFor(db, planId, options);
    if (!snapshot && !options.since)
        return; // nothing to compare with
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const QDateTime since = snapshot ? snapshot->recordedAt : QDateTime(*options.since, QTime(0, 0), Qt::UTC);
    pack.comparedWith =
        snapshot ? tr("the pack recorded on %1%2")
                       .arg(locale.toString(snapshot->recordedAt.date(), QStringLiteral("d MMMM yyyy")),
                            snapshot->label.isEmpty() ? QString()
                                                      : QStringLiteral(" (") + snapshot->label + QLatin1Char(')'))
                 : locale.toString(*options.since, QStringLiteral("d MMMM yyyy"));

    QHash<qint64, const ActionRow*> now;
    for (const ActionRow& row : pack.actions)
        now.insert(row.id, &row);
    QHash<qint64, const PackSnapshot::Action*> then;
    if (snapshot)
        for (const PackSnapshot::Action& a : snapshot->actions)
            then.insert(a.id, &a);

    // The trail's lines about actions, one event per action, moment and author.
    QList<Event> events;
    QHash<QString, qsizetype> index;
    const auto keyOf = [](qint64 action, const QDateTime& at, const QString& author) {
        return QStringLiteral("%1|%2|%3").arg(action).arg(at.toMSecsSinceEpoch()).arg(author);
    };
    AuditQuery actionLines;
    actionLines.planId = planId;
    actionLines.entity = QStringLiteral("action");
    actionLines.since = since;
    for (const AuditRecord& record : AuditStore(db).list(actionLines)) {
        const AuditEntry& e = record.entry;
        const QString key = keyOf(e.entityId, e.recordedAt, e.author);
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, events.size());
            events << Event{e.entityId, e.recordedAt, e.author, {}, std::nullopt};
        }
        events[*it].lines << e;
    }
    for (const StatusUpdate& u : ActionStore(db).updatesSince(planId, since)) {
        const QString key = keyOf(u.actionId, u.recordedAt, u.author);
        auto it = index.constFind(key);
        if (it == index.constEnd() || events[*it].update) {
            it = index.insert(key, events.size());
            events << Event{u.actionId, u.recordedAt, u.author, {}, std::nullopt};
        }
        events[*it].update = u;
    }

    QSet<qint64> added, removed;
    for (const Event& event : events) {
        if (const AuditEntry* gone = event.line(QStringLiteral("deleted"))) {
            const PackSnapshot::Action* before = then.value(event.action);
            pack.changes << structural(Kind::Removed, before ? before->number : QString(),
                                       firstLine(before ? before->text : gone->oldValue), tr("deleted from the plan"),
                                       event.at, event.author);
            removed.insert(event.action);
            continue;
        }
        const ActionRow* row = now.value(event.action);
        if (!row)
            continue; // deleted since: its own row says so
        const AuditEntry* created = event.line(QStringLiteral("created"));
        const AuditEntry* restored = event.line(QStringLiteral("restored"));
        if (created || restored) {
            pack.changes << structural(Kind::NewAction, row->reference, firstLine(row->text),
                                       created ? tr("added to the plan") : tr("restored to the plan"), event.at,
                                       event.author);
            added.insert(event.action);
            continue;
        }
        pack.changes << changeOf(event, *row);
    }
    // What a recorded pack shows and the trail does not (a plan brought in with its own history).
    if (snapshot) {
        for (const ActionRow& row : pack.actions)
            if (!then.contains(row.id) && !added.contains(row.id))
                pack.changes << structural(Kind::NewAction, row.reference, firstLine(row.text), tr("added to the plan"),
                                           row.createdAt, {});
        for (const PackSnapshot::Action& a : snapshot->actions)
            if (!now.contains(a.id) && !removed.contains(a.id))
                pack.changes << structural(Kind::Removed, a.number, firstLine(a.text), tr("no longer in the plan"), {},
                                           {});
    }
    std::stable_sort(pack.changes.begin(), pack.changes.end(),
                     [](const BoardPack::Change& a, const BoardPack::Change& b) {
                         if (a.at.isNull() != b.at.isNull())
                             return b.at.isNull();
                         return a.at < b.at;
                     });
    gatherMetricChanges(pack, db, planId, since);
    pack.changeSummary = summaryOf(pack);
}

} // namespace wres::core::PackChanges
