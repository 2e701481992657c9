// The command line as a contract: each command and each failure path, run as a real process.
#include "CliRun.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

#include <gtest/gtest.h>
#include <memory>
#include <unistd.h>
#include <vector>

using wres::test::convertWithLibreOffice;
using wres::test::readFile;
using wres::test::Result;
using wres::test::run;
using wres::test::Scratch;

namespace {

const QByteArray kHeader = "theme,theme_indicators,objective_no,objective,action_no,action,leads,timescale,status,rag,"
                           "indicators,milestones,progress\r\n";

class Cli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = scratch.path(QStringLiteral("plan.wres"));
        const Result demo = run({"demo", "--db", db});
        ASSERT_EQ(demo.exit, 0) << demo.err.toStdString();
    }
    QStringList csvLines(const QStringList& extra)
    {
        const Result r = run(QStringList{"actions", "--db", db, "--format", "csv"} + extra);
        EXPECT_EQ(r.exit, 0) << r.err.toStdString();
        return r.out.split("\r\n", Qt::SkipEmptyParts);
    }
    // Rows of the CSV listing, counted by their id fields (text fields may span lines).
    int actionCount(const QStringList& extra)
    {
        const Result r = run(QStringList{"actions", "--db", db, "--format", "json"} + extra);
        EXPECT_EQ(r.exit, 0) << r.err.toStdString();
        return int(QJsonDocument::fromJson(r.out.toUtf8()).array().size());
    }
    Scratch scratch;
    QString db;
};

TEST(CliBasics, VersionAndHelp)
{
    Result r = run({"--version"});
    EXPECT_EQ(r.exit, 0);
    EXPECT_TRUE(r.out.startsWith("wres-tracker 0.")) << r.out.toStdString();
    r = run({"--help"});
    EXPECT_EQ(r.exit, 0);
    for (const char* command : {"demo", "import", "export", "actions", "update", "check"})
        EXPECT_TRUE(r.out.contains(QString::fromLatin1(command))) << command;
    r = run({"actions", "--help"});
    EXPECT_EQ(r.exit, 0);
    EXPECT_TRUE(r.out.contains("--due-within"));
}

TEST(CliBasics, UnknownCommandAndOptionAreBadUsage)
{
    Result r = run({"exprot"});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("'exprot' is not a command"));
    r = run({"actions", "--colour"});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("colour"));
    r = run({"actions"});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("--db FILE is required"));
}

TEST_F(Cli, DemoRefusesToOverwrite)
{
    const QByteArray before = readFile(db);
    const Result r = run({"demo", "--db", db});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("already exists"));
    EXPECT_EQ(readFile(db), before);
}

TEST_F(Cli, CheckReportsFormatAndCounts)
{
    const Result r = run({"check", "--db", db});
    EXPECT_EQ(r.exit, 0) << r.err.toStdString();
    static const QRegularExpression current("OK\\. File format (\\d+) \\(this program writes \\1\\)");
    EXPECT_TRUE(current.match(r.out).hasMatch()) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("12 action(s)"));
}

TEST_F(Cli, ActionsCsvStartsWithIdAndHasTheContractColumns)
{
    const QStringList lines = csvLines({});
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.front(), "id,reference,theme,objective_no,action_no,action,leads,timescale,due,status,rag,"
                             "indicators,overdue,last_update");
    EXPECT_TRUE(lines.at(1).startsWith("1,1.1.1,\"Workforce Representation, Recruitment & Retention\",1,1.1,"));
    EXPECT_EQ(actionCount({}), 12);
}

