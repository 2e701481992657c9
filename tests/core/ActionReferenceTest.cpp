// One reference per action (issue 16): unambiguous within the plan, the same whatever a listing's
// filter leaves, and the same in every output that names an action.
#include "domain/ActionReference.h"

#include "TestSupport.h"
#include "demo/DemoPlan.h"
#include "io/ActionList.h"
#include "io/Calendar.h"
#include "io/PlanCsv.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "updates/UpdateRequests.h"

#include <QRandomGenerator>
#include <QSet>

#include <gtest/gtest.h>

using namespace wres::core;
using ActionReference::Numbered;

namespace {

QStringList referencesOf(const QList<Numbered>& actions)
{
    const QHash<qint64, QString> references = ActionReference::forPlan(actions);
    QStringList out;
    for (const Numbered& a : actions)
        out << references.value(a.actionId);
    return out;
}

TEST(ActionReference, APlanThatNumbersItsActionsUniquelyKeepsItsPublishedNumbers)
{
    // Objective 1 with actions "1" and "2", objective 2 whose actions already carry "2.1": as published.
    const QList<Numbered> actions{{1, 1, 1, "1", "1"}, {2, 1, 1, "1", "2"}, {3, 2, 1, "2", "2.1"}};
    EXPECT_EQ(referencesOf(actions), (QStringList{"1.1", "1.2", "2.1"}));
    // A flat, plan-wide numbering (1–14 as one Trust prints it) stays flat.
    const QList<Numbered> flat{{1, 1, 1, "", "1"}, {2, 1, 2, "", "2"}, {3, 2, 1, "", "3"}};
    EXPECT_EQ(referencesOf(flat), (QStringList{"1", "2", "3"}));
}

TEST(ActionReference, NumbersThatRestartInEachThemeGetTheThemeInFront)
{
    // Two themes each with an action "3.1" (as in the board paper review): "1.3.1" and "2.3.1".
    const QList<Numbered> actions{{1, 1, 1, "3", "1"}, {2, 2, 1, "3", "3.1"}, {3, 2, 1, "3", "3.2"}};
    EXPECT_EQ(referencesOf(actions), (QStringList{"1.3.1", "2.3.1", "2.3.2"}));
}

TEST(ActionReference, MissingNumbersAreCountedAndClashesWithinAThemeFallBackToPlaces)
{
    // Unnumbered actions: the theme, then the objective's and the action's places.
    const QList<Numbered> unnumbered{{1, 1, 1, "", ""}, {2, 1, 1, "", ""}, {3, 1, 2, "", ""}};
    EXPECT_EQ(referencesOf(unnumbered), (QStringList{"1.1.1", "1.1.2", "1.2.1"}));
    // Two objectives typed "1" in one theme, each with action "1": only places tell them apart.
    const QList<Numbered> clash{{1, 1, 1, "1", "1"}, {2, 1, 2, "1", "1"}};
    EXPECT_EQ(referencesOf(clash), (QStringList{"1.1.1", "1.2.1"}));
    // Case does not make a number different: "1a" and "1A" are the same to a reader.
    const QList<Numbered> cased{{1, 1, 1, "", "1a"}, {2, 1, 1, "", "1A"}};
    EXPECT_EQ(referencesOf(cased), (QStringList{"1.1.1", "1.1.2"}));
}

TEST(ActionReference, EveryGeneratedPlanGetsOneNonEmptyReferencePerActionAndNoTwoAlike)
{
    QRandomGenerator random(20261130);
    const QStringList numbers{"", "1", "1", "2", "1.1", "2.1", "a", "A", "3", "10"};
    for (int round = 0; round < 500; ++round) {
        QList<Numbered> actions;
        const int themes = random.bounded(1, 5);
        qint64 id = 1;
        for (int t = 1; t <= themes; ++t)
            for (int o = 1, objectives = random.bounded(1, 4); o <= objectives; ++o)
                for (int a = 0, count = random.bounded(0, 5); a < count; ++a)
                    actions << Numbered{id++, t, o, numbers[random.bounded(numbers.size())],
                                        numbers[random.bounded(numbers.size())]};
        const QStringList references = referencesOf(actions);
        QSet<QString> seen;
        for (const QString& r : references) {
            ASSERT_FALSE(r.isEmpty()) << "round " << round;
            ASSERT_FALSE(seen.contains(r.toCaseFolded())) << "round " << round << ": " << r.toStdString();
            seen.insert(r.toCaseFolded());
        }
    }
}

class ActionReferenceStore : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = Database::open(wres::test::storeLocation(scratch, QStringLiteral("plan.wres")),
                            Database::Mode::CreateIfMissing);
        planId = PlanStore(*db).addPlan(DemoPlan::load());
    }
    wres::test::Scratch scratch;
    std::unique_ptr<Database> db;
    qint64 planId = 0;
};

