// The public version on the command line: the rule's options, refused input, the method note,
// and the screening of free text before `board-pack --redact` writes anything.
#include "CliRun.h"
#include "TestSupport.h"
#include "metrics/MetricReport.h"
#include "metrics/MetricsOutput.h"
#include "store/Database.h"
#include "store/MetricStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using wres::test::Result;
using wres::test::run;
using wres::test::Scratch;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start("pdftotext", {"-raw", pdf, "-"});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

class PublicCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = scratch.path("demo.wres");
        ASSERT_EQ(run({"demo", "--db", db}).exit, 0);
    }
    Scratch scratch;
    QString db;
};

TEST_F(PublicCli, BadRuleOptionsExitOneNamingTheOptionAndWriteNothing)
{
    const QString pdf = scratch.path("public.pdf");
    const QList<std::pair<QStringList, QString>> bad = {
        {{"--threshold", "0"}, "--threshold: '0' is not a whole number from 1 to 100"},
        {{"--threshold", "101"}, "--threshold: '101' is not a whole number from 1 to 100"},
        {{"--threshold", "ten"}, "--threshold"},
        {{"--preset", "strict"}, "--preset: 'strict' is not a rule; use wres, mhs, nhs-digital or custom"},
        {{"--exempt", "12"}, "--exempt: '12' is not an indicator of WRES"},
        {{"--exempt", "9,board"}, "--exempt: 'board' is not an indicator of WRES"},
        {{"--preset", "mhs", "--threshold", "5"}, "--threshold: the mhs rule has its own threshold"},
    };
    for (const auto& [options, message] : bad) {
        Result r = run(QStringList{"metrics", "--db", db, "--redact"} + options);
        EXPECT_EQ(r.exit, 1) << options.join(' ').toStdString();
        EXPECT_TRUE(r.err.contains(message)) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        r = run(QStringList{"board-pack", "--db", db, "-o", pdf, "--redact"} + options);
        EXPECT_EQ(r.exit, 1) << options.join(' ').toStdString();
        EXPECT_TRUE(r.err.contains(message)) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(pdf)) << "nothing written for " << options.join(' ').toStdString();
    }
    // The rule's options choose the public version's rule: without --redact they are a mistake.
    Result r = run({"metrics", "--db", db, "--preset", "mhs"});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("--preset: chooses how the public version hides small numbers; add --redact"));
    r = run({"board-pack", "--db", db, "-o", pdf, "--strict"});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("--strict: applies to the public version only"));
    EXPECT_FALSE(QFile::exists(pdf));
}

TEST_F(PublicCli, EachPresetReachesEveryFormatWithItsSymbol)
{
    Result r = run({"metrics", "--db", db, "--redact", "--preset", "mhs", "--indicator", "3"});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("3,2022/23,,relative_likelihood,0.92")) << "9 is not below 7";
    r = run({"metrics", "--db", db, "--redact", "--preset", "custom", "--threshold", "13", "--indicator", "3"});
    EXPECT_TRUE(r.out.contains("3,2021/22,,relative_likelihood,R")) << "12 people, below 13: " << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("3,2020/21,,relative_likelihood,")) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains("3,2020/21,,relative_likelihood,R")) << "14 people";
    r = run({"metrics", "--db", db, "--redact", "--preset", "nhs-digital", "--format", "json", "--indicator", "1"});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    int rounded = 0;
    for (const QJsonValue& row : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        const QJsonObject o = row.toObject();
        if (o.value("shown").toString() == "*")
            continue;
        for (const QJsonValue& part : o.value("counts").toArray()) {
            EXPECT_EQ(part.toObject().value("count").toInt() % 5, 0) << "counts rounded to the nearest 5";
            EXPECT_EQ(part.toObject().value("total").toInt() % 5, 0);
            ++rounded;
        }
    }
    EXPECT_GT(rounded, 40);
    EXPECT_TRUE(r.out.contains("\"shown\": \"*\""));
    // The method note goes with the data formats on standard error, and ends the narrative.
    EXPECT_TRUE(r.err.contains("note: Public version. Small numbers are hidden under the rule NHS Digital"));
    r = run({"metrics", "--db", db, "--redact", "--format", "narrative"});
    EXPECT_TRUE(r.out.contains("Published in full, without suppression: indicator 9 (Board representation)."));
    EXPECT_TRUE(r.out.contains("Among the bands shown, the lowest share is in")) << r.out.toStdString();
}