TEST_F(Cli, ActionFilters)
{
    EXPECT_EQ(actionCount({"--lead", "head of edi"}), 7) << "a lead matches exactly, in any case";
    EXPECT_EQ(actionCount({"--lead", "Head of"}), 0);
    EXPECT_EQ(actionCount({"--status", "not started"}), 2);
    EXPECT_EQ(actionCount({"--indicator", "3"}), 6) << "all six actions of theme 2, which lists indicator 3";
    EXPECT_EQ(actionCount({"--indicator", "1"}), 4);
    EXPECT_EQ(actionCount({"--overdue", "--today", "2024-04-15"}), 2) << "the two March 2024 actions not complete";
    EXPECT_EQ(actionCount({"--due-within", "30", "--today", "2024-06-01"}), 4);
    EXPECT_EQ(actionCount({"--overdue", "--lead", "EDI Partner", "--today", "2024-07-01"}), 2);
    EXPECT_EQ(actionCount({"--no-update-for", "90"}), 12);

    const Result json = run({"actions", "--db", db, "--format", "json", "--overdue", "--today", "2024-07-01"});
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_TRUE(rows.at(0).toObject().value("overdue").toBool());
    EXPECT_EQ(rows.at(0).toObject().value("due").toString(), "2024-06-30");

    const Result table = run({"actions", "--db", db, "--today", "2024-07-01"});
    EXPECT_EQ(table.exit, 0);
    EXPECT_TRUE(table.out.contains("OVERDUE"));
    EXPECT_TRUE(table.out.contains("12 actions"));
}

TEST_F(Cli, BadFilterValuesAreBadUsage)
{
    for (const QStringList& args :
         {QStringList{"--status", "Finished"}, QStringList{"--indicator", "12"}, QStringList{"--rag", "Y"},
          QStringList{"--due-within", "soon"}, QStringList{"--format", "xml"}, QStringList{"--today", "31/12/2024"},
          QStringList{"--plan", "7"}}) {
        const Result r = run(QStringList{"actions", "--db", db} + args);
        EXPECT_EQ(r.exit, 1) << args.join(' ').toStdString();
        EXPECT_FALSE(r.err.isEmpty());
    }
}

TEST_F(Cli, UpdateRecordsHistoryAndChangesTheAction)
{
    Result r = run({"update", "--db", db, "--action", "7", "--status", "in progress", "--rag", "A", "--progress",
                    "Capability review started", "--author", "Deputy Chief People Officer"});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("status In progress, RAG A"));
    const QStringList lines = csvLines({"--status", "In progress", "--rag", "A"});
    ASSERT_EQ(lines.size(), 2) << lines.join(QChar(10)).toStdString(); // records end in CRLF; text breaks are LF
    EXPECT_TRUE(lines.at(1).startsWith("7,"));

    const QString json = scratch.path("plan.json");
    ASSERT_EQ(run({"export", "--db", db, "-o", json}).exit, 0);
    const QByteArray exported = readFile(json);
    EXPECT_TRUE(exported.contains("\"Capability review started\""));
    EXPECT_TRUE(exported.contains("\"Deputy Chief People Officer\""));
    const QJsonArray audit = QJsonDocument::fromJson(exported).object().value("audit").toArray();
    ASSERT_EQ(audit.size(), 4) << "status, RAG, progress and the update itself";
    EXPECT_EQ(audit.at(0).toObject().value("field").toString(), "status");
    EXPECT_EQ(audit.at(0).toObject().value("old_value").toString(), "Not started");
    EXPECT_EQ(audit.at(0).toObject().value("new_value").toString(), "In progress");
    EXPECT_EQ(audit.at(0).toObject().value("entity_id").toInt(), 7);
}

TEST_F(Cli, UpdateFailuresChangeNothing)
{
    const QByteArray before = run({"actions", "--db", db, "--format", "csv"}).out.toUtf8();
    Result r = run({"update", "--db", db, "--action", "999", "--status", "Complete"});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("no action with id 999"));
    r = run({"update", "--db", db, "--action", "1"});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("Nothing to record"));
    r = run({"update", "--db", db, "--action", "1", "--status", "Done"});
    EXPECT_EQ(r.exit, 1);
    r = run({"update", "--db", scratch.path("missing.wres"), "--action", "1", "--status", "Complete"});
    EXPECT_EQ(r.exit, 2);
    EXPECT_FALSE(QFile::exists(scratch.path("missing.wres")));
    EXPECT_EQ(run({"actions", "--db", db, "--format", "csv"}).out.toUtf8(), before);
}

