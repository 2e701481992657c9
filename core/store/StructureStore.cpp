#include "StructureStore.h"

#include "ActionStore.h"
#include "Database.h"
#include "PlanStore.h"
#include "PlanWriter.h"
#include "SqlQuery.h"
#include "StoreError.h"
#include "StoredValues.h"
#include "TextInput.h"

#include <QCoreApplication>

namespace wres::core {
namespace {

struct Names
{
    const char* table;
    const char* parent;
    const char* entity;
};

Names namesOf(StructureStore::Kind kind)
{
    switch (kind) {
    case StructureStore::Kind::Theme:
        return {"themes", "plan_id", "theme"};
    case StructureStore::Kind::Objective:
        return {"objectives", "theme_id", "objective"};
    case StructureStore::Kind::Action:
        break;
    }
    return {"actions", "objective_id", "action"};
}

QString sql(const char* text, const Names& n)
{
    return QString::fromLatin1(text)
        .replace(QStringLiteral("$T"), QString::fromLatin1(n.table))
        .replace(QStringLiteral("$P"), QString::fromLatin1(n.parent));
}

} // namespace

void StructureStore::audit(const QString& entity, qint64 id, const QString& field, const QString& from,
                           const QString& to)
{
    PlanWriter(m_database)
        .insertAudit({QDateTime::currentDateTimeUtc(), m_author, entity, id, field, from, to, m_source});
}

StructureStore::Place StructureStore::placeOf(Kind kind, qint64 id) const
{
    const Names n = namesOf(kind);
    SqlQuery q(m_database.connection(), sql("SELECT $P, position FROM $T WHERE id = :id", n));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        throw InvalidRequest(QCoreApplication::translate("wres", "There is no such %1 in this file (id %2).")
                                 .arg(QString::fromLatin1(n.entity))
                                 .arg(id));
    const qint64 parent = q.id(0);
    const int stored = q.value(1).toInt();
    q.finish();
    // The 0-based place among siblings, whatever numbers the positions hold.
    SqlQuery before(m_database.connection(), sql("SELECT COUNT(*) FROM $T WHERE $P = :parent AND (position < :position "
                                                 "OR (position = :position AND id < :id))",
                                                 n));
    before.bind(QStringLiteral(":parent"), parent)
        .bind(QStringLiteral(":position"), stored)
        .bind(QStringLiteral(":id"), id)
        .exec();
    before.next();
    return {parent, before.value(0).toInt()};
}

// Positions are rewritten 1..n in order, with a hole at `position` (0-based) when opening one.
void StructureStore::openGap(Kind kind, qint64 parent, int position)
{
    const Names n = namesOf(kind);
    const auto& db = m_database.connection();
    SqlQuery ids(db, sql("SELECT id FROM $T WHERE $P = :parent ORDER BY position, id", n));
    ids.bind(QStringLiteral(":parent"), parent).exec();
    QList<qint64> order;
    while (ids.next())
        order << ids.id(0);
    ids.finish();
    SqlQuery set(db, sql("UPDATE $T SET position = :position WHERE id = :id", n));
    for (qsizetype i = 0; i < order.size(); ++i)
        set.bind(QStringLiteral(":position"), int(i + (i >= position ? 2 : 1)))
            .bind(QStringLiteral(":id"), order[i])
            .exec();
}

void StructureStore::closeGap(Kind kind, qint64 parent, int)
{
    openGap(kind, parent, std::numeric_limits<int>::max()); // 1..n, no hole
}

qint64 StructureStore::themeOf(Kind kind, qint64 id) const
{
    if (kind == Kind::Theme)
        return id;
    if (kind == Kind::Objective)
        return placeOf(Kind::Objective, id).parent;
    return placeOf(Kind::Objective, placeOf(Kind::Action, id).parent).parent;
}

void StructureStore::renumber(qint64 themeId)
{
    const auto& db = m_database.connection();
    SqlQuery objectives(db, QStringLiteral("SELECT id FROM objectives WHERE theme_id = :theme ORDER BY position, id"));
    objectives.bind(QStringLiteral(":theme"), themeId).exec();
    QList<qint64> list;
    while (objectives.next())
        list << objectives.id(0);
    objectives.finish();
    SqlQuery setObjective(db, QStringLiteral("UPDATE objectives SET number = :number WHERE id = :id"));
    SqlQuery actions(db,
                     QStringLiteral("SELECT id FROM actions WHERE objective_id = :objective ORDER BY position, id"));
    SqlQuery setAction(db,
                       QStringLiteral("UPDATE actions SET number = :number, revision = revision + 1 WHERE id = :id"));
    for (qsizetype o = 0; o < list.size(); ++o) {
        setObjective.bindText(QStringLiteral(":number"), QString::number(o + 1))
            .bind(QStringLiteral(":id"), list[o])
            .exec();
        actions.bind(QStringLiteral(":objective"), list[o]).exec();
        QList<qint64> ids;
        while (actions.next())
            ids << actions.id(0);
        actions.finish();
        for (qsizetype a = 0; a < ids.size(); ++a)
            setAction.bindText(QStringLiteral(":number"), QStringLiteral("%1.%2").arg(o + 1).arg(a + 1))
                .bind(QStringLiteral(":id"), ids[a])
                .exec();
    }
}

qint64 StructureStore::addTheme(qint64 planId, int position, const QString& name)
{
    if (name.trimmed().isEmpty())
        throw InvalidRequest(QCoreApplication::translate("wres", "A theme needs a name."));
    TextInput::require(name, [] { return QCoreApplication::translate("wres", "The new theme's name"); });
    WriteTransaction transaction(m_database);
    openGap(Kind::Theme, planId, position);
    ThemeData theme;
    theme.name = name.trimmed();
    const qint64 id = PlanWriter(m_database).insertTheme(planId, position + 1, theme);
    audit(QStringLiteral("theme"), id, QStringLiteral("created"), {}, theme.name);
    transaction.commit();
    return id;
}

qint64 StructureStore::addObjective(qint64 themeId, int position, const QString& text)
{
    TextInput::require(text, [] { return QCoreApplication::translate("wres", "The new objective's text"); });
    WriteTransaction transaction(m_database);
    openGap(Kind::Objective, themeId, position);
    const qint64 id =
        PlanWriter(m_database).insertObjective(themeId, position + 1, ObjectiveData{0, {}, text.trimmed(), {}});
    renumber(themeId);
    audit(QStringLiteral("objective"), id, QStringLiteral("created"), {}, text.trimmed());
    transaction.commit();
    return id;
}

qint64 StructureStore::addAction(qint64 objectiveId, int position, const QString& text)
{
    TextInput::require(text, [] { return QCoreApplication::translate("wres", "The new action's text"); });
    WriteTransaction transaction(m_database);
    openGap(Kind::Action, objectiveId, position);
    ActionData action;
    action.text = text;
    action.status = Status::NotStarted; // a new action has not started: it shows so, not blank
    const qint64 id = PlanWriter(m_database).insertAction(objectiveId, position + 1, action);
    renumber(placeOf(Kind::Objective, objectiveId).parent);
    audit(QStringLiteral("action"), id, QStringLiteral("created"), {}, text);
    transaction.commit();
    return id;
}

void StructureStore::rename(Kind kind, qint64 id, const QString& text)
{
    if (kind == Kind::Action)
        throw InvalidRequest(QCoreApplication::translate("wres", "An action's text is changed in the action editor."));
    if (kind == Kind::Theme && text.trimmed().isEmpty())
        throw InvalidRequest(QCoreApplication::translate("wres", "A theme needs a name."));
    const Names n = namesOf(kind);
    const char* column = kind == Kind::Theme ? "name" : "text";
    TextInput::require(text, [&] {
        return QCoreApplication::translate("wres", "The %1's %2")
            .arg(QString::fromLatin1(n.entity), QString::fromLatin1(column));
    });
    WriteTransaction transaction(m_database);
    SqlQuery old(m_database.connection(),
                 sql("SELECT ", n) + QString::fromLatin1(column) + sql(" FROM $T WHERE id = :id", n));
    old.bind(QStringLiteral(":id"), id).exec();
    if (!old.next())
        throw InvalidRequest(QCoreApplication::translate("wres", "There is no such %1 in this file.")
                                 .arg(QString::fromLatin1(n.entity)));
    const QString before = old.text(0);
    old.finish();
    SqlQuery set(m_database.connection(),
                 sql("UPDATE $T SET ", n) + QString::fromLatin1(column) + QStringLiteral(" = :text WHERE id = :id"));
    set.bindText(QStringLiteral(":text"), text.trimmed()).bind(QStringLiteral(":id"), id).exec();
    audit(QString::fromLatin1(n.entity), id, QString::fromLatin1(column), before, text.trimmed());
    transaction.commit();
}

StructureStore::Contents StructureStore::contents(Kind kind, qint64 id) const
{
    const auto& db = m_database.connection();
    Contents c;
    auto number = [&](const QString& text) {
        SqlQuery q(db, text);
        q.bind(QStringLiteral(":id"), id).exec();
        return q.next() ? q.value(0).toInt() : 0;
    };
    switch (kind) {
    case Kind::Theme:
        c.objectives = number(QStringLiteral("SELECT COUNT(*) FROM objectives WHERE theme_id = :id"));
        c.actions = number(QStringLiteral("SELECT COUNT(*) FROM actions a JOIN objectives o ON o.id = a.objective_id "
                                          "WHERE o.theme_id = :id"));
        c.updates = number(QStringLiteral("SELECT COUNT(*) FROM status_updates u JOIN actions a ON a.id = u.action_id "
                                          "JOIN objectives o ON o.id = a.objective_id WHERE o.theme_id = :id"));
        break;
    case Kind::Objective:
        c.actions = number(QStringLiteral("SELECT COUNT(*) FROM actions WHERE objective_id = :id"));
        c.updates = number(QStringLiteral("SELECT COUNT(*) FROM status_updates u JOIN actions a ON a.id = u.action_id "
                                          "WHERE a.objective_id = :id"));
        break;
    case Kind::Action:
        c.updates = number(QStringLiteral("SELECT COUNT(*) FROM status_updates WHERE action_id = :id"));
        break;
    }
    return c;
}

ThemeData StructureStore::takeTheme(qint64 themeId, qint64* planId, int* position)
{
    WriteTransaction transaction(m_database);
    const Place place = placeOf(Kind::Theme, themeId);
    const PlanData plan = PlanStore(m_database).load(place.parent, true);
    ThemeData taken;
    for (const ThemeData& t : plan.themes)
        if (t.id == themeId)
            taken = t;
    // Written first: the line names the plan, which the row can no longer tell once it is gone.
    audit(QStringLiteral("theme"), themeId, QStringLiteral("deleted"), taken.name, {});
    SqlQuery remove(m_database.connection(), QStringLiteral("DELETE FROM themes WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), themeId).exec();
    closeGap(Kind::Theme, place.parent, place.position);
    transaction.commit();
    *planId = place.parent;
    *position = place.position;
    return taken;
}

ObjectiveData StructureStore::takeObjective(qint64 objectiveId, qint64* themeId, int* position)
{
    WriteTransaction transaction(m_database);
    const Place place = placeOf(Kind::Objective, objectiveId);
    const Place themePlace = placeOf(Kind::Theme, place.parent);
    const PlanData plan = PlanStore(m_database).load(themePlace.parent, true);
    ObjectiveData taken;
    for (const ThemeData& t : plan.themes)
        for (const ObjectiveData& o : t.objectives)
            if (o.id == objectiveId)
                taken = o;
    // Written first: the line names the plan, which the row can no longer tell once it is gone.
    audit(QStringLiteral("objective"), objectiveId, QStringLiteral("deleted"), taken.text, {});
    SqlQuery remove(m_database.connection(), QStringLiteral("DELETE FROM objectives WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), objectiveId).exec();
    closeGap(Kind::Objective, place.parent, place.position);
    renumber(place.parent);
    transaction.commit();
    *themeId = place.parent;
    *position = place.position;
    return taken;
}

ActionData StructureStore::takeAction(qint64 actionId, qint64* objectiveId, int* position)
{
    WriteTransaction transaction(m_database);
    const Place place = placeOf(Kind::Action, actionId);
    const qint64 theme = placeOf(Kind::Objective, place.parent).parent;
    ActionStore actions(m_database);
    ActionData taken = actions.action(actionId);
    taken.updates = actions.history(actionId);
    // Written first: the line names the plan, which the row can no longer tell once it is gone.
    audit(QStringLiteral("action"), actionId, QStringLiteral("deleted"), taken.text, {});
    SqlQuery remove(m_database.connection(), QStringLiteral("DELETE FROM actions WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), actionId).exec();
    closeGap(Kind::Action, place.parent, place.position);
    renumber(theme);
    transaction.commit();
    *objectiveId = place.parent;
    *position = place.position;
    return taken;
}

qint64 StructureStore::restoreTheme(qint64 planId, int position, const ThemeData& theme)
{
    WriteTransaction transaction(m_database);
    openGap(Kind::Theme, planId, position);
    const qint64 id = PlanWriter(m_database).insertTheme(planId, position + 1, theme);
    audit(QStringLiteral("theme"), id, QStringLiteral("restored"), {}, theme.name);
    transaction.commit();
    return id;
}

qint64 StructureStore::restoreObjective(qint64 themeId, int position, const ObjectiveData& objective)
{
    WriteTransaction transaction(m_database);
    openGap(Kind::Objective, themeId, position);
    const qint64 id = PlanWriter(m_database).insertObjective(themeId, position + 1, objective);
    renumber(themeId);
    audit(QStringLiteral("objective"), id, QStringLiteral("restored"), {}, objective.text);
    transaction.commit();
    return id;
}

qint64 StructureStore::restoreAction(qint64 objectiveId, int position, const ActionData& action)
{
    WriteTransaction transaction(m_database);
    openGap(Kind::Action, objectiveId, position);
    const qint64 id = PlanWriter(m_database).insertAction(objectiveId, position + 1, action);
    renumber(placeOf(Kind::Objective, objectiveId).parent);
    audit(QStringLiteral("action"), id, QStringLiteral("restored"), {}, action.text);
    transaction.commit();
    return id;
}

std::pair<qint64, int> StructureStore::moveActionTo(qint64 actionId, qint64 objectiveId, int position)
{
    WriteTransaction transaction(m_database);
    const Place from = placeOf(Kind::Action, actionId);
    const qint64 fromTheme = placeOf(Kind::Objective, from.parent).parent;
    const qint64 toTheme = placeOf(Kind::Objective, objectiveId).parent; // throws for an unknown objective
    SqlQuery detach(m_database.connection(), QStringLiteral("UPDATE actions SET objective_id = :objective, position = "
                                                            "-1 WHERE id = :id"));
    detach.bind(QStringLiteral(":objective"), objectiveId).bind(QStringLiteral(":id"), actionId).exec();
    closeGap(Kind::Action, from.parent, from.position);
    // Into its new place among the other actions, which are renumbered around it.
    SqlQuery others(m_database.connection(),
                    QStringLiteral("SELECT id FROM actions WHERE objective_id = :objective AND "
                                   "id <> :id ORDER BY position, id"));
    others.bind(QStringLiteral(":objective"), objectiveId).bind(QStringLiteral(":id"), actionId).exec();
    QList<qint64> order;
    while (others.next())
        order << others.id(0);
    others.finish();
    order.insert(std::clamp<qsizetype>(position, 0, order.size()), actionId);
    SqlQuery set(m_database.connection(), QStringLiteral("UPDATE actions SET position = :position WHERE id = :id"));
    for (qsizetype i = 0; i < order.size(); ++i)
        set.bind(QStringLiteral(":position"), int(i + 1)).bind(QStringLiteral(":id"), order[i]).exec();
    renumber(fromTheme);
    if (toTheme != fromTheme)
        renumber(toTheme);
    audit(QStringLiteral("action"), actionId, QStringLiteral("objective"), QString::number(from.parent),
          QString::number(objectiveId));
    transaction.commit();
    return {from.parent, from.position};
}

bool StructureStore::canMove(Kind kind, qint64 id, int delta) const
{
    const Names n = namesOf(kind);
    const Place place = placeOf(kind, id);
    SqlQuery count(m_database.connection(), sql("SELECT COUNT(*) FROM $T WHERE $P = :parent", n));
    count.bind(QStringLiteral(":parent"), place.parent).exec();
    count.next();
    const int target = place.position + delta;
    return delta != 0 && target >= 0 && target < count.value(0).toInt();
}

bool StructureStore::move(Kind kind, qint64 id, int delta)
{
    if (!canMove(kind, id, delta))
        return false;
    const Names n = namesOf(kind);
    WriteTransaction transaction(m_database);
    const Place place = placeOf(kind, id);
    closeGap(kind, place.parent, 0); // positions 1..n
    SqlQuery count(m_database.connection(), sql("SELECT COUNT(*) FROM $T WHERE $P = :parent", n));
    count.bind(QStringLiteral(":parent"), place.parent).exec();
    count.next();
    const int siblings = count.value(0).toInt();
    count.finish();
    const int target = place.position + delta;
    if (target < 0 || target >= siblings)
        return false;
    SqlQuery swap(m_database.connection(),
                  sql("UPDATE $T SET position = :new WHERE $P = :parent AND position = :old", n));
    swap.bind(QStringLiteral(":new"), 0)
        .bind(QStringLiteral(":parent"), place.parent)
        .bind(QStringLiteral(":old"), target + 1)
        .exec();
    SqlQuery self(m_database.connection(), sql("UPDATE $T SET position = :new WHERE id = :id", n));
    self.bind(QStringLiteral(":new"), target + 1).bind(QStringLiteral(":id"), id).exec();
    swap.bind(QStringLiteral(":new"), place.position + 1)
        .bind(QStringLiteral(":parent"), place.parent)
        .bind(QStringLiteral(":old"), 0)
        .exec();
    if (kind != Kind::Theme)
        renumber(themeOf(kind, id));
    audit(QString::fromLatin1(n.entity), id, QStringLiteral("position"), QString::number(place.position + 1),
          QString::number(target + 1));
    transaction.commit();
    return true;
}

} // namespace wres::core
