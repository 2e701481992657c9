#include "ActionReference.h"

#include "ActionRow.h"

#include <QSet>

namespace wres::core::ActionReference {
namespace {

// The references of a form, or none when one is empty or two are the same.
template <typename Form>
std::optional<QHash<qint64, QString>> uniqueOrNone(const QList<Numbered>& actions, const QList<int>& places, Form form)
{
    QHash<qint64, QString> references;
    references.reserve(actions.size());
    QSet<QString> seen;
    seen.reserve(actions.size());
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QString reference = form(actions[i], places[i]);
        if (reference.isEmpty())
            return std::nullopt;
        const QString key = reference.toCaseFolded();
        if (seen.contains(key))
            return std::nullopt;
        seen.insert(key);
        references.insert(actions[i].actionId, reference);
    }
    return references;
}

} // namespace

QHash<qint64, QString> forPlan(const QList<Numbered>& actions)
{
    // Each action's place within its objective, counted in plan order.
    QList<int> places;
    places.reserve(actions.size());
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const bool sameObjective =
            i > 0 && actions[i].theme == actions[i - 1].theme && actions[i].objective == actions[i - 1].objective;
        places << (sameObjective ? places.back() + 1 : 1);
    }
    const auto published = [](const Numbered& a, int) -> QString {
        return displayNumber(a.objectiveNumber.trimmed(), a.actionNumber.trimmed());
    };
    if (auto references = uniqueOrNone(actions, places, published))
        return *references;
    const auto themed = [](const Numbered& a, int place) -> QString {
        const QString objective = a.objectiveNumber.trimmed();
        const QString action = a.actionNumber.trimmed();
        const QString number = displayNumber(objective.isEmpty() ? QString::number(a.objective) : objective,
                                             action.isEmpty() ? QString::number(place) : action);
        return QString::number(a.theme) + QLatin1Char('.') + number;
    };
    if (auto references = uniqueOrNone(actions, places, themed))
        return *references;
    QHash<qint64, QString> references;
    for (qsizetype i = 0; i < actions.size(); ++i)
        references.insert(actions[i].actionId,
                          QStringLiteral("%1.%2.%3").arg(actions[i].theme).arg(actions[i].objective).arg(places[i]));
    return references;
}

QHash<qint64, QString> forPlan(const PlanData& plan)
{
    QList<Numbered> actions;
    actions.reserve(plan.actionCount());
    for (qsizetype t = 0; t < plan.themes.size(); ++t) {
        const ThemeData& theme = plan.themes[t];
        for (qsizetype o = 0; o < theme.objectives.size(); ++o)
            for (const ActionData& action : theme.objectives[o].actions)
                actions << Numbered{action.id, int(t + 1), int(o + 1), theme.objectives[o].number, action.number};
    }
    return forPlan(actions);
}

} // namespace wres::core::ActionReference
