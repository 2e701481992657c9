#pragma once

#include "PlanData.h"

#include <QHash>
#include <QList>
#include <QString>

namespace wres::core::ActionReference {

// An action as its plan numbers it, in plan order: the 1-based places of its theme (in the plan) and
// objective (in the theme), and the numbers as typed.
struct Numbered
{
    qint64 actionId = 0;
    int theme = 0;
    int objective = 0;
    QString objectiveNumber;
    QString actionNumber;
};

// The one reference of each action of ONE plan (see docs/decisions.md, "One reference per action"):
//   1. the published number ("3.1": the objective's and the action's numbers as typed, or an action
//      number that already holds its objective's, or a flat "12") when every action has one and no
//      two are the same (ignoring case);
//   2. otherwise the theme's place before it ("2.3.1"), still with the numbers as typed, when that
//      makes every reference different;
//   3. otherwise places alone ("2.3.1" from theme, objective and action places), always unique.
// The whole plan is one decision, so references never mix forms.
QHash<qint64, QString> forPlan(const QList<Numbered>& actions);
QHash<qint64, QString> forPlan(const PlanData& plan);

} // namespace wres::core::ActionReference
