// The board pack as a reader gets it: the PDF read back with poppler's pdftotext and pdfinfo.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>
#include <unistd.h>

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
                                 "BME: 1,261 of 6,637",
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
            // As the pack prints counts: "BME: 9 of 1,261" (indicator 9 names the Board's and the workforce's).
            const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
            const QString counts =
                QStringLiteral("%1 of %2")
                    .arg(uk.toString(p.value("count").toInt()), uk.toString(p.value("total").toInt()));
            for (const QString& label :
                 {p.value("group").toString(), QStringLiteral("Board"), QStringLiteral("Workforce")})
                EXPECT_FALSE(flat.contains(label + ": " + counts)) << (label + ": " + counts).toStdString();
            ++checked;
        }
    }
    EXPECT_GT(checked, 12);
    EXPECT_FALSE(flat.contains("0.92")) << "indicator 3's 2022/23 ratio rests on 9 people";
    EXPECT_FALSE(flat.contains("9 of 1,261"));
    EXPECT_TRUE(flat.contains("rests on small numbers and is not published (R)"));
    EXPECT_TRUE(flat.contains("The figure for indicator 3 over the two years to 2022/23 rests on small numbers"))
        << "the two-year figure's sentence reads as English";
    static const QRegularExpression doubled("\\b(the|a|an|of|to|in|on|and|is|for|by) \\1\\b",
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch repeat = doubled.match(flat);
    EXPECT_FALSE(repeat.hasMatch()) << "a word said twice: " << repeat.captured(0).toStdString();
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
    EXPECT_TRUE(pdfText(first).simplified().contains("This is the first report on this plan"));
    ASSERT_EQ(tracker({"update", "--db", db, "--action", "7", "--status", "Delayed", "--progress",
                       "Waiting for the policy framework", "--author", "Head of EDI"})
                  .exit,
              0);
    const QString second = scratch.path("second.pdf");
    ASSERT_EQ(tracker({"board-pack", "--db", db, "-o", second}).exit, 0);
    const QString flat = pdfText(second).simplified();
    EXPECT_TRUE(flat.contains("Since the pack recorded on")) << "the last recorded pack by default";
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
            EXPECT_TRUE(page.simplified().contains("Latest progress")) << "the header row repeats";
        }
    EXPECT_EQ(planPages, text.count("Long theme (continued)") + 1);
    for (int i = 1; i <= kActions; ++i) {
        EXPECT_EQ(flat.count(QRegularExpression(QString("\\bProgress %1\\b").arg(i))), 1) << "action " << i;
    }
}

} // namespace

// The board paper (issue 16): the cover sheet, judgements, what has changed, the tables and the brief.
namespace {

QString firstPage(const QString& pdf)
{
    return run("pdftotext", {"-raw", "-l", "1", pdf, "-"}).out.simplified();
}

// Runs as a user who may read the plan but not write it (as root, permissions do not bind: the
// run drops to "nobody" with setpriv, as CommandLineTest does).
Result trackerWithoutWriteAccess(const QStringList& arguments)
{
    if (geteuid() != 0)
        return tracker(arguments);
    return run("setpriv",
               QStringList{"--reuid=65534", "--regid=65534", "--clear-groups", WRES_TRACKER_EXE} + arguments);
}

const QStringList kCover = {"--meeting",        "Trust Board, 26 September 2024",
                            "--agenda-item",    "9.2",
                            "--author",         "Head of EDI",
                            "--presenter",      "Chief People Officer",
                            "--purpose",        "To approve the WRES report and plan for publication.",
                            "--recommendation", "The Board is asked to approve the report for publication.",
                            "--committee",      "EDI Workforce Group, 7 June 2024",
                            "--committee",      "People Committee, 1 July 2024",
                            "--organisation",   "London Ambulance Service NHS Trust (test)",
                            "--pack-version",   "1.0"};

TEST_F(BoardPack, TheCoverSheetReadsAsABoardPaperAndIsKeptForTheNextPack)
{
    const QString pdf = scratch.path("cover.pdf");
    Result r = tracker(QStringList{"board-pack", "--db", db, "-o", pdf, "--today", "2024-07-01"} + kCover);
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty() || !r.err.contains("not kept")) << r.err.toStdString();
    // The cover sheet is a table: each item (a row header) beside its detail.
    const QStringList expected = {
        "London Ambulance Service NHS Trust (test)",
        "Workforce Race Equality Standard Action Plan 2023/2024",
        "Meeting Trust Board, 26 September 2024",
        "Date 1 July 2024",
        "Agenda item 9.2",
        "Author Head of EDI",
        "Presented by Chief People Officer",
        "Version 1.0",
        "Purpose To approve the WRES report and plan for publication.",
        "Recommendation or decision required The Board is asked to approve the report for publication.",
        "Key messages",
        "12 actions in 3 themes: 2 not started, 9 in progress, 1 with no status.",
        "6 actions are past their due date: 2.1.1 (due 31 Mar 2024), 2.2.2 (due 31 Mar 2024)",
        "Better than the year before: indicator 2 (Appointment from shortlisting: 1.52 → 1.42)",
        // Indicator 3's headline is its two-year rolling average (issue 18): 21 BME staff over two years.
        "indicator 3 (Entry into formal disciplinary process: 1.53 → 1.12)",
        "Based on small numbers, so to be read with care: indicator 9",
        "Governance Previously considered by: EDI Workforce Group, 7 June 2024; People Committee, 1 July 2024.",
        "RAG No action has a RAG rating",
    };
    QString page = firstPage(pdf);
    for (const QString& text : expected)
        EXPECT_TRUE(page.contains(text)) << text.toStdString() << "\n" << page.toStdString();

