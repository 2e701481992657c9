// The board pack as a reader gets it: the PDF read back with poppler's pdftotext and pdfinfo.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

using wres::test::Scratch;

namespace {

struct Result
{
    int exit = -1;
    QString out;
    QString err;
};

Result run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(120000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

Result tracker(const QStringList& arguments)
{
    return run(QStringLiteral(WRES_TRACKER_EXE), arguments);
}

QString pdfText(const QString& pdf)
{
    const Result r = run("pdftotext", {"-raw", pdf, "-"}); // content order: a cell's lines stay together
    EXPECT_EQ(r.exit, 0) << "pdftotext (poppler-utils) is needed: " << r.err.toStdString();
    return r.out;
}

int pdfPages(const QString& pdf)
{
    static const QRegularExpression pages("Pages:\\s+(\\d+)");
    return pages.match(run("pdfinfo", {pdf}).out).captured(1).toInt();
}

class BoardPack : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = scratch.path("demo.wres");
        ASSERT_EQ(tracker({"demo", "--db", db}).exit, 0);
    }
    Scratch scratch;
    QString db;
};

TEST_F(BoardPack, HoldsEveryActionStatusWordAndTheMetricFigures)
{
    const QString pdf = scratch.path("pack.pdf");
    const Result r =
        tracker({"board-pack", "--db", db, "-o", pdf, "--today", "2024-07-01", "--meeting", "Trust Board"});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    const int pages = pdfPages(pdf);
    EXPECT_GE(pages, 12);
    EXPECT_LE(pages, 40);
    const QString text = pdfText(pdf);
    const QString flat = text.simplified();
    for (const char* expected : {"Workforce Race Equality Standard Action Plan 2023/2024",
                                 "London Ambulance Service NHS Trust",
                                 "Trust Board",
                                 "1. Executive summary",
                                 "Delayed and overdue actions",
                                 "2. WRES metrics",
                                 "3. Action plan",
                                 "4. What has changed",
                                 "5. Appendix",
                                 "Not started",
                                 "In progress",
                                 "Delayed",
                                 "Complete",
                                 "Status key",
                                 "Page 1 of",
                                 "1.42",
                                 "19.0",
                                 "BME: 1261 out of 6637",
                                 "0.92",
                                 "White applicants were 1.42 times more likely"})
        EXPECT_TRUE(flat.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_TRUE(flat.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    // Text is copied as typed: no ligature glyph stands for "ff" or "fi", in charts or tables.
    EXPECT_TRUE(flat.contains("Staff Experience (Inclusion & Belonging)"));
    EXPECT_TRUE(flat.contains("% of staff"));
    for (const QChar ligature : {QChar(0xFB00), QChar(0xFB01), QChar(0xFB02)})
        EXPECT_FALSE(flat.contains(ligature)) << int(ligature.unicode());
    // Every action's number and the start of its text.
    const QJsonArray actions =
        QJsonDocument::fromJson(tracker({"actions", "--db", db, "--format", "json"}).out.toUtf8()).array();
    ASSERT_EQ(actions.size(), 12);
    for (const QJsonValue& value : actions) {
        const QString first = value.toObject().value("action").toString().section('\n', 0, 0).simplified();
        EXPECT_TRUE(flat.contains(first.left(30))) << first.toStdString();
    }
}

TEST_F(BoardPack, ThePublicVersionLeaksNoSmallNumber)
{
    const QString pdf = scratch.path("public.pdf");
    ASSERT_EQ(tracker({"board-pack", "--db", db, "-o", pdf, "--redact"}).exit, 0);
    const QString flat = pdfText(pdf).simplified();
    EXPECT_TRUE(flat.contains("Public version"));
    // Every small count behind a figure the redacted metrics hide is absent. (Larger counts behind a
    // hidden figure may be shown for another figure, e.g. the workforce total of indicator 1.)
    const QJsonArray open =
        QJsonDocument::fromJson(tracker({"metrics", "--db", db, "--format", "json"}).out.toUtf8()).array();
    const QJsonArray hidden =
        QJsonDocument::fromJson(tracker({"metrics", "--db", db, "--format", "json", "--redact"}).out.toUtf8()).array();
    int checked = 0;
    for (qsizetype i = 0; i < open.size(); ++i) {
        if (hidden.at(i).toObject().value("shown").toString() != "R")
            continue;
        for (const QJsonValue& part : open.at(i).toObject().value("counts").toArray()) {
            const QJsonObject p = part.toObject();
            if (!p.value("count").isDouble() || (p.value("count").toInt() >= 10 && p.value("total").toInt() >= 10))
                continue;
            const QString counts = QStringLiteral("%1: %2 out of %3")
                                       .arg(p.value("group").toString())
                                       .arg(p.value("count").toInt())
                                       .arg(p.value("total").toInt());
            EXPECT_FALSE(flat.contains(counts)) << counts.toStdString();
            ++checked;
        }
    }
    EXPECT_GT(checked, 12);
    EXPECT_FALSE(flat.contains("0.92")) << "indicator 3's 2022/23 ratio rests on 9 people";
    EXPECT_FALSE(flat.contains("9 out of 1261"));
    EXPECT_TRUE(flat.contains("rests on small numbers and is not published (R)"));
}

TEST_F(BoardPack, ALeadsBriefHoldsOnlyTheirActionsOnOneOrTwoPages)
{
    const QString pdf = scratch.path("brief.pdf");
    const Result r =
        tracker({"board-pack", "--db", db, "-o", pdf, "--lead", "head of clinical education", "--today", "2024-07-01"});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_LE(pdfPages(pdf), 2);
    const QString flat = pdfText(pdf).simplified();
    EXPECT_TRUE(flat.contains("Actions for Head of Clinical Education"));
    EXPECT_TRUE(flat.contains("Equality Impact Assessment"));
    EXPECT_TRUE(flat.contains("3 actions, 2 overdue"));
    EXPECT_FALSE(flat.contains("Dashboard to be created")) << "not one of theirs";
    EXPECT_LT(flat.indexOf("Analyse the gap"), flat.indexOf("Engage with our BME staff")) << "overdue first";

    const Result nobody = tracker({"board-pack", "--db", db, "-o", pdf, "--lead", "Chief Magician"});
    EXPECT_EQ(nobody.exit, 1);
    EXPECT_TRUE(nobody.err.contains("No action of this plan is led by 'Chief Magician'"));
}

TEST_F(BoardPack, RecordingAPackShowsWhatChangedInTheNext)
{
    const QString first = scratch.path("first.pdf");
    Result r = tracker({"board-pack", "--db", db, "-o", first, "--record", "Trust Board, July"});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("Recorded this pack as number 1"));
    EXPECT_TRUE(pdfText(first).simplified().contains("No earlier pack has been recorded"));
    ASSERT_EQ(tracker({"update", "--db", db, "--action", "7", "--status", "Delayed", "--progress",
                       "Waiting for the policy framework", "--author", "Head of EDI"})
                  .exit,
              0);
    const QString second = scratch.path("second.pdf");
    ASSERT_EQ(tracker({"board-pack", "--db", db, "-o", second}).exit, 0);
    const QString flat = pdfText(second).simplified();
    EXPECT_TRUE(flat.contains("Changes since the pack recorded on")) << "the last recorded pack by default";
    EXPECT_TRUE(flat.contains("(Trust Board, July)"));
    EXPECT_TRUE(flat.contains("Not started → Delayed"));
    EXPECT_TRUE(flat.contains("Waiting for the policy framework"));
    const QString byDate = scratch.path("bydate.pdf");
    ASSERT_EQ(tracker({"board-pack", "--db", db, "-o", byDate, "--since", "2020-01-01"}).exit, 0);
    EXPECT_TRUE(pdfText(byDate).simplified().contains("Not started → Delayed")) << "from the audit trail";
}

TEST(BoardPackInput, EmptyPlanAndNoMetricsAreSaidPlainly)
{
    Scratch scratch;
    const QString csv =
        scratch.write("empty.csv", "theme,objective,action,leads,timescale,status\r\nDraft theme,,,,,\r\n");
    const QString db = scratch.path("empty.wres");
    ASSERT_EQ(tracker({"import", "--db", db, csv, "--title", "Draft plan"}).exit, 0);
    const QString pdf = scratch.path("empty.pdf");
    ASSERT_EQ(tracker({"board-pack", "--db", db, "-o", pdf}).exit, 0);
    const QString flat = pdfText(pdf).simplified();
    EXPECT_TRUE(flat.contains("This plan has no actions yet."));
    EXPECT_TRUE(flat.contains("No metrics recorded for this plan."));
    EXPECT_GE(pdfPages(pdf), 3);
}

TEST(BoardPackInput, AnUnwritablePathOrAMissingFileIsExplained)
{
    Scratch scratch;
    const QString db = scratch.path("demo.wres");
    ASSERT_EQ(tracker({"demo", "--db", db}).exit, 0);
    Result r = tracker({"board-pack", "--db", db, "-o", scratch.path("no/such/folder/pack.pdf")});
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(r.err.contains("Cannot write")) << r.err.toStdString();
    r = tracker({"board-pack", "--db", db, "-o", scratch.path("pack.txt")});
    EXPECT_EQ(r.exit, 1);
    r = tracker({"board-pack", "--db", scratch.path("missing.wres"), "-o", scratch.path("pack.pdf")});
    EXPECT_EQ(r.exit, 2);
    EXPECT_FALSE(QFile::exists(scratch.path("pack.pdf")));
}

} // namespace

