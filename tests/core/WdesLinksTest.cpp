// Actions link to any framework's measures (issue 18): WRES indicators, WDES metrics and the EDI
// Improvement Plan's high impact actions, in one unambiguous text form; filtered by framework in SQL
// and in memory alike; and the schema change (version 8) adds to a file without touching its rows.
#include "TestSupport.h"
#include "domain/IndicatorLinks.h"
#include "framework/Framework.h"
#include "io/PlanCsv.h"
#include "io/PlanJson.h"
#include "store/ActionStore.h"
#include "store/AuditStore.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/Migrations.h"
#include "store/PlanStore.h"
#include "store/StoreError.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>
#include <random>

using namespace wres::core;

namespace {

int code(const Framework& f, const char* written)
{
    const Indicator* indicator = f.indicatorByCode(QString::fromLatin1(written));
    EXPECT_NE(indicator, nullptr) << written;
    return indicator ? indicator->number : 0;
}

IndicatorLinks parsed(const QString& text)
{
    const IndicatorParseResult r = parseIndicatorLinks(text, 9);
    EXPECT_EQ(r.error, QString()) << text.toStdString();
    return r.links;
}

TEST(IndicatorLinksAcrossFrameworks, TheIssuesFormReadsAndWritesBack)
{
    const IndicatorLinks links = parsed("WRES 2; WDES 4a; HIA 2");
    EXPECT_EQ(links.numbers, QList<int>{2});
    ASSERT_EQ(links.others.size(), 2);
    EXPECT_EQ(links.others[0], (IndicatorRef{"WDES", code(Framework::wdes(), "4a")}));
    EXPECT_EQ(links.others[1], (IndicatorRef{"HIA", code(Framework::hia(), "2")}));
    EXPECT_EQ(links.toText(), "WRES 2; WDES 4a; HIA 2");
    EXPECT_EQ(parsed(links.toText()), links);
    // Several codes each, any order, any case, in catalogue order when written.
    // A framework's name holds until the next name: "WRES" again before 7 and 2.
    const IndicatorLinks many = parsed("hia 6a, 2a; WDES 4a (iii), 9b; WRES 7, 2");
    EXPECT_EQ(many.toText(), "WRES 2, 7; WDES 4a(iii), 9b; HIA 2a, 6a");
    EXPECT_EQ(parsed("WDES 5").toText(), "WDES 5") << "WDES alone, no WRES part";
}

TEST(IndicatorLinksAcrossFrameworks, PlansThatNameOnlyWresNumbersReadAsToday)
{
    for (const char* text : {"2, 7", "2;7", "Indicator 3", "WRES 1, 2 and 7", "All", "n/a", ""}) {
        const IndicatorLinks links = parsed(text);
        EXPECT_TRUE(links.others.isEmpty()) << text;
    }
    EXPECT_EQ(parsed("WRES 1, 2 and 7").toText(), "1, 2, 7");
    EXPECT_EQ(parsed("2;7").toText(), "2, 7");
}

TEST(IndicatorLinksAcrossFrameworks, BadLinksNameWhatIsWrong)
{
    auto error = [](const char* text) { return parseIndicatorLinks(QString::fromLatin1(text), 9).error; };
    EXPECT_TRUE(error("WDES 11").startsWith("'WDES 11' is not a measure of WDES (1, 2, 3, 4, 4a, 4a(i),"));
    EXPECT_TRUE(error("HIA 7a").startsWith("'HIA 7a' is not a measure of HIA"));
    EXPECT_TRUE(error("12").startsWith("'12' is not an indicator number"));
    EXPECT_EQ(error("2; WDES"), "'WDES' is followed by none of its measures");
    EXPECT_TRUE(parseIndicatorLinks("WDES 11", 9).links.isEmpty()) << "nothing is kept from bad text";
}

TEST(IndicatorLinksAcrossFrameworks, AHeadingCoversWhatIsUnderItAndTheOtherWayRound)
{
    const Framework& w = Framework::wdes();
    const IndicatorLinks heading = parsed("WDES 4a");
    EXPECT_TRUE(heading.covers("WDES", code(w, "4a(ii)")));
    EXPECT_TRUE(heading.covers("WDES", code(w, "4")));
    EXPECT_FALSE(heading.covers("WDES", code(w, "4b")));
    EXPECT_FALSE(heading.covers("WDES", code(w, "5")));
    EXPECT_FALSE(heading.covers("HIA", code(Framework::hia(), "4a"))) << "the same code in another framework";
    const IndicatorLinks all = parsed("All");
    EXPECT_TRUE(all.covers("WRES", 5));
    EXPECT_FALSE(all.covers("WDES", code(w, "5"))) << "All is the plan's own framework";
}

PlanData linkedPlan()
{
    PlanData plan = wres::test::samplePlan();
    // Theme 1 (WRES 1, 2) gains WDES 2; action 1.2 lists none of its own; 2.1 is "All".
    plan.themes[0].indicators = parsed("WRES 1, 2; WDES 2");
    plan.themes[0].objectives[0].actions[0].indicators = parsed("WRES 2; WDES 4a; HIA 2");
    plan.themes[1].objectives[0].actions[0].indicators = parsed("WDES 4a(iii), 9b; HIA 6b");
    return plan;
}

TEST(WdesLinkStore, LinksToEveryFrameworkAreStoredAndReadBack)
{
    wres::test::Scratch scratch;
    auto db = Database::open(wres::test::storeLocation(scratch, "links.wres"), Database::Mode::CreateIfMissing);
    PlanStore store(*db);
    const PlanData plan = linkedPlan();
    const PlanData loaded = store.load(store.addPlan(plan), false);
    EXPECT_EQ(loaded.themes[0].indicators.toText(), "WRES 1, 2; WDES 2");
    EXPECT_EQ(loaded.themes[0].objectives[0].actions[0].indicators.toText(), "WRES 2; WDES 4a; HIA 2");
    EXPECT_EQ(loaded.themes[1].objectives[0].actions[0].indicators.toText(), "WDES 4a(iii), 9b; HIA 6b");
    // The same through the listing the window and `actions` read, and through an edit.
    const QList<ActionRow> rows = ActionStore(*db).list({});
    EXPECT_EQ(rows[0].indicators.toText(), "WRES 2; WDES 4a; HIA 2");
    ActionData edited = ActionStore(*db).action(rows[0].id);
    edited.indicators = parsed("WDES 9a; HIA 2a");
    ActionStore(*db).edit(rows[0].id, edited, rows[0].revision, "Head of EDI", "test");
    EXPECT_EQ(ActionStore(*db).action(rows[0].id).indicators.toText(), "WDES 9a; HIA 2a");
    AuditQuery query;
    query.planId = rows[0].planId;
    query.entity = "action";
    query.entityId = rows[0].id;
    bool audited = false;
    for (const AuditRecord& r : AuditStore(*db).list(query))
        audited = audited || (r.entry.field == "indicators" && r.entry.oldValue == "WRES 2; WDES 4a; HIA 2" &&
                              r.entry.newValue == "WDES 9a; HIA 2a");
    EXPECT_TRUE(audited) << "the audit trail reads the links in the same form";
}

// The SQL filter (actions --indicator) and the in-memory one (the window's) must agree, for every
// measure of every framework, over generated plans.
TEST(WdesLinkStore, PropertyTheFilterInSqlAgreesWithTheRowsOwnReading)
{
    wres::test::Scratch scratch;
    auto db = Database::open(wres::test::storeLocation(scratch, "filter.wres"), Database::Mode::CreateIfMissing);
    std::mt19937 random(18);
    QStringList pool;
    for (const Framework* f : Framework::all())
        for (const Indicator& i : f->indicators)
            pool << f->code + QLatin1Char(' ') + i.code;
    auto someLinks = [&] {
        const int n = int(random() % 4);
        if (random() % 9 == 0)
            return parsed(random() % 2 ? "All" : "n/a");
        QStringList parts;
        for (int i = 0; i < n; ++i)
            parts << pool[int(random() % pool.size())];
        return parsed(parts.join("; "));
    };
    PlanData plan = wres::test::samplePlan();
    for (int round = 0; round < 3; ++round) {
        for (ThemeData& theme : plan.themes) {
            theme.indicators = someLinks();
            for (ObjectiveData& objective : theme.objectives)
                for (ActionData& action : objective.actions)
                    action.indicators = someLinks();
        }
        PlanStore(*db).addPlan(plan);
    }
    const QList<ActionRow> all = ActionStore(*db).list({});
    int matched = 0;
    for (const Framework* f : Framework::all())
        for (const Indicator& i : f->indicators) {
            ActionQuery query;
            query.indicator = i.number;
            query.indicatorFramework = f == &Framework::wres() ? QString() : f->code;
            QList<qint64> bySql;
            for (const ActionRow& row : ActionStore(*db).list(query))
                bySql << row.id;
            QList<qint64> byRow;
            for (const ActionRow& row : all)
                if (row.aims(f->code, i.number))
                    byRow << row.id;
            EXPECT_EQ(bySql, byRow) << i.label().toStdString();
            matched += int(bySql.size());
            if (f == &Framework::wres()) { // and the old reading of WRES numbers is unchanged
                QList<qint64> old;
                for (const ActionRow& row : all)
                    if (row.aims(i.number))
                        old << row.id;
                EXPECT_EQ(bySql, old) << i.label().toStdString();
            }
        }
    EXPECT_GT(matched, 30) << "the generated plans must link to something";
}

TEST(WdesLinkStore, AnActionListingNoneOfAFrameworkIsReadAgainstItsThemesLinksInThatFramework)
{
    wres::test::Scratch scratch;
    auto db = Database::open(wres::test::storeLocation(scratch, "theme.wres"), Database::Mode::CreateIfMissing);
    PlanStore(*db).addPlan(linkedPlan());
    ActionQuery wdes2;
    wdes2.indicator = code(Framework::wdes(), "2");
    wdes2.indicatorFramework = "WDES";
    QStringList numbers;
    for (const ActionRow& row : ActionStore(*db).list(wdes2))
        numbers << row.number;
    // 1.2 lists nothing (its theme's WDES 2); 1.1 lists WDES 4a, so not its theme's WDES 2; 2.1 is "All",
    // WRES only.
    EXPECT_EQ(numbers, QStringList{"1.2"});
    ActionQuery wres2;
    wres2.indicator = 2;
    numbers.clear();
    for (const ActionRow& row : ActionStore(*db).list(wres2))
        numbers << row.number;
    EXPECT_EQ(numbers, (QStringList{"1.1", "1.2", "2.1"})) << "a WDES link does not hide the theme's WRES ones";
    ActionQuery heading;
    heading.indicator = code(Framework::wdes(), "4");
    heading.indicatorFramework = "WDES";
    EXPECT_EQ(ActionStore(*db).list(heading).size(), 2) << "4 covers 4a and 4a(iii)";
}

TEST(WdesLinkStore, PlanCsvAndJsonCarryTheLinksAndRoundTrip)
{
    const PlanData plan = linkedPlan();
    const QByteArray csv = PlanCsv::write(plan);
    EXPECT_TRUE(csv.contains(",WRES 2; WDES 4a; HIA 2,")) << csv.toStdString();
    EXPECT_TRUE(csv.contains(",\"WDES 4a(iii), 9b; HIA 6b\",")) << "quoted only where a comma needs it";
    const auto read = PlanCsv::read(csv, "plan.csv", 9);
    ASSERT_TRUE(read.problems.isEmpty());
    EXPECT_EQ(PlanCsv::write(read.plan), csv);
    const QByteArray bad = QByteArray(csv).replace("; HIA 2,", "; HIA 9,");
    const auto refused = PlanCsv::read(bad, "plan.csv", 9);
    ASSERT_EQ(refused.problems.size(), 1);
    EXPECT_TRUE(refused.problems[0].toString().startsWith("plan.csv:2: indicators: 'HIA 9' is not a measure of HIA"))
        << refused.problems[0].toString().toStdString();
}

// Version 8 adds WDES and HIA and a note column; every row of a version 7 file is kept as it was.
TEST(WdesSchema, Version8AddsToAVersion7FileAndChangesNoRow)
{
    wres::test::Scratch scratch;
    const QString location = wres::test::storeLocation(scratch, "seven.wres");
    auto dump = [](const Database& db) {
        QStringList rows;
        for (const char* table :
             {"frameworks", "indicators", "plans", "themes", "objectives", "actions", "action_indicators",
              "theme_indicators", "metric_counts", "metric_targets", "audit_entries", "status_updates", "settings"}) {
            QSqlQuery q(db.connection());
            EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)));
            while (q.next()) {
                QStringList values;
                for (int c = 0; c < q.record().count(); ++c)
                    if (q.record().fieldName(c) != "note") // the new column
                        values << q.value(c).toString();
                rows << QString::fromLatin1(table) + ": " + values.join('|');
            }
        }
        return rows;
    };
    QStringList before;
    {
        auto db = Database::open(location, Database::Mode::CreateIfMissing);
        PlanStore(*db).addPlan(wres::test::samplePlan());
        MetricStore(*db).importCounts({MetricCount{2, "2021/22", {}, "White", 10, 100, std::nullopt, 0},
                                       MetricCount{3, "2020/21", {}, {}, std::nullopt, std::nullopt, 1.62, 0}});
        MetricStore(*db).replaceTargets({MetricTarget{1, "Overall", "pct_bme", 22.0, "Model Employer", "2025"}});
        // Back to version 7, as that release wrote it.
        QSqlQuery q(db->connection());
        for (const char* sql :
             {"DELETE FROM indicators WHERE framework_id IN (SELECT id FROM frameworks WHERE code "
              "<> 'WRES')",
              "DELETE FROM frameworks WHERE code <> 'WRES'", "ALTER TABLE metric_counts DROP COLUMN note"})
            ASSERT_TRUE(q.exec(QString::fromLatin1(sql))) << sql;
        ASSERT_TRUE(q.exec(db->isServer() ? "UPDATE wres_schema SET version = 7" : "PRAGMA user_version = 7"));
        before = dump(*db);
    }
    auto db = Database::open(location, Database::Mode::OpenExisting);
    EXPECT_EQ(db->schemaVersion(), 8);
    EXPECT_EQ(Migrations::currentVersion(), 8);
    QStringList after = dump(*db);
    QStringList added;
    for (const QString& row : after)
        if (!before.contains(row))
            added << row;
    for (const QString& row : before)
        EXPECT_TRUE(after.contains(row)) << "changed or lost: " << row.toStdString();
    // Only WDES's and HIA's rows are new: two frameworks and their catalogues.
    EXPECT_EQ(added.size(), 2 + Framework::wdes().indicators.size() + Framework::hia().indicators.size());
    for (const QString& row : added)
        EXPECT_TRUE(row.startsWith("frameworks:") || row.startsWith("indicators:")) << row.toStdString();
    // The old metrics read as before, and WDES counts can now be added beside them.
    MetricCount wdes{code(Framework::wdes(), "9b"), "2023", {}, {}, std::nullopt, std::nullopt, 1.0, 0};
    wdes.framework = "WDES";
    wdes.note = "A network of Disabled staff chairs the Disability Working Group.";
    MetricStore(*db).importCounts({wdes});
    const MetricCounts counts = MetricStore(*db).counts();
    ASSERT_EQ(counts.size(), 3);
    EXPECT_EQ(counts[2].framework, "WDES");
    EXPECT_EQ(counts[2].note, wdes.note);
    EXPECT_EQ(MetricStore(*db).counts("WRES").size(), 2);
}