TEST_F(Cli, ExportImportRoundTripsCsvByteForByteAndJsonWithHistory)
{
    ASSERT_EQ(run({"update", "--db", db, "--action", "2", "--status", "Delayed", "--author", "Head of EDI"}).exit, 0);
    const QString csv = scratch.path("plan.csv");
    ASSERT_EQ(run({"export", "--db", db, "-o", csv}).exit, 0);
    const QString copy = scratch.path("copy.wres");
    Result r = run({"import", "--db", copy, csv, "--title", "Copy"});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    const QString again = scratch.path("again.csv");
    ASSERT_EQ(run({"export", "--db", copy, "-o", again}).exit, 0);
    EXPECT_EQ(readFile(again), readFile(csv));

    const QString json = scratch.path("plan.json");
    ASSERT_EQ(run({"export", "--db", db, "-o", json}).exit, 0);
    const QString fromJson = scratch.path("from-json.wres");
    ASSERT_EQ(run({"import", "--db", fromJson, json}).exit, 0);
    const QString json2 = scratch.path("again.json");
    ASSERT_EQ(run({"export", "--db", fromJson, "-o", json2}).exit, 0);
    // History, revisions and identity survive, the trail marked as imported: compared line by line in
    // Hardening.AJsonRoundTripGivesThePlanBackAndItsTrailMarkedAsImported.
    const Result twice = run({"import", "--db", fromJson, json});
    EXPECT_EQ(twice.exit, 0) << "a second copy in the same file gets its own identity: " << twice.err.toStdString();
}

TEST_F(Cli, ExportProblems)
{
    Result r = run({"export", "--db", db, "-o", scratch.path("plan.pdf")});
    EXPECT_EQ(r.exit, 1);
    r = run({"export", "--db", db, "-o", scratch.path("no/such/folder/plan.csv")});
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(r.err.contains("Cannot write"));
    ASSERT_EQ(run({"import", "--db", db, wres::test::dataPath("examples/trust-2020-21.csv")}).exit, 0);
    r = run({"export", "--db", db, "-o", scratch.path("two.csv")});
    EXPECT_EQ(r.exit, 1) << "two plans: say which";
    EXPECT_TRUE(r.err.contains("--plan"));
    EXPECT_EQ(run({"export", "--db", db, "--plan", "2", "-o", scratch.path("two.csv")}).exit, 0);
}

// Bad input: exit 1, FILE:LINE: column: message for each problem, the database untouched.
struct BadInput
{
    const char* name;
    QByteArray bytes;
    QStringList expected; // each must appear on stderr
};

class CliBadInput : public ::testing::TestWithParam<BadInput>
{};

TEST_P(CliBadInput, ExitsOneNamesEveryProblemAndChangesNothing)
{
    const BadInput& input = GetParam();
    Scratch scratch;
    const QString file = scratch.write(QString::fromLatin1(input.name), input.bytes);
    // Into a new file: the file is never created.
    const QString fresh = scratch.path("fresh.wres");
    Result r = run({"import", "--db", fresh, file});
    EXPECT_EQ(r.exit, 1) << r.err.toStdString();
    for (const QString& expected : input.expected)
        EXPECT_TRUE(r.err.contains(expected))
            << "missing: " << expected.toStdString() << "\nin: " << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(fresh));
    // Into an existing plan file: not a byte changes.
    const QString existing = scratch.path("existing.wres");
    ASSERT_EQ(run({"demo", "--db", existing}).exit, 0);
    const QByteArray before = readFile(existing);
    r = run({"import", "--db", existing, file});
    EXPECT_EQ(r.exit, 1);
    EXPECT_EQ(readFile(existing), before);
}

INSTANTIATE_TEST_SUITE_P(
    Plans, CliBadInput,
    ::testing::Values(
        BadInput{"status.csv", kHeader + "T,,1,O,1,A,L,June 2024,Done,,,,\r\n", {"status.csv:2: status: 'Done'"}},
        BadInput{"rag.csv", kHeader + "T,,1,O,1,A,L,June 2024,,Purple,,,\r\n", {"rag.csv:2: rag: 'Purple'"}},
        BadInput{"indicator.csv",
                 kHeader + "T,,1,O,1,A,L,,,,\"2, 10\",,\r\nT,,1,O,2,B,L,,,,All,,\r\nT,,1,O,3,C,L,,,,x,,\r\n",
                 {"indicator.csv:2: indicators: '10'", "indicator.csv:4: indicators: 'x'", "2 problems found"}},
        BadInput{"columns.csv",
                 "theme,objective,action,leads,timescale\r\nT,O,A,L,June 2024\r\n",
                 {"columns.csv:1: status: required column is missing"}},
        BadInput{"utf8.csv", kHeader + "T,,1,O,1,Caf\xe9,L,,,,,,\r\n", {"utf8.csv:2: the file is not valid UTF-8"}},
        BadInput{"quote.csv",
                 kHeader + "T,,1,O,1,\"A never closed,L,,,,,,\r\n",
                 {"quote.csv:2: a quoted field (field 6) is never closed"}},
        BadInput{"empty.csv", "", {"empty.csv: the file is empty"}},
        BadInput{"header-only.csv", kHeader, {"header-only.csv:2: the file has a header but no rows"}},
        BadInput{"plan.xlsx", "PK\x03\x04", {"plan.xlsx: not an Excel workbook (.xlsx): it is not a zip package"}},
        BadInput{"plan.ods", "PK\x03\x04", {"cannot import a .ods file; give a plan as .csv, .xlsx or .json"}},
        BadInput{
            "broken.json", "{\"format\": \"wres-tracker-plan\", \"themes\": [}", {"broken.json:1: not valid JSON"}}));

