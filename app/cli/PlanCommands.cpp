#include "PlanCommands.h"

#include "Options.h"
#include "Output.h"
#include "demo/DemoMetrics.h"
#include "demo/DemoPlan.h"
#include "domain/UserName.h"
#include "io/PlanCsv.h"
#include "io/PlanFiles.h"
#include "io/PlanJson.h"
#include "io/PlanXlsx.h"
#include "io/SafeWrite.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/Migrations.h"
#include "store/PlanStore.h"
#include "store/SchemaCheck.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wres::app::PlanCommands {
namespace {

using core::Database;

using Output::shown;

QString suffixOf(const QString& path)
{
    return QFileInfo(path).suffix().toLower();
}

// Reads a plan file (CSV, workbook or JSON) completely before anything is opened for writing.
core::PlanJson::Document readPlanFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        throw core::StoreError(
            core::StoreError::Kind::FileMissing,
            QCoreApplication::translate("wres", "%1 does not exist; check the name.").arg(shown(path)));
    if (!file.open(QIODevice::ReadOnly))
        throw core::StoreError(
            core::StoreError::Kind::FileMissing,
            QCoreApplication::translate("wres", "Cannot read %1: %2").arg(shown(path), file.errorString()));
    auto result = core::PlanFiles::read(file.readAll(), shown(path), suffixOf(path));
    if (!result.problems.isEmpty()) // an unknown kind of file, or problems in the plan: exit 1
        throw UsageError{core::PlanFiles::describe(result.problems)};
    return std::move(result.document);
}

int runDemo(const QCommandLineParser& parser)
{
    const QString path = Options::dbPath(parser);
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0)
        throw UsageError{QCoreApplication::translate("wres", "%1 already exists; the demo is written to a new file.")
                             .arg(shown(path))};
    const core::PlanData plan = core::DemoPlan::load();
    const core::MetricCounts metrics = core::DemoMetrics::load();
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    // A server database is not a file that exists: refuse one that holds plans already.
    if (!core::PlanStore(*db).plans().isEmpty())
        throw UsageError{QCoreApplication::translate("wres", "%1 already holds a plan; the demo is written to a new "
                                                             "file or an empty server database.")
                             .arg(shown(db->path()))};
    core::PlanStore(*db).addPlan(plan);
    core::MetricStore::unaudited(*db).importCounts(metrics);
    Output::out(QCoreApplication::translate(
                    "wres", "Created %1 with the demo plan \"%2\": %3 themes, %4 actions, and %5 rows of "
                            "demo metrics.\n")
                    .arg(shown(path), plan.info.title)
                    .arg(plan.themes.size())
                    .arg(plan.actionCount())
                    .arg(metrics.size()));
    return ExitOk;
}

int runImport(const QCommandLineParser& parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        throw UsageError{QCoreApplication::translate("wres", "import takes one plan file (.csv, .xlsx or .json).")};
    const QString dbPath = Options::dbPath(parser);
    core::PlanJson::Document document = readPlanFile(files.front());
    core::PlanData& plan = document.plan;
    if (parser.isSet(QStringLiteral("organisation")))
        plan.info.organisation = parser.value(QStringLiteral("organisation"));
    if (parser.isSet(QStringLiteral("title")))
        plan.info.title = parser.value(QStringLiteral("title"));
    if (parser.isSet(QStringLiteral("period")))
        plan.info.period = parser.value(QStringLiteral("period"));
    if (plan.info.title.isEmpty())
        plan.info.title = QFileInfo(files.front()).completeBaseName();
    auto db = Options::openForChange(dbPath, Database::Mode::CreateIfMissing);
    // The plan, its metrics and targets go in together or not at all.
    const qint64 id =
        core::PlanFiles::store(*db, document, core::systemUserName(),
                               QStringLiteral("import %1").arg(shown(files.front())), shown(files.front()));
    Output::out(QCoreApplication::translate("wres", "Imported \"%1\" into %2 as plan %3: %4 themes, %5 actions.\n")
                    .arg(plan.info.title, shown(dbPath))
                    .arg(id)
                    .arg(plan.themes.size())
                    .arg(plan.actionCount()));
    return ExitOk;
}

