// The rules of a listing (overdue, due soon, no recent update, a lead, an indicator through the
// theme) are written once: the store turns a query into SQL, and ActionQuery::matches applies the
// same rules to rows in memory (the window's filters, the dashboard). Over many generated plans,
// days and queries the two must choose exactly the same actions.
#include "TestSupport.h"
#include "domain/ActionQuery.h"
#include "framework/Framework.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "timescale/TimescaleParser.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

const QStringList kLeads = {QStringLiteral("Head of EDI"), QStringLiteral("EDI Partner"),
                            QStringLiteral("Head of Recruitment"), QStringLiteral("Director of Nursing")};

IndicatorLinks randomLinks(QRandomGenerator& random)
{
    switch (random.bounded(4)) {
    case 0:
        return {IndicatorLinks::Scope::All, {}};
    case 1:
        return {IndicatorLinks::Scope::NotApplicable, {}};
    case 2:
        return {}; // none of its own: the theme's apply
    default: {
        IndicatorLinks links;
        for (int n = 1; n <= 9; ++n)
            if (random.bounded(3) == 0)
                links.numbers << n;
        // Links to WDES metrics and HIA measures, headings included, in catalogue order.
        for (const Framework* framework : {&Framework::wdes(), &Framework::hia()})
            for (const Indicator& indicator : framework->indicators)
                if (random.bounded(8) == 0)
                    links.others << IndicatorRef{framework->code, indicator.number};
        return links;
    }
    }
}

QString randomTimescale(QRandomGenerator& random)
{
    static const QStringList months = {QStringLiteral("January"), QStringLiteral("March"), QStringLiteral("June"),
                                       QStringLiteral("September"), QStringLiteral("December")};
    switch (random.bounded(5)) {
    case 0:
        return QStringLiteral("Ongoing");
    case 1:
        return QStringLiteral("When funding allows");
    case 2:
        return {};
    default:
        return QStringLiteral("%1 %2").arg(months[random.bounded(int(months.size()))]).arg(2023 + random.bounded(3));
    }
}

PlanData randomPlan(QRandomGenerator& random)
{
    PlanData plan;
    plan.info.title = QStringLiteral("Plan %1").arg(random.generate());
    for (int t = 0; t < 3; ++t) {
        ThemeData theme;
        theme.name = QStringLiteral("Theme %1").arg(t + 1);
        theme.indicators = randomLinks(random);
        for (int o = 0; o < 2; ++o) {
            ObjectiveData objective;
            objective.number = QString::number(o + 1);
            objective.text = QStringLiteral("Objective %1").arg(o + 1);
            for (int a = 0; a < 4; ++a) {
                ActionData action;
                action.number = QStringLiteral("%1.%2").arg(o + 1).arg(a + 1);
                action.text = QStringLiteral("Action %1").arg(a + 1);
                for (const QString& lead : kLeads)
                    if (random.bounded(3) == 0)
                        action.leads << lead;
                action.timescale = TimescaleParser::parse(randomTimescale(random));
                action.status = Status(random.bounded(5));
                action.rag = Rag(random.bounded(5));
                action.indicators = randomLinks(random);
                objective.actions << action;
            }
            theme.objectives << objective;
        }
        plan.themes << theme;
    }
    return plan;
}

