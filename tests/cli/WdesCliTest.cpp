// WDES on the command line (issue 18): metrics --framework WRES|WDES|all with the same CSV columns,
// one metrics CSV for both (all or nothing, every problem as FILE:LINE: column: message),
// actions --indicator "WDES 4a", and the demo's WDES counts and links.
#include "CliRun.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using wres::test::readFile;
using wres::test::Result;
using wres::test::run;
using wres::test::Scratch;

namespace {

QString importedWdes(Scratch& scratch)
{
    const QString db = scratch.path("wdes.wres");
    const Result r = run({"import-metrics", "--db", db, wres::test::dataPath("wdes/metrics.csv")});
    EXPECT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("Imported 40 metric rows")) << r.out.toStdString();
    return db;
}

TEST(WdesCli, MetricsFrameworkWdesPrintsTheSameColumnsWithTheMetricAsWritten)
{
    Scratch scratch;
    const QString db = importedWdes(scratch);
    Result r = run({"metrics", "--db", db, "--framework", "WDES"});
    EXPECT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.toUtf8(), readFile(wres::test::dataPath("wdes/expected.csv")));
    r = run({"metrics", "--db", db, "--framework", "wdes", "--indicator", "4a(i)"});
    EXPECT_EQ(r.out, "indicator,period,category,measure,value\r\n4a(i),2022,,pct_disabled,30.0\r\n"
                     "4a(i),2022,,pct_non_disabled,20.0\r\n");
    r = run({"metrics", "--db", db});
    EXPECT_EQ(r.out, "indicator,period,category,measure,value\r\n") << "WRES by default: this file has none";
    r = run({"metrics", "--db", db, "--framework", "WDES", "--format", "narrative", "--indicator", "9b"});
    EXPECT_TRUE(r.out.startsWith("9b. In 2023, asked whether it has taken action")) << r.out.toStdString();
}

TEST(WdesCli, MetricsFrameworkAllPrintsBothWithEveryRowUnambiguous)
{
    Scratch scratch;
    const QString db = importedWdes(scratch);
    ASSERT_EQ(run({"import-metrics", "--db", db, wres::test::dataPath("metrics/small.csv")}).exit, 0);
    const Result wres = run({"metrics", "--db", db});
    EXPECT_EQ(wres.out.toUtf8(), readFile(wres::test::dataPath("metrics/expected.csv")))
        << "WRES figures are unchanged by WDES beside them";
    const Result all = run({"metrics", "--db", db, "--framework", "all"});
    EXPECT_TRUE(all.out.startsWith(wres.out)) << "WRES first, as it is printed alone";
    EXPECT_TRUE(all.out.contains("\r\nWDES 4a(i),2022,,pct_disabled,30.0\r\n"));
    EXPECT_TRUE(all.out.contains("\r\nWDES 10,March 2023,Non-voting,difference,+20.0\r\n"));
    const QJsonArray json =
        QJsonDocument::fromJson(run({"metrics", "--db", db, "--framework", "all", "--format", "json"}).out.toUtf8())
            .array();
    int wdes = 0;
    for (const QJsonValue& v : json)
        wdes += v.toObject().value("framework").toString() == "WDES" ? 1 : 0;
    EXPECT_EQ(wdes, 38);
    const Result narrative = run({"metrics", "--db", db, "--framework", "all", "--format", "narrative"});
    EXPECT_TRUE(narrative.out.contains("Workforce Race Equality Standard\n1. "));
    EXPECT_TRUE(narrative.out.contains("Workforce Disability Equality Standard\n1. Disabled staff were 5.0%"));
}

TEST(WdesCli, BadFrameworkOrIndicatorIsBadUsageAndChangesNothing)
{
    Scratch scratch;
    const QString db = importedWdes(scratch);
    const QByteArray before = readFile(db);
    Result r = run({"metrics", "--db", db, "--framework", "HIA"});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("--framework: 'HIA' is not one with metrics; use WRES, WDES or all."))
        << r.err.toStdString();
    r = run({"metrics", "--db", db, "--framework", "WDES", "--indicator", "4a"});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("--indicator: '4a' is not a metric of WDES")) << r.err.toStdString();
    r = run({"board-pack", "--db", db, "-o", scratch.path("pack.pdf"), "--framework", "XYZ"});
    EXPECT_EQ(r.exit, 1) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(scratch.path("pack.pdf")));
    EXPECT_EQ(readFile(db), before);
}