TEST_F(PublicCli, TheBoardIsPublishedByDefaultAndHiddenWhenTheTrustAsks)
{
    Result r = run({"metrics", "--db", db, "--redact", "--indicator", "9"});
    EXPECT_FALSE(r.out.contains(",R")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("9,March 2023,Board overall,difference,+1.0"));
    r = run({"metrics", "--db", db, "--redact", "--indicator", "9", "--exempt", "none"});
    EXPECT_EQ(r.out.count(",R"), 12) << r.out.toStdString();
    // Stored in the file, the Trust's choice applies without options.
    {
        auto database = wres::core::Database::open(db, wres::core::Database::Mode::OpenExisting);
        wres::core::SuppressionRule rule = wres::core::SuppressionRule::defaults();
        rule.exempt.clear();
        wres::core::MetricStore(*database).setSuppressionRule(rule);
    }
    EXPECT_EQ(run({"metrics", "--db", db, "--redact", "--indicator", "9"}).out.count(",R"), 12);
    const QString pdf = scratch.path("public.pdf");
    ASSERT_EQ(run({"board-pack", "--db", db, "-o", pdf, "--redact"}).exit, 0);
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains("No indicator is exempt")) << "the pack's method note says so";
}

TEST_F(PublicCli, TheCommandPrintsWhatTheCoreReportHolds)
{
    const Result r = run({"metrics", "--db", db, "--redact", "--format", "json"});
    auto database = wres::core::Database::open(db, wres::core::Database::Mode::OpenExisting);
    const wres::core::MetricStore store(*database);
    const auto report = wres::core::MetricReport::build(store.counts(), store.targets(), store.suppressionRule());
    EXPECT_EQ(r.out.toUtf8(), wres::core::MetricsOutput::toJson(report.figures));
    EXPECT_EQ(run({"metrics", "--db", db, "--redact", "--format", "narrative"}).out.toUtf8(),
              wres::core::MetricsOutput::narrative(report));
}

TEST_F(PublicCli, FreeTextWithNumbersIsWarnedRefusedWhenStrictAndLeftOutOnRequest)
{
    ASSERT_EQ(run({"update", "--db", db, "--action", "1", "--progress", "4 of the 7 BME attendees were promoted",
                   "--author", "Head of EDI"})
                  .exit,
              0);
    const QString pdf = scratch.path("public.pdf");
    Result r = run({"board-pack", "--db", db, "-o", pdf, "--redact", "--since", "2000-01-01", "--strict"});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("error: action 1.1.1, progress note: holds 4, 7")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("error: action 1.1.1, update note: holds 4, 7"));
    EXPECT_TRUE(r.err.contains("nothing was written (--strict)"));
    EXPECT_FALSE(QFile::exists(pdf));

    r = run({"board-pack", "--db", db, "-o", pdf, "--redact", "--since", "2000-01-01"});
    EXPECT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("warning: action 1.1.1, progress note: holds 4, 7 (\"4 of the 7 BME attendees"));
    EXPECT_TRUE(pdfText(pdf).contains("4 of the 7 BME attendees were promoted"));

    r = run({"board-pack", "--db", db, "-o", pdf, "--redact", "--since", "2000-01-01", "--no-notes", "--strict"});
    EXPECT_EQ(r.exit, 0) << "with the notes left out nothing else holds a number: " << r.err.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_FALSE(text.contains("BME attendees"));
    EXPECT_TRUE(text.contains("Method note: small numbers"));
    EXPECT_TRUE(text.contains("WRES (below 10)"));

    // The full pack is for the Board: nothing is screened.
    r = run({"board-pack", "--db", db, "-o", scratch.path("full.pdf")});
    EXPECT_FALSE(r.err.contains("warning")) << r.err.toStdString();
}

} // namespace