TEST(WdesSchema, WdesMetricsAreAuditedUnderTheirOwnName)
{
    wres::test::Scratch scratch;
    auto db = Database::open(wres::test::storeLocation(scratch, "audit.wres"), Database::Mode::CreateIfMissing);
    PlanStore(*db).addPlan(wres::test::samplePlan());
    MetricCount m{code(Framework::wdes(), "4a(i)"), "2022", {}, "Disabled", 120, 400, std::nullopt, 0};
    m.framework = "WDES";
    MetricStore(*db, "EDI analyst").importCounts({m});
    AuditQuery query;
    query.entity = MetricStore::auditEntity("WDES");
    const QList<AuditRecord> trail = AuditStore(*db).list(query);
    ASSERT_EQ(trail.size(), 1);
    EXPECT_EQ(trail[0].subject, "WDES 4a(i)");
    EXPECT_EQ(trail[0].entry.newValue, "Disabled: 120 out of 400");
    EXPECT_EQ(trail[0].entry.author, "EDI analyst");
    // A link target has no figures: refused, nothing written.
    MetricCount heading = m;
    heading.indicator = code(Framework::wdes(), "4a");
    EXPECT_THROW(MetricStore(*db).importCounts({heading, m}), InvalidRequest);
    EXPECT_EQ(MetricStore(*db).counts("WDES").size(), 1);
}

} // namespace