TEST(WdesCli, OneBadRowInAWdesFileImportsNothingAndNamesEveryProblem)
{
    Scratch scratch;
    const QString db = scratch.path("m.wres");
    ASSERT_EQ(run({"demo", "--db", db}).exit, 0);
    const QByteArray before = readFile(db);
    const QString bad = scratch.write("bad.csv", "indicator,period,category,group,count,total,value,framework\r\n"
                                                 "2,2023/24,,White,10,20,,\r\n"
                                                 "4a,2023,,Disabled,1,2,,WDES\r\n"
                                                 "9a,2023,,Disabled,,400,12,WDES\r\n"
                                                 "3,2023/24,,Disabled,1,2,,Wdes\r\n");
    const Result r = run({"import-metrics", "--db", db, bad});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("bad.csv:3: indicator: '4a' is a heading of WDES; give one of 4a(i), 4a(ii), 4a(iii)"))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("bad.csv:4: value: WDES 9a is a score from 0 to 10, not 12"));
    EXPECT_TRUE(r.err.contains("2 problems found; nothing was imported"));
    EXPECT_EQ(readFile(db), before);
}

// The demo's counts, and its plan with four actions linked as a Trust's EDI plan links them
// (tests/data/wdes/plan.csv: the demo plan with WDES and HIA links on four actions).
TEST(WdesCli, ThePackOfBothNamesWdesMetricsAsWrittenAndDrawsTheirCharts)
{
    Scratch scratch;
    const QString db = scratch.path("demo.wres");
    ASSERT_EQ(run({"demo", "--db", db}).exit, 0);
    const QString html = scratch.path("both.html");
    const Result r = run({"board-pack", "--db", db, "--framework", "all", "-o", html});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    const QString page = QString::fromUtf8(wres::test::readFile(html));
    EXPECT_TRUE(page.contains("2. WRES and WDES metrics"));
    EXPECT_TRUE(page.contains("WDES metric 4a(i): Harassment, bullying or abuse from patients"));
    EXPECT_TRUE(page.contains("5. Appendix: the WRES and WDES indicators"));
    EXPECT_TRUE(page.contains("Non-disabled: ")) << "the group beside Disabled";
    for (const char* internal : {"Indicator 100", "Indicator 411", "Indicator 1000", "indicator 920"})
        EXPECT_FALSE(page.contains(QString::fromLatin1(internal), Qt::CaseInsensitive)) << internal;
    // Every WDES chart (9b, a yes or no, has none) states figures: a chart with no series says none.
    static const QRegularExpression desc("<desc id=\"wdes-[0-9]+-chart-[0-9]+-desc\">([^<]*)<");
    int charts = 0;
    for (auto m = desc.globalMatch(page); m.hasNext();) {
        const QString words = m.next().captured(1);
        static const QRegularExpression figure("[0-9]+\\.[0-9]");
        EXPECT_TRUE(figure.match(words).hasMatch()) << words.toStdString();
        ++charts;
    }
    EXPECT_GE(charts, 13) << "WDES 1 has two charts; every metric but 9b one";
}