TEST(CliFiles, UnusableFilesExitTwoWithASentence)
{
    Scratch scratch;
    const QString text = scratch.write("notes.wres", "this is not a database\n");
    Result r = run({"actions", "--db", text});
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(r.err.contains("not a WRES Tracker plan file"));
    EXPECT_EQ(readFile(text), QByteArray("this is not a database\n"));
    r = run({"check", "--db", scratch.path("missing.wres")});
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(r.err.contains("does not exist"));
    r = run({"import", "--db", scratch.path("x.wres"), scratch.path("missing.csv")});
    EXPECT_EQ(r.exit, 2);
    r = run({"import", "--db", text, wres::test::dataPath("examples/trust-2020-21.csv")});
    EXPECT_EQ(r.exit, 2);
    EXPECT_EQ(readFile(text), QByteArray("this is not a database\n"));
}

TEST(CliFiles, ANewerFileIsRefused)
{
    Scratch scratch;
    const QString db = scratch.path("newer.wres");
    ASSERT_EQ(run({"demo", "--db", db}).exit, 0);
    // Raise the schema version as a future program would, straight in the file header (offset 60).
    QFile file(db);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.seek(60);
    file.write(QByteArray::fromHex("00000063"));
    file.close();
    const Result r = run({"actions", "--db", db});
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(r.err.contains("newer version of WRES Tracker")) << r.err.toStdString();
}

TEST(CliFiles, EveryExamplePlanImports)
{
    Scratch scratch;
    const QString db = scratch.path("examples.wres");
    for (const char* name : {"ambulance-trust-2022-23.csv", "mental-health-trust-2022-23.csv",
                             "partnership-trust-2022-24.csv", "trust-2020-21.csv"}) {
        const Result r = run({"import", "--db", db, wres::test::dataPath(QStringLiteral("examples/") + name)});
        EXPECT_EQ(r.exit, 0) << name << ": " << r.err.toStdString();
    }
    const Result r = run({"check", "--db", db});
    EXPECT_TRUE(r.out.contains("4 plan(s), 41 action(s)")) << r.out.toStdString();
}

} // namespace

namespace {

TEST(CliMetrics, GoldenFiguresAndTheirRedactedForm)
{
    Scratch scratch;
    const QString db = scratch.path("m.wres");
    Result r = run({"import-metrics", "--db", db, wres::test::dataPath("metrics/small.csv")});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("Imported 13 metric rows"));
    r = run({"metrics", "--db", db});
    EXPECT_EQ(r.exit, 0);
    EXPECT_EQ(r.out.toUtf8(), readFile(wres::test::dataPath("metrics/expected.csv")));
    r = run({"metrics", "--db", db, "--redact"});
    EXPECT_EQ(r.out.toUtf8(), readFile(wres::test::dataPath("metrics/expected-redacted.csv")));
    r = run({"metrics", "--db", db, "--indicator", "2", "--format", "json"});
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(1).toObject().value("change").toString(), "worse");
    EXPECT_EQ(rows.at(1).toObject().value("previous_period").toString(), "2020/21");
    r = run({"metrics", "--db", db, "--format", "narrative", "--indicator", "2"});
    EXPECT_TRUE(r.out.startsWith("2. In 2021/22, White applicants were 2.33 times more likely")) << r.out.toStdString();
}