namespace {

// A theme longer than a page: the table continues with its header row on every page and says
// which theme it continues; every action is there once, whole.
TEST(BoardPackTables, ALongThemeRunsOverPagesWithItsHeaderRepeatedAndNoRowLost)
{
    wres::test::Scratch scratch;
    QByteArray csv = "theme,theme_indicators,objective_no,objective,action_no,action,leads,timescale,status,rag,"
                     "indicators,milestones,progress\r\n";
    constexpr int kActions = 240;
    for (int i = 1; i <= kActions; ++i)
        csv += QString("Long theme,1,%1,Objective number %1,%1.%2,Action number %2 of the long theme with some words "
                       "to wrap over two lines in its cell,Lead %2,March 2025,In progress,A,2,,Progress %2\r\n")
                   .arg(1 + (i - 1) / 20)
                   .arg(i)
                   .toUtf8();
    const QString plan = scratch.path("long.csv");
    QFile file(plan);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    const QString db = scratch.path("long.wres");
    const Result imported = tracker({"import", "--db", db, plan});
    ASSERT_EQ(imported.exit, 0) << imported.err.toStdString();
    const QString pdf = scratch.path("long.pdf");
    ASSERT_EQ(tracker({"board-pack", "--db", db, "-o", pdf, "--today", "2024-07-01"}).exit, 0);
    const QString text = pdfText(pdf);
    const QString flat = text.simplified();
    EXPECT_GT(text.count("Long theme (continued)"), 5);
    // The header row is on the first page of the theme and on each continued page.
    const QStringList pages = run("pdftotext", {"-raw", pdf, "-"}).out.split('\f');
    int planPages = 0;
    for (const QString& page : pages)
        if (page.contains("Long theme (continued)") ||
            (page.contains("3. Action plan") && page.contains("Status key"))) {
            ++planPages;
            EXPECT_TRUE(page.contains("Latest progress")) << "the header row repeats";
        }
    EXPECT_EQ(planPages, text.count("Long theme (continued)") + 1);
    for (int i = 1; i <= kActions; ++i) {
        EXPECT_EQ(flat.count(QRegularExpression(QString("\\bProgress %1\\b").arg(i))), 1) << "action " << i;
    }
}

} // namespace