TEST(WdesCli, TheDemoHasWdesCountsAndActionsFilterByWdesAndTheHighImpactActions)
{
    Scratch scratch;
    const QString db = scratch.path("demo.wres");
    ASSERT_EQ(run({"demo", "--db", db}).exit, 0);
    const QJsonArray wdes =
        QJsonDocument::fromJson(run({"metrics", "--db", db, "--framework", "WDES", "--format", "json"}).out.toUtf8())
            .array();
    QStringList codes;
    for (const QJsonValue& v : wdes)
        if (!codes.contains(v.toObject().value("indicator").toString()))
            codes << v.toObject().value("indicator").toString();
    EXPECT_EQ(codes, (QStringList{"WDES 1", "WDES 2", "WDES 3", "WDES 4a(i)", "WDES 4a(ii)", "WDES 4a(iii)", "WDES 4b",
                                  "WDES 5", "WDES 6", "WDES 7", "WDES 8", "WDES 9a", "WDES 9b", "WDES 10"}))
        << "every WDES metric";
    const QString linked = scratch.path("linked.wres");
    const Result imported = run({"import", "--db", linked, wres::test::dataPath("wdes/plan.csv")});
    ASSERT_EQ(imported.exit, 0) << imported.err.toStdString();
    auto references = [&](const QString& indicator) {
        const Result r = run({"actions", "--db", linked, "--indicator", indicator, "--format", "json"});
        EXPECT_EQ(r.exit, 0) << r.err.toStdString();
        QStringList list;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            list << v.toObject().value("reference").toString();
        return list;
    };
    EXPECT_EQ(references("WDES 4a"), QStringList{"3.1.1"}) << "the civility action (WDES 4a, 6)";
    EXPECT_EQ(references("WDES 4a(ii)"), QStringList{"3.1.1"}) << "a heading covers what is under it";
    EXPECT_EQ(references("WDES 3"), QStringList{"2.2.2"}) << "the capability review";
    EXPECT_EQ(references("HIA 2"), (QStringList{"1.1.1", "1.3.1"})) << "HIA 2a, 2e and 2c are under HIA 2";
    EXPECT_EQ(references("HIA 6b"), (QStringList{"2.2.2", "3.1.1"})) << "HIA 6 covers 6b";
    EXPECT_EQ(references("3").size(), 6) << "WRES filters read as before";
    const Result bad = run({"actions", "--db", linked, "--indicator", "WDES 11"});
    EXPECT_EQ(bad.exit, 1);
    EXPECT_TRUE(bad.err.contains("--indicator: 'WDES 11' is not one indicator")) << bad.err.toStdString();
    // The plan CSV names the links in their one form and round-trips byte for byte.
    const QString csv = scratch.path("linked.csv");
    ASSERT_EQ(run({"export", "--db", linked, "-o", csv}).exit, 0);
    EXPECT_EQ(readFile(csv), readFile(wres::test::dataPath("wdes/plan.csv"))) << "byte for byte as imported";
    EXPECT_TRUE(readFile(csv).contains(",\"WDES 4a, 6; HIA 6a, 6b\",")) << readFile(csv).left(3000).toStdString();
    const QString again = scratch.path("again.wres");
    ASSERT_EQ(run({"import", "--db", again, csv}).exit, 0);
    const QString csv2 = scratch.path("again.csv");
    ASSERT_EQ(run({"export", "--db", again, "-o", csv2}).exit, 0);
    EXPECT_EQ(readFile(csv2), readFile(csv));
}

TEST(WdesCli, JsonExportCarriesWdesMetricsTargetsAndNotesThroughAMove)
{
    Scratch scratch;
    const QString db = scratch.path("demo.wres");
    ASSERT_EQ(run({"demo", "--db", db}).exit, 0);
    const QString json = scratch.path("plan.json");
    ASSERT_EQ(run({"export", "--db", db, "-o", json}).exit, 0);
    const QJsonObject doc = QJsonDocument::fromJson(readFile(json)).object();
    int wdes = 0;
    QString note;
    for (const QJsonValue& v : doc.value("metrics").toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value("framework").toString() == "WDES") {
            ++wdes;
            if (o.value("indicator").toString() == "9b" && o.value("period").toString() == "2022")
                note = o.value("note").toString();
        }
    }
    EXPECT_GT(wdes, 100);
    EXPECT_TRUE(note.startsWith("The Disability and Neurodiversity Network")) << note.toStdString();
    const QString moved = scratch.path("moved.wres");
    ASSERT_EQ(run({"import", "--db", moved, json}).exit, 0);
    const QString json2 = scratch.path("again.json");
    ASSERT_EQ(run({"export", "--db", moved, "-o", json2}).exit, 0);
    const QJsonObject again = QJsonDocument::fromJson(readFile(json2)).object();
    EXPECT_EQ(again.value("metrics"), doc.value("metrics"));
    EXPECT_EQ(run({"metrics", "--db", moved, "--framework", "WDES"}).out,
              run({"metrics", "--db", db, "--framework", "WDES"}).out);
}

} // namespace