TEST(CliMetrics, ReimportingReplacesRows)
{
    Scratch scratch;
    const QString db = scratch.path("m.wres");
    ASSERT_EQ(run({"import-metrics", "--db", db, wres::test::dataPath("metrics/small.csv")}).exit, 0);
    const QString update = scratch.write("update.csv", "indicator,period,category,group,count,total,value\r\n"
                                                       "2,2021/22,,BME,40,120,\r\n");
    const Result r = run({"import-metrics", "--db", db, update});
    EXPECT_TRUE(r.out.contains("1 replaced")) << r.out.toStdString();
    EXPECT_TRUE(run({"metrics", "--db", db, "--indicator", "2"}).out.contains("2,2021/22,,relative_likelihood,0.47"));
}

TEST(CliMetrics, BadMetricsChangeNothing)
{
    Scratch scratch;
    const QString db = scratch.path("m.wres");
    ASSERT_EQ(run({"demo", "--db", db}).exit, 0);
    const QByteArray before = readFile(db);
    const QString bad = scratch.write("bad.csv", "indicator,period,category,group,count,total,value\r\n"
                                                 "2,2023/24,,White,10,20,\r\n"
                                                 "10,2023/24,,White,10,20,\r\n"
                                                 "2,2023/24,,BME,30,20,\r\n"
                                                 "6,2023,,Purple,1,2,\r\n");
    const Result r = run({"import-metrics", "--db", db, bad});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("bad.csv:3: indicator: '10' is not a WRES indicator")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("bad.csv:4: count: the count 30 is more than its total 20"));
    EXPECT_TRUE(r.err.contains("bad.csv:5: group: 'Purple' is not a group"));
    EXPECT_TRUE(r.err.contains("3 problems found; nothing was imported"));
    EXPECT_EQ(readFile(db), before);
    EXPECT_FALSE(run({"metrics", "--db", db, "--indicator", "2"}).out.contains("2023/24"));
}

TEST(CliMetrics, TheRedactedDemoShowsNoFigureRestingOnASmallCount)
{
    Scratch scratch;
    const QString db = scratch.path("demo.wres");
    ASSERT_EQ(run({"demo", "--db", db}).exit, 0);
    const QJsonArray open =
        QJsonDocument::fromJson(run({"metrics", "--db", db, "--format", "json"}).out.toUtf8()).array();
    const QJsonArray redacted =
        QJsonDocument::fromJson(run({"metrics", "--db", db, "--format", "json", "--redact"}).out.toUtf8()).array();
    ASSERT_EQ(open.size(), redacted.size());
    ASSERT_GT(open.size(), 150) << "four years of all nine indicators";
    int hidden = 0;
    for (qsizetype i = 0; i < open.size(); ++i) {
        bool small = false;
        for (const QJsonValue& part : open.at(i).toObject().value("counts").toArray()) {
            const QJsonObject p = part.toObject();
            small = small || (p.value("count").isDouble() && p.value("count").toInt() < 10) ||
                    (p.value("total").isDouble() && p.value("total").toInt() < 10);
        }
        const QJsonObject shown = redacted.at(i).toObject();
        if (shown.value("indicator").toInt() == 9) {
            EXPECT_NE(shown.value("shown").toString(), "R") << "the board is published in full by default";
            continue;
        }
        if (small) {
            EXPECT_EQ(shown.value("shown").toString(), "R") << shown.value("period").toString().toStdString();
        }
        if (shown.value("shown").toString() == "R") {
            ++hidden;
            EXPECT_FALSE(shown.contains("counts"));
            EXPECT_FALSE(shown.contains("previous"));
        } else {
            for (const QJsonValue& part : shown.value("counts").toArray())
                EXPECT_GE(part.toObject().value("count").toInt(10), 10);
        }
    }
    EXPECT_GT(hidden, 12) << "the senior bands, disciplinary and subgroups at least";
    const Result threshold =
        run({"metrics", "--db", db, "--redact", "--threshold", "1", "--exempt", "none", "--indicator", "9"});
    EXPECT_EQ(threshold.out.count(",R"), 1) << "a threshold of 1 hides only the zero count (executive, March 2020)";
    EXPECT_TRUE(threshold.out.contains("9,March 2020,Executive,difference,R"));
}

} // namespace