TEST_F(ActionReferenceStore, TheDemosRepeatedNumbersBecomeThemedReferencesWhateverTheFilter)
{
    ActionQuery all;
    all.planId = planId;
    const QList<ActionRow> rows = ActionStore(*db).list(all);
    ASSERT_EQ(rows.size(), 12);
    EXPECT_EQ(rows[0].displayNumber(), QStringLiteral("1.1")) << "the number as typed is kept beside it";
    EXPECT_EQ(rows[0].reference, QStringLiteral("1.1.1"));
    QSet<QString> seen;
    QHash<qint64, QString> byId;
    for (const ActionRow& row : rows) {
        EXPECT_FALSE(seen.contains(row.reference)) << row.reference.toStdString();
        seen.insert(row.reference);
        byId.insert(row.id, row.reference);
    }
    // A filtered listing shows the same references: they are decided over the whole plan.
    ActionQuery oneLead = all;
    oneLead.lead = QStringLiteral("Head of EDI");
    const QList<ActionRow> some = ActionStore(*db).list(oneLead);
    ASSERT_FALSE(some.isEmpty());
    ASSERT_LT(some.size(), rows.size());
    for (const ActionRow& row : some)
        EXPECT_EQ(row.reference, byId.value(row.id));
}

TEST_F(ActionReferenceStore, ListingsCalendarsAndRequestsNameActionsByTheSameReference)
{
    ActionQuery all;
    all.planId = planId;
    const QList<ActionRow> rows = ActionStore(*db).list(all);
    const QString csv = QString::fromUtf8(ActionList::toCsv(rows, QDate(2026, 11, 30)));
    const QString table = QString::fromUtf8(ActionList::toTable(rows, QDate(2026, 11, 30)));
    const PlanData plan = PlanStore(*db).load(planId, false);
    // Unfolded: the calendar folds long lines.
    const QString ics =
        QString::fromUtf8(Calendar::write(plan.info, rows, QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC)))
            .replace(QStringLiteral("\r\n "), QString());
    UpdateRequests::Options options;
    options.today = QDate(2026, 11, 30);
    const auto requests = UpdateRequests::gather(*db, planId, options);
    QHash<qint64, QString> requested;
    for (const auto& request : requests)
        for (const auto& action : request.actions)
            requested.insert(action.id, action.number);
    for (const ActionRow& row : rows) {
        EXPECT_TRUE(csv.contains(QStringLiteral("\n%1,%2,").arg(row.id).arg(row.reference)))
            << row.reference.toStdString();
        EXPECT_TRUE(table.contains(row.reference));
        if (requested.contains(row.id)) {
            EXPECT_EQ(requested.value(row.id), row.reference);
        }
        if (!row.isClosed() && row.timescale.kind == Timescale::Kind::Dated) {
            EXPECT_TRUE(ics.contains(QStringLiteral("Action ") + row.reference)) << row.reference.toStdString();
        }
    }
    const QHash<qint64, QString> fromTree = ActionReference::forPlan(plan);
    for (const ActionRow& row : rows)
        EXPECT_EQ(fromTree.value(row.id), row.reference) << "a loaded plan numbers as a listing does";
}

} // namespace
