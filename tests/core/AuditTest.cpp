#include "TestSupport.h"
#include "io/AuditCsv.h"
#include "io/CsvTable.h"
#include "store/ActionStore.h"
#include "store/AuditStore.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/PlanStore.h"
#include "store/StructureStore.h"

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

class Audit : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = Database::open(wres::test::storeLocation(scratch, "plan.wres"), Database::Mode::CreateIfMissing);
        planId = PlanStore(*db).addPlan(wres::test::samplePlan());
        other = PlanStore(*db).addPlan(wres::test::samplePlan());
    }

    QList<AuditRecord> trail(AuditQuery query = {}) const
    {
        if (!query.planId)
            query.planId = planId;
        return AuditStore(*db).list(query);
    }

    qint64 firstActionOf(qint64 plan) const
    {
        ActionQuery q;
        q.planId = plan;
        return ActionStore(*db).list(q).front().id;
    }

    wres::test::Scratch scratch;
    std::unique_ptr<Database> db;
    qint64 planId = 0;
    qint64 other = 0;
};

TEST_F(Audit, EveryKindOfChangeIsInThePlansTrailWithWhoAndWhat)
{
    const qint64 action = firstActionOf(planId);
    UpdateRequest request;
    request.status = Status::Delayed;
    request.author = "Head of EDI";
    ActionStore(*db).recordUpdate(action, request);
    UpdateRequest elsewhere;
    elsewhere.status = Status::Complete;
    elsewhere.author = "Someone in the other plan";
    ActionStore(*db).recordUpdate(firstActionOf(other), elsewhere);

    StructureStore structure(*db, "EDI Manager");
    const qint64 theme = structure.addTheme(planId, 0, "Leadership");
    structure.rename(StructureStore::Kind::Theme, theme, "Inclusive leadership");
    qint64 parent = 0;
    int position = 0;
    structure.takeAction(action, &parent, &position);
    structure.takeTheme(theme, &parent, &position);
    MetricStore(*db, "Workforce Analyst", "window")
        .importCounts({MetricCount{2, "2023/24", {}, "BME", 12, 100, {}, 0}});
    MetricStore(*db, "Workforce Analyst", "window").setRedactionThreshold(5);

    const QList<AuditRecord> lines = trail();
    QStringList seen;
    for (const AuditRecord& r : lines)
        seen << r.subject + ":" + r.entry.field + ":" + r.entry.oldValue + "→" + r.entry.newValue + ":" +
                    r.entry.author;
    const QString all = seen.join('\n');
    EXPECT_TRUE(all.contains("Action (deleted):status:In progress→Delayed:Head of EDI")) << all.toStdString();
    EXPECT_TRUE(all.contains("Action (deleted):deleted:"));
    EXPECT_TRUE(all.contains("Theme (deleted):created:→Leadership:EDI Manager"));
    EXPECT_TRUE(all.contains("Theme (deleted):name:Leadership→Inclusive leadership"));
    EXPECT_TRUE(all.contains("Theme (deleted):deleted:Inclusive leadership→"));
    EXPECT_TRUE(all.contains("Indicator 2:2023/24:→BME: 12 out of 100:Workforce Analyst"));
    EXPECT_TRUE(all.contains("Metrics:redaction threshold:10→5"));
    EXPECT_FALSE(all.contains("Someone in the other plan")) << "another plan's changes are its own";
    for (const AuditRecord& r : lines)
        EXPECT_TRUE(r.entry.planId == planId || r.entry.entity == "metric") << r.subject.toStdString();
    for (qsizetype i = 1; i < lines.size(); ++i)
        EXPECT_LT(lines[i - 1].id, lines[i].id) << "oldest first";
}

TEST_F(Audit, FiltersByActionAuthorTextAndTime)
{
    const qint64 action = firstActionOf(planId);
    UpdateRequest request;
    request.progress = "Panels trained: 100% done";
    request.author = "Head of EDI";
    request.at = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
    ActionStore(*db).recordUpdate(action, request);
    StructureStore(*db, "EDI Manager").addTheme(planId, 0, "Leadership");
    ActionData edited = ActionStore(*db).action(action);
    edited.milestones = "Q3";
    ActionStore(*db).edit(action, edited, edited.revision, "EDI Manager", "window");

    AuditQuery byAction;
    byAction.entity = "action";
    byAction.entityId = action;
    EXPECT_EQ(trail(byAction).size(), 3) << "progress, the update, milestones";
    AuditQuery byAuthor;
    byAuthor.author = "EDI Manager";
    EXPECT_EQ(trail(byAuthor).size(), 2);
    AuditQuery byText;
    byText.text = "100%"; // LIKE wildcards are matched as themselves
    ASSERT_EQ(trail(byText).size(), 1);
    EXPECT_EQ(trail(byText).front().entry.field, "progress");
    byText.text = "LEADERSHIP";
    EXPECT_EQ(trail(byText).size(), 1) << "any case";
    AuditQuery later;
    later.since = QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC);
    EXPECT_EQ(trail(later).size(), 2) << "the update of 1 May is before; the theme and the edit after";
    later.until = QDateTime(QDate(2024, 6, 2), QTime(0, 0), Qt::UTC);
    EXPECT_TRUE(trail(later).isEmpty());
    later.until = {};
    later.since = QDateTime::currentDateTimeUtc().addSecs(600);
    EXPECT_TRUE(trail(later).isEmpty());
    EXPECT_EQ(AuditStore(*db).authors(planId), QStringList({"EDI Manager", "Head of EDI"}));
}

TEST_F(Audit, CsvExportIsGuardedAndReadsBack)
{
    UpdateRequest request;
    request.progress = "=HYPERLINK(\"http://x\")";
    request.author = "@admin";
    ActionStore(*db).recordUpdate(firstActionOf(planId), request);
    const QByteArray csv = auditCsv(trail());
    Problems problems;
    const CsvTable table = readCsv(csv, "audit.csv", problems);
    ASSERT_TRUE(problems.isEmpty());
    EXPECT_EQ(table.header, QStringList({"recorded_at", "author", "subject", "entity", "entity_id", "field",
                                         "old_value", "new_value", "source"}));
    ASSERT_EQ(table.records.size(), 2);
    EXPECT_EQ(table.records[0].fields[1], "'@admin");
    EXPECT_EQ(table.records[0].fields[2], "Action 1.1.1") << "the action's one reference";
    EXPECT_EQ(table.records[0].fields[7], "'=HYPERLINK(\"http://x\")");
    EXPECT_EQ(unguardCsvText(table.records[0].fields[7]), request.progress);
    EXPECT_TRUE(auditText(trail()).contains("Action 1.1.1  progress: (empty) → =HYPERLINK"));
}

} // namespace