namespace {

TEST_F(Cli, AuditShowsFiltersAndExportsTheTrail)
{
    ASSERT_EQ(run({"update", "--db", db, "--action", "2", "--status", "Delayed", "--author", "Head of EDI"}).exit, 0);
    ASSERT_EQ(run({"update", "--db", db, "--action", "3", "--progress", "+44 calls", "--author", "Lead"}).exit, 0);
    Result r = run({"audit", "--db", db});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("Head of EDI  Action")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("status: In progress → Delayed") || r.out.contains("status: Not started → Delayed"))
        << r.out.toStdString();
    r = run({"audit", "--db", db, "--action", "3", "--format", "csv"});
    ASSERT_EQ(r.exit, 0);
    const QStringList lines = r.out.split("\r\n", Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << "header, progress, the update";
    EXPECT_TRUE(lines.at(1).contains(",'+44 calls,")) << "guarded against spreadsheet formulas";
    const QString file = scratch.path("audit.csv");
    ASSERT_EQ(run({"audit", "--db", db, "--author", "Lead", "--format", "csv", "-o", file}).exit, 0);
    EXPECT_EQ(readFile(file).count("\r\n"), 3);
    EXPECT_EQ(run({"audit", "--db", db, "--since", "2999-01-01"}).out, "");
    r = run({"audit", "--db", db, "--since", "yesterday"});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("--since: 'yesterday' is not a date")) << r.err.toStdString();
    EXPECT_EQ(run({"audit", "--db", db, "--format", "xml"}).exit, 1);
}

} // namespace