    // The next pack, with no option given, says the same.
    const QString next = scratch.path("next.pdf");
    ASSERT_EQ(tracker({"board-pack", "--db", db, "-o", next, "--today", "2024-07-01"}).exit, 0);
    page = firstPage(next);
    for (const QString& text : expected)
        EXPECT_TRUE(page.contains(text)) << "kept: " << text.toStdString();
    EXPECT_TRUE(tracker({"audit", "--db", db}).out.contains("cover agenda item")) << "kept changes are audited";

    // One option changes one thing; an empty --committee clears the list.
    ASSERT_EQ(tracker({"board-pack", "--db", db, "-o", next, "--today", "2024-07-01", "--committee", "",
                       "--agenda-item", "10"})
                  .exit,
              0);
    page = firstPage(next);
    EXPECT_TRUE(page.contains("Governance Not previously considered by another committee or group."));
    EXPECT_TRUE(page.contains("Agenda item 10"));
    EXPECT_TRUE(page.contains("Author Head of EDI"));
}

TEST_F(BoardPack, AReadOnlyPlanStillPrintsWithTheWordsGivenAndIsNotChanged)
{
    const QByteArray before = wres::test::readFile(db);
    const QString out = scratch.path("out");
    ASSERT_TRUE(QDir().mkpath(out));
    QFile::setPermissions(out, QFileDevice::Permissions(0x7777));
    QFile::setPermissions(scratch.path(""), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                                QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QString pdf = out + "/pack.pdf";
    const Result r = trackerWithoutWriteAccess(
        {"board-pack", "--db", db, "-o", pdf, "--today", "2024-07-01", "--meeting", "People Committee, 3 July"});
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    EXPECT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("used for this pack but not kept for the next: the file is open read-only"))
        << r.err.toStdString();
    EXPECT_TRUE(firstPage(pdf).contains("Meeting People Committee, 3 July"));
    EXPECT_EQ(wres::test::readFile(db), before) << "a read-only plan is never written";
}

TEST(BoardPackCover, WithoutAnOrganisationTheCoverIsNeverTitledWithTheFileName)
{
    Scratch scratch;
    const QString db = scratch.path("plan.wres");
    ASSERT_EQ(tracker({"import", "--db", db, wres::test::dataPath("examples/partnership-trust-2022-24.csv")}).exit, 0);
    const QString pdf = scratch.path("pack.pdf");
    ASSERT_EQ(tracker({"board-pack", "--db", db, "-o", pdf, "--today", "2023-01-15"}).exit, 0);
    const QString text = pdfText(pdf).simplified();
    EXPECT_FALSE(text.contains("partnership-trust-2022-24")) << "not on the cover, nor in a running header";
    // The cover opens with the words-only title (after the page's running header and footer).
    EXPECT_TRUE(
        firstPage(pdf).contains(QRegularExpression("^Page 1 of \\d+ Workforce Race Equality Standard action plan "
                                                   "Workforce Race Equality Standard: progress report")))
        << firstPage(pdf).toStdString();
    // Milestones are in the plan tables, as published plans have them.
    EXPECT_TRUE(text.contains("Milestones"));
    EXPECT_TRUE(text.contains("• Production of revised policy and process February 2023"));

    ASSERT_EQ(
        tracker({"board-pack", "--db", db, "-o", pdf, "--organisation", "Leicestershire Partnership NHS Trust"}).exit,
        0);
    EXPECT_TRUE(firstPage(pdf).contains("Leicestershire Partnership NHS Trust Workforce Race Equality Standard "
                                        "action plan Workforce Race Equality Standard: progress report"))
        << firstPage(pdf).toStdString();

    // The lead brief: milestones, co-leads, the plan's own group, no stray dash in its header.
    const QString brief = scratch.path("brief.pdf");
    ASSERT_EQ(tracker({"board-pack", "--db", db, "-o", brief, "--lead", "Resourcing Manager", "--today", "2023-01-15",
                       "--updates-to", "EDI Workforce Group"})
                  .exit,
              0);
    const QString briefText = pdfText(brief).simplified();
    EXPECT_TRUE(briefText.contains("Actions for Resourcing Manager"));
    EXPECT_TRUE(briefText.contains("Commence review and engage with stakeholders")) << "milestones";
    EXPECT_TRUE(briefText.contains("With: Deputy Director of HR and OD")) << briefText.toStdString();
    EXPECT_TRUE(briefText.contains("to the next meeting of EDI Workforce Group."));
    EXPECT_FALSE(briefText.contains(" — Workforce")) << "no dash before the title without an organisation";
    EXPECT_FALSE(briefText.contains("partnership-trust-2022-24"));
    EXPECT_FALSE(briefText.contains("action(s)"));
}