int runExport(const QCommandLineParser& parser)
{
    const QString target = parser.value(QStringLiteral("output"));
    if (target.isEmpty())
        throw UsageError{QCoreApplication::translate(
            "wres", "-o FILE is required: where to write the plan (.csv, .xlsx or .json).")};
    auto db = Options::openDatabase(parser, Database::Mode::OpenExisting);
    // The plan, its -wal, a backup: refused for what it is (exit 2) before any question of suffix.
    core::SafeWrite::check(target);
    const QString suffix = suffixOf(target);
    if (suffix != u"csv" && suffix != u"json" && suffix != u"xlsx")
        throw UsageError{QCoreApplication::translate("wres", "%1: cannot export as .%2; use .csv, .xlsx or .json.")
                             .arg(shown(target), suffix)};
    const core::PlanStore store(*db);
    const core::PlanInfo info = store.choosePlan(Options::planId(parser));
    core::PlanJson::Document document;
    QByteArray bytes;
    QStringList cut; // texts too long for a cell, written cut
    if (suffix == u"json" || suffix == u"xlsx") {
        document = core::PlanFiles::load(*db, info.id);
        bytes = suffix == u"xlsx" ? core::PlanXlsx::write(document, &cut) : core::PlanJson::write(document);
    } else {
        document.plan = store.load(info.id, false);
        bytes = core::PlanCsv::write(document.plan);
    }
    const core::PlanData& plan = document.plan;
    Output::writeFile(target, bytes);
    for (const QString& warning : cut)
        Output::err(QStringLiteral("%1:%2\n").arg(shown(target), warning));
    Output::out(QCoreApplication::translate("wres", "Wrote \"%1\" (%2 actions) to %3.\n")
                    .arg(info.title)
                    .arg(plan.actionCount())
                    .arg(shown(target)));
    return ExitOk;
}

int runCheck(const QCommandLineParser& parser)
{
    auto db = Options::openDatabase(parser, Database::Mode::OpenExisting);
    const QStringList problems = db->integrityProblems();
    const QString path = shown(db->path());
    if (!problems.isEmpty()) {
        for (const QString& problem : problems)
            Output::err(QStringLiteral("%1: %2\n").arg(path, problem));
        Output::err(
            QCoreApplication::translate("wres", "%1: the integrity check failed; restore the file from a backup.\n")
                .arg(path));
        return ExitUnusable;
    }
    // The schema objects exactly as the migrations make them, and a whole audit trail: a file whose
    // audit triggers were dropped, that carries a foreign trigger, or whose audit lines were deleted
    // is not a sound plan file, whatever SQLite's own check says.
    if (const QStringList wrong = core::SchemaCheck::problems(*db); !wrong.isEmpty()) {
        for (const QString& problem : wrong)
            Output::err(QStringLiteral("%1: %2\n").arg(path, problem));
        Output::err(QCoreApplication::translate("wres",
                                                "%1: the file's schema or audit trail is not as WRES Tracker "
                                                "keeps it (%2 problem(s)); it may have been changed by another "
                                                "program. Restore it from a backup, or ask whoever changed it.\n")
                        .arg(path)
                        .arg(wrong.size()));
        return ExitUnusable;
    }
    const core::PlanStore store(*db);
    const QList<core::PlanInfo> plans = store.plans();
    int actions = 0;
    for (const core::PlanInfo& info : plans)
        actions += store.load(info.id, false).actionCount();
    Output::out(QCoreApplication::translate(
                    "wres", "%1: OK. File format %2 (this program writes %3); %4 plan(s), %5 action(s), %6 lead(s).\n")
                    .arg(path)
                    .arg(db->schemaVersion())
                    .arg(core::Migrations::currentVersion())
                    .arg(plans.size())
                    .arg(actions)
                    .arg(store.leads().size()));
    return ExitOk;
}

} // namespace

Command demo()
{
    return {QStringLiteral("demo"),
            QCoreApplication::translate("wres", "Create a plan file holding the bundled demo plan."),
            [](QCommandLineParser& p) { p.addOption(Options::db()); }, runDemo};
}

Command import()
{
    return {
        QStringLiteral("import"),
        QCoreApplication::translate(
            "wres", "Import a plan (.csv, .xlsx or .json) into a plan file, creating it if missing; all or nothing."),
        [](QCommandLineParser& p) {
            p.addOption(Options::db());
            p.addOption({QStringLiteral("organisation"),
                         QCoreApplication::translate("wres", "The Trust the plan belongs to."),
                         QStringLiteral("NAME")});
            p.addOption(
                {QStringLiteral("title"),
                 QCoreApplication::translate("wres", "The plan's title (default: the file name, or the JSON's)."),
                 QStringLiteral("TITLE")});
            p.addOption({QStringLiteral("period"),
                         QCoreApplication::translate("wres", "The period the plan covers, e.g. 2023/24."),
                         QStringLiteral("PERIOD")});
            p.addPositionalArgument(QStringLiteral("PLAN"), QStringLiteral("The plan file: .csv or .json."));
        },
        runImport};
}

Command exportPlan()
{
    return {QStringLiteral("export"),
            QCoreApplication::translate(
                "wres", "Write a whole plan as CSV, an Excel workbook or JSON (JSON keeps everything)."),
            [](QCommandLineParser& p) {
                p.addOption(Options::db());
                p.addOption(Options::plan());
                p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                             QCoreApplication::translate("wres", "Where to write: a .csv, .xlsx or .json file."),
                             QStringLiteral("FILE")});
            },
            runExport};
}

Command check()
{
    return {QStringLiteral("check"),
            QCoreApplication::translate("wres", "Check a plan file's integrity, schema and audit trail, and show its "
                                                "file format."),
            [](QCommandLineParser& p) { p.addOption(Options::db()); }, runCheck};
}

} // namespace wres::app::PlanCommands
