#pragma once

#include "IndicatorLinks.h"
#include "Rag.h"
#include "Status.h"
#include "Timescale.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace wres::core {

// An action's number as shown: "2.3" from objective "2" and action "3"; an action number that
// already has its objective's ("2.3") or an objective without a number gives the action's own.
inline QString displayNumber(const QString& objectiveNumber, const QString& actionNumber)
{
    if (objectiveNumber.isEmpty() || actionNumber.contains(QLatin1Char('.')))
        return actionNumber;
    return objectiveNumber + QLatin1Char('.') + actionNumber;
}

// One action as listed: the action with the names of where it sits, for tables and exports.
struct ActionRow
{
    qint64 id = 0;
    qint64 planId = 0;
    qint64 themeId = 0;
    qint64 objectiveId = 0;
    QString theme;
    QString objectiveNumber;
    QString objective;
    QString number;    // as typed
    QString reference; // the one reference shown everywhere, unique in the plan (core::ActionReference)
    QString text;
    QStringList leads;
    Timescale timescale;
    Status status = Status::None;
    Rag rag = Rag::None;
    IndicatorLinks indicators;
    IndicatorLinks themeIndicators; // read when the action lists none of its own

    // An action listing no indicators of its own is read against its theme's (as published plans
    // often give them per theme only): it inherits them.
    bool inheritsIndicators() const { return indicators.isEmpty(); }
    const IndicatorLinks& effectiveIndicators() const { return inheritsIndicators() ? themeIndicators : indicators; }
    // The action's own links, or its theme's when it lists none (as published plans often do).
    bool aims(int indicator) const
    {
        if (indicators.scope == IndicatorLinks::Scope::Listed && indicators.numbers.isEmpty())
            return themeIndicators.covers(indicator);
        return indicators.covers(indicator);
    }
    // The same for any framework's indicator (WDES 4a, HIA 2a): the action's own links in that
    // framework, or its theme's when it names none of that framework; headings cover what is under
    // them and are covered by it (Framework::ancestors, descendants).
    bool aims(const QString& framework, int indicator) const
    {
        if (indicators.scope == IndicatorLinks::Scope::Listed && !indicators.namesAny(framework))
            return themeIndicators.covers(framework, indicator);
        return indicators.covers(framework, indicator);
    }
    QDateTime lastUpdate; // null when no status update was ever recorded
    QDateTime createdAt;
    QString progress;   // the latest progress note
    QString milestones; // as typed, with their line breaks and bullets
    int revision = 1;

    // The number as published ("2.3"), shown beside the reference where the two differ.
    QString displayNumber() const { return core::displayNumber(objectiveNumber, number); }
    bool isClosed() const { return status == Status::Complete || rag == Rag::Blue; }
    // The rules every listing shares (ActionQuery::matches, the store's SQL, the window's filters,
    // the dashboard): overdue is a due date before today on an open action; due within N days runs
    // from today to today + N; "no update for N days" counts from midnight UTC N days ago.
    bool isOverdue(const QDate& today) const
    {
        return !isClosed() && timescale.kind == Timescale::Kind::Dated && timescale.due < today;
    }
    bool isDueWithin(const QDate& today, int days) const
    {
        return !isClosed() && timescale.kind == Timescale::Kind::Dated && timescale.due >= today &&
               timescale.due <= today.addDays(days);
    }
    bool hasNoUpdateFor(const QDate& today, int days) const
    {
        return !lastUpdate.isValid() || lastUpdate < QDateTime(today.addDays(-days), QTime(0, 0), Qt::UTC);
    }
};

} // namespace wres::core