namespace {

// Runs the program as a user who may read the file but not write it or its folder. As root (CI)
// permissions do not bind, so the run drops to the unprivileged user "nobody" with setpriv.
Result runWithoutWriteAccess(const QStringList& arguments)
{
    if (geteuid() != 0)
        return run(arguments);
    QProcess process;
    process.start("setpriv",
                  QStringList{"--reuid=65534", "--regid=65534", "--clear-groups", WRES_TRACKER_EXE} + arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

TEST_F(Cli, AFileThatCannotBeWrittenIsShownButNeverChanged)
{
    const QByteArray before = readFile(db);
    QFile::setPermissions(scratch.path(""), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther |
                                                QFile::ReadGroup | QFile::ExeGroup);
    QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const Result list = runWithoutWriteAccess({"actions", "--db", db, "--format", "csv"});
    EXPECT_EQ(list.exit, 0) << list.err.toStdString();
    EXPECT_EQ(list.out.split("\r\n", Qt::SkipEmptyParts).size(), 13) << "the header and the demo's 12 actions";
    const Result update = runWithoutWriteAccess({"update", "--db", db, "--action", "1", "--status", "Complete"});
    EXPECT_EQ(update.exit, 2);
    EXPECT_TRUE(update.err.contains("is open read-only; nothing was changed")) << update.err.toStdString();
    QFile::setPermissions(scratch.path(""), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    EXPECT_EQ(readFile(db), before);
}

} // namespace

namespace {

// Several programs writing the same file at the same moment: each waits its turn (BEGIN IMMEDIATE
// and the busy timeout) instead of failing, and every update is recorded.
TEST_F(Cli, ProgramsWritingAtOnceWaitTheirTurnAndAllSucceed)
{
    constexpr int kWriters = 6;
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int i = 0; i < kWriters; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(WRES_TRACKER_EXE, {"update", "--db", db, "--action", QString::number(1 + i % 3), "--progress",
                                          QString("writer %1").arg(i), "--author", QString("Writer %1").arg(i)});
        writers.push_back(std::move(process));
    }
    for (auto& process : writers) {
        ASSERT_TRUE(process->waitForFinished(30000));
        EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardError().toStdString();
    }
    const Result audit = run({"audit", "--db", db, "--format", "csv"});
    for (int i = 0; i < kWriters; ++i)
        EXPECT_TRUE(audit.out.contains(QString(",writer %1,").arg(i))) << i;
    EXPECT_EQ(run({"check", "--db", db}).exit, 0);
}

} // namespace

namespace {

TEST_F(Cli, CalendarWritesTheOpenActionsDueDatesForEveryoneOrOneLead)
{
    const QString all = scratch.path("all.ics");
    Result r = run({"calendar", "--db", db, "-o", all});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    const QByteArray ics = readFile(all);
    EXPECT_TRUE(r.out.contains(QString("Wrote %1 due dates").arg(ics.count("BEGIN:VEVENT"))));
    EXPECT_GE(ics.count("BEGIN:VEVENT"), 3);
    EXPECT_TRUE(ics.contains("DTSTART;VALUE=DATE:20240630\r\n"));
    const QString mine = scratch.path("mine.ics");
    ASSERT_EQ(run({"calendar", "--db", db, "-o", mine, "--lead", "head of clinical education"}).exit, 0);
    EXPECT_LT(readFile(mine).count("BEGIN:VEVENT"), ics.count("BEGIN:VEVENT"));
    EXPECT_TRUE(QString::fromUtf8(readFile(mine)).replace("\r\n ", "").contains("Head of Clinical Education"));
    r = run({"calendar", "--db", db, "-o", mine, "--lead", "Nobody"});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("No action of this plan is led by 'Nobody'"));
    EXPECT_EQ(run({"calendar", "--db", db}).exit, 1) << "-o is required";
}

} // namespace

namespace {

TEST_F(Cli, AWorkbookExportsAndImportsBackEvenAfterLibreOfficeSavedIt)
{
    const QString workbook = scratch.path("plan.xlsx");
    Result r = run({"export", "--db", db, "-o", workbook});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    ASSERT_TRUE(readFile(workbook).startsWith("PK"));
    const QString csv = scratch.path("plan.csv");
    ASSERT_EQ(run({"export", "--db", db, "-o", csv}).exit, 0);

    const QString direct = scratch.path("direct.wres");
    r = run({"import", "--db", direct, workbook});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    const QString again = scratch.path("again.csv");
    ASSERT_EQ(run({"export", "--db", direct, "-o", again}).exit, 0);
    EXPECT_EQ(readFile(again), readFile(csv)) << "the workbook holds the plan without loss";

    ASSERT_FALSE(QStandardPaths::findExecutable("soffice").isEmpty())
        << "LibreOffice (libreoffice-calc-nogui) is installed by script/test";
    QDir().mkpath(scratch.path("lo"));
    const QString resaved = convertWithLibreOffice(workbook, "xlsx", scratch.path("lo"));
    ASSERT_TRUE(QFile::exists(resaved));
    EXPECT_NE(readFile(resaved), readFile(workbook)) << "LibreOffice wrote its own workbook";
    const QString fromLibreOffice = scratch.path("lo.wres");
    r = run({"import", "--db", fromLibreOffice, resaved});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    ASSERT_EQ(run({"export", "--db", fromLibreOffice, "-o", again}).exit, 0);
    EXPECT_EQ(readFile(again), readFile(csv)) << "a workbook saved by LibreOffice loads the same plan";

    const QString xls = convertWithLibreOffice(workbook, "xls", scratch.path("lo"));
    ASSERT_TRUE(QFile::exists(xls));
    const QString refused = scratch.path("refused.wres");
    r = run({"import", "--db", refused, xls});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("old Excel 97-2003 workbook (.xls)")) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(refused)) << "nothing imported, no file made";
}

} // namespace

namespace {

TEST_F(Cli, ChangingAFileFromTheCommandLineTakesTheDaysBackupFirst)
{
    const QString backups = QFileInfo(db).dir().filePath("backups");
    EXPECT_FALSE(QDir(backups).exists()) << "creating a file copies nothing";
    ASSERT_EQ(run({"actions", "--db", db}).exit, 0);
    EXPECT_FALSE(QDir(backups).exists()) << "reading copies nothing";
    ASSERT_EQ(run({"update", "--db", db, "--action", "1", "--status", "Delayed"}).exit, 0);
    const QStringList taken = QDir(backups).entryList({"plan-daily-*.wres"});
    ASSERT_EQ(taken.size(), 1);
    ASSERT_EQ(run({"update", "--db", db, "--action", "2", "--status", "Delayed"}).exit, 0);
    EXPECT_EQ(QDir(backups).entryList({"plan-daily-*.wres"}).size(), 1) << "one a day";
    // The copy is the file as it was before the day's first change.
    const Result before =
        run({"actions", "--db", QDir(backups).filePath(taken.front()), "--status", "Delayed", "--format", "csv"});
    EXPECT_EQ(before.exit, 0) << before.err.toStdString();
    EXPECT_FALSE(before.out.contains("\r\n1,")) << before.out.toStdString();
}

} // namespace