TEST(ActionRules, TheStoresSqlAndTheRowsOwnRulesChooseTheSameActions)
{
    wres::test::Scratch scratch;
    auto db = Database::open(wres::test::storeLocation(scratch, QStringLiteral("rules.wres")),
                             Database::Mode::CreateIfMissing);
    QRandomGenerator random(20240415);
    QList<qint64> plans;
    ActionStore actions(*db);
    for (int p = 0; p < 6; ++p) {
        const qint64 planId = PlanStore(*db).addPlan(randomPlan(random));
        plans << planId;
        ActionQuery all;
        all.planId = planId;
        // Updates at different times, so "no update for N days" has something to tell apart.
        for (const ActionRow& row : actions.list(all))
            if (random.bounded(2) == 0) {
                UpdateRequest update;
                update.progress = QStringLiteral("Note");
                update.author = QStringLiteral("Tester");
                update.at =
                    QDateTime(QDate(2023, 1, 1).addDays(random.bounded(900)), QTime(random.bounded(24), 0), Qt::UTC);
                actions.recordUpdate(row.id, update);
            }
    }
    int checked = 0;
    int nonEmpty = 0;
    int otherFrameworks = 0;
    for (int q = 0; q < 300; ++q) {
        ActionQuery query;
        query.planId = plans[random.bounded(int(plans.size()))];
        query.today = QDate(2023, 1, 1).addDays(random.bounded(1100));
        if (random.bounded(4) == 0) {
            const QString lead = kLeads[random.bounded(int(kLeads.size()))];
            query.lead = random.bounded(2) ? lead.toUpper() : QStringLiteral("  ") + lead; // any case, any spaces
        }
        if (random.bounded(4) == 0)
            query.status = Status(random.bounded(5));
        if (random.bounded(4) == 0)
            query.rag = Rag(random.bounded(5));
        if (random.bounded(3) == 0) {
            // Any framework's measure: WRES by number, or a WDES or HIA measure or heading.
            switch (random.bounded(3)) {
            case 0:
                query.indicator = 1 + random.bounded(9);
                break;
            default: {
                const Framework& framework = random.bounded(2) ? Framework::wdes() : Framework::hia();
                query.indicatorFramework = framework.code;
                query.indicator = framework.indicators[random.bounded(int(framework.indicators.size()))].number;
                break;
            }
            }
        }
        query.overdueOnly = random.bounded(4) == 0;
        if (random.bounded(4) == 0)
            query.dueWithinDays = random.bounded(120);
        if (random.bounded(4) == 0)
            query.noUpdateForDays = random.bounded(400);

        ActionQuery whole;
        whole.planId = query.planId;
        QList<qint64> inMemory;
        for (const ActionRow& row : actions.list(whole))
            if (query.matches(row))
                inMemory << row.id;
        QList<qint64> bySql;
        for (const ActionRow& row : actions.list(query))
            bySql << row.id;
        ASSERT_EQ(bySql, inMemory) << "query " << q << " on " << query.today.toString(Qt::ISODate).toStdString();
        ++checked;
        nonEmpty += bySql.isEmpty() ? 0 : 1;
        otherFrameworks += !query.indicatorFramework.isEmpty() && !bySql.isEmpty() ? 1 : 0;
    }
    EXPECT_EQ(checked, 300);
    EXPECT_GT(nonEmpty, 100) << "the queries chose something often enough to mean something";
    EXPECT_GT(otherFrameworks, 20) << "queries by a WDES or HIA link that chose something";
}

TEST(ActionRules, TheDaysAreCountedAsPublished)
{
    ActionRow row;
    row.timescale = TimescaleParser::parse(QStringLiteral("March 2024"));
    const QDate due(2024, 3, 31);
    EXPECT_FALSE(row.isOverdue(due)) << "due today is not overdue";
    EXPECT_TRUE(row.isOverdue(due.addDays(1)));
    EXPECT_TRUE(row.isDueWithin(due.addDays(-ActionQuery::kDueSoonDays), ActionQuery::kDueSoonDays));
    EXPECT_FALSE(row.isDueWithin(due.addDays(-ActionQuery::kDueSoonDays - 1), ActionQuery::kDueSoonDays));
    row.status = Status::Complete;
    EXPECT_FALSE(row.isOverdue(due.addDays(1))) << "complete is never overdue";
    EXPECT_TRUE(row.hasNoUpdateFor(due, ActionQuery::kStaleDays)) << "never updated";
    row.lastUpdate = QDateTime(due.addDays(-ActionQuery::kStaleDays), QTime(0, 0), Qt::UTC);
    EXPECT_FALSE(row.hasNoUpdateFor(due, ActionQuery::kStaleDays));
    row.lastUpdate = row.lastUpdate.addMSecs(-1);
    EXPECT_TRUE(row.hasNoUpdateFor(due, ActionQuery::kStaleDays));
}

TEST(ActionRules, TheClockCanBeFixedForAWhile)
{
    const QDate real = Clock::today();
    {
        const Clock::Fixed fixed(QDate(2024, 4, 15));
        EXPECT_EQ(Clock::today(), QDate(2024, 4, 15));
        EXPECT_EQ(ActionQuery().today, QDate(2024, 4, 15)) << "a query's day is the clock's";
    }
    EXPECT_EQ(Clock::today(), real);
}

} // namespace