TEST_F(BoardPack, JudgementsUseTheTolerancePercentSignsWhiteAndSmallNumbers)
{
    const QString pdf = scratch.path("pack.pdf");
    ASSERT_EQ(tracker({"board-pack", "--db", db, "-o", pdf, "--today", "2024-07-01"}).exit, 0);
    QString flat = pdfText(pdf).simplified();
    for (const char* expected :
         {"% BME: 19.0% (March 2023)", "changed: 18.0% → 19.0% (+1.0 points)", "White: 38.0%",
          "similar: 1.13 → 1.11 (-0.02)", "better: 1.52 → 1.42 (-0.10)", "based on small numbers",
          "Based on small numbers (fewer than 20 people in a group or in all): the single year's relative likelihood "
          "in 2022/23.",
          "A change smaller than 0.05 in a relative likelihood, or than 1 percentage point", "Board: 3 of 15",
          "Workforce: 1,261 of 6,637", "BME: 1,261 of 6,637"})
        EXPECT_TRUE(flat.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_FALSE(flat.contains("BME: 3 of 15")) << "the Board's count is labelled as the Board's";
    // Indicator 1's bands in order: non-clinical, clinical, medical; medical grades ascending.
    const QString one = flat.mid(flat.indexOf("Indicator 1: Workforce representation by band"));
    EXPECT_LT(one.indexOf("Non-clinical VSM"), one.indexOf("Clinical Band 3"));
    EXPECT_LT(one.indexOf("Clinical Band 8b-9"), one.indexOf("Medical Trainee"));
    EXPECT_LT(one.indexOf("Medical Trainee"), one.indexOf("Medical Consultant"));

    // A wider tolerance, given once, is kept in the file.
    ASSERT_EQ(tracker({"board-pack", "--db", db, "-o", pdf, "--today", "2024-07-01", "--similar-ratio", "0.5"}).exit,
              0);
    ASSERT_EQ(tracker({"board-pack", "--db", db, "-o", pdf, "--today", "2024-07-01"}).exit, 0);
    flat = pdfText(pdf).simplified();
    EXPECT_TRUE(flat.contains("similar: 1.52 → 1.42 (-0.10)"));
    EXPECT_TRUE(flat.contains("A change smaller than 0.50 in a relative likelihood"));
    const QJsonArray two =
        QJsonDocument::fromJson(tracker({"metrics", "--db", db, "--indicator", "2", "--format", "json"}).out.toUtf8())
            .array();
    ASSERT_FALSE(two.isEmpty());
    EXPECT_EQ(two.last().toObject().value("change").toString(), "similar") << "metrics reads the file's tolerance too";

    // Out of range: exit 1 naming the option, nothing written.
    const QString none = scratch.path("none.pdf");
    const Result bad = tracker({"board-pack", "--db", db, "-o", none, "--similar-points", "30"});
    EXPECT_EQ(bad.exit, 1);
    EXPECT_TRUE(bad.err.contains("--similar-points: '30' is not a number from 0 to 25.")) << bad.err.toStdString();
    EXPECT_FALSE(QFile::exists(none));
}

TEST_F(BoardPack, WhatHasChangedIsOneRowPerUpdateWithTheMetricsImportedSince)
{
    ASSERT_EQ(
        tracker({"board-pack", "--db", db, "-o", scratch.path("first.pdf"), "--record", "Trust Board, July"}).exit, 0);
    ASSERT_EQ(tracker({"update", "--db", db, "--action", "7", "--status", "Delayed", "--rag", "R", "--progress",
                       "Waiting for the policy framework", "--author", "Head of EDI"})
                  .exit,
              0);
    const QString metrics = scratch.write("new.csv", "indicator,period,category,group,count,total,value\r\n"
                                                     "2,2023/24,,White,301,2001,\r\n"
                                                     "2,2023/24,,BME,70,1001,\r\n");
    ASSERT_EQ(tracker({"import-metrics", "--db", db, metrics}).exit, 0);
    const QString pdf = scratch.path("second.pdf");
    ASSERT_EQ(tracker({"board-pack", "--db", db, "-o", pdf, "--today", "2024-07-01"}).exit, 0);
    const QString flat = pdfText(pdf).simplified();
    EXPECT_EQ(flat.count("Status: Not started → Delayed; RAG: none → R"), 1) << "one update, one row";
    EXPECT_EQ(flat.count("Note: Waiting for the policy framework"), 1);
    EXPECT_TRUE(flat.contains("2.2.2 • Review the Trust's Performance")) << "the full reference";
    EXPECT_TRUE(flat.contains(": 1 progress update; metrics imported or changed for 1 indicator."));
    EXPECT_TRUE(flat.contains("Indicator 2 (Appointment from shortlisting), 2023/24: 2 figures added"));
}

} // namespace
