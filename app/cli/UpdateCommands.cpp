#include "UpdateCommands.h"

#include "Options.h"
#include "Output.h"
#include "domain/Counted.h"
#include "io/RequestWorkbook.h"
#include "report/RequestFiles.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/StoreError.h"
#include "updates/UpdateRequests.h"
#include "updates/UpdateReturns.h"

#include <QCoreApplication>

namespace wres::app::UpdateCommands {
namespace {

using core::Database;

using Output::shown;

int runRequests(const QCommandLineParser& parser)
{
    const QString folder = parser.value(QStringLiteral("output"));
    if (folder.isEmpty())
        throw UsageError{QCoreApplication::translate(
            "wres", "-o FOLDER is required: where to write the workbooks, one for each lead.")};
    core::UpdateRequests::Options options;
    options.today = Options::todayOf(parser);
    options.lead = parser.value(QStringLiteral("lead"));
    if (const auto days = Options::integer(parser, QStringLiteral("due-within"), 0, 36500))
        options.dueWithinDays = int(*days);

    // The requests are recorded in the file, to match the answers and name who is still to answer:
    // someone who may not record them (a read-only file, a viewer or lead login) is refused first.
    auto db = Options::openForChange(Options::dbPath(parser), Database::Mode::OpenExisting);
    core::UpdateRequests::ensureMayIssue(*db);
    const core::PlanInfo plan = core::PlanStore(*db).choosePlan(Options::planId(parser));
    const QList<core::UpdateRequests::LeadRequest> requests = core::UpdateRequests::gather(*db, plan.id, options);
    if (requests.isEmpty()) {
        Output::out(QCoreApplication::translate("wres", "No open actions to ask about; no workbook was written.\n"));
        return ExitOk;
    }
    core::SafeWrite::Options guard;
    guard.mayReplace = [&db](const QString& existing) { return core::UpdateRequests::pendingAnswers(*db, existing); };
    // All or nothing: the files and the record of the round.
    const QList<ui::RequestFiles::Written> written =
        ui::RequestFiles::write(requests, folder, parser.isSet(QStringLiteral("pdf")), guard,
                                [&] { core::UpdateRequests::recordIssued(*db, plan.id, requests); });
    for (const core::UpdateRequests::LeadRequest& request : requests)
        for (const QString& cut : core::RequestWorkbook::cutTexts(request))
            Output::err(cut + QLatin1Char('\n'));
    QString report;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        report += QStringLiteral("  %1 (%2)")
                      .arg(shown(written[i].workbook),
                           core::counted(requests[i].actions.size(), QCoreApplication::translate("wres", "%1 action"),
                                         QCoreApplication::translate("wres", "%1 actions")));
        if (!written[i].pdf.isEmpty())
            report += QStringLiteral(", %1").arg(shown(written[i].pdf));
        report += QLatin1Char('\n');
    }
    Output::out(
        core::counted(requests.size(),
                      QCoreApplication::translate("wres", "Wrote %1 update request for \"%2\" (%3 actions):\n"),
                      QCoreApplication::translate("wres", "Wrote %1 update requests for \"%2\" (%3 actions):\n"))
            .arg(plan.title)
            .arg(core::UpdateRequests::actionCount(requests)) +
        report);
    return ExitOk;
}

int runImport(const QCommandLineParser& parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        throw UsageError{QCoreApplication::translate("wres", "import-updates takes the returned workbooks (.xlsx).")};
    const bool applying = parser.isSet(QStringLiteral("apply"));
    auto db = applying ? Options::openForChange(Options::dbPath(parser), Database::Mode::OpenExisting)
                       : Options::openDatabase(parser, Database::Mode::OpenExisting, Database::Check::Light);
    std::optional<qint64> planId = Options::planId(parser);
    if (planId)
        core::PlanStore(*db).plan(*planId); // an unknown plan is an error

    bool leftOut = false; // a file with problems, or with conflicts to decide
    qint64 summaryPlan = planId.value_or(0);
    QList<std::pair<QString, int>> answered;
    for (const QString& path : files) {
        const core::UpdateReturns::FileReview review = core::UpdateReturns::reviewFile(*db, path, shown(path), planId);
        if (!review.canApply()) {
            leftOut = true;
            Output::err(core::UpdateReturns::describeProblems(review) + QLatin1Char('\n'));
            continue;
        }
        summaryPlan = review.planId;
        QString heading =
            core::counted(review.changes.size(), QCoreApplication::translate("wres", "%2 from %3: %1 answer"),
                          QCoreApplication::translate("wres", "%2 from %3: %1 answers"))
                .arg(review.shownName, review.lead);
        if (review.conflictCount() > 0)
            heading += core::counted(review.conflictCount(), QCoreApplication::translate("wres", ", %1 conflict"),
                                     QCoreApplication::translate("wres", ", %1 conflicts"));
        if (review.blankRows > 0)
            heading += core::counted(review.blankRows, QCoreApplication::translate("wres", ", %1 row left blank"),
                                     QCoreApplication::translate("wres", ", %1 rows left blank"));
        Output::out(heading + QLatin1Char('\n'));
        for (const core::UpdateReturns::Change& change : review.changes) {
            if (change.conflict) {
                QString conflict = core::UpdateReturns::describeConflict(change);
                conflict.replace(QLatin1Char('\n'), QStringLiteral("\n      "));
                Output::out(
                    QCoreApplication::translate(
                        "wres", "  CONFLICT %1\n    changed in the plan since the request was sent:\n      %2\n")
                        .arg(core::UpdateReturns::describe(change), conflict));
            } else {
                Output::out(QStringLiteral("  %1\n").arg(core::UpdateReturns::describe(change)));
            }
        }
        if (applying && review.conflictCount() > 0) {
            // Applied once only: the file waits, whole, for someone to decide each conflict.
            leftOut = true;
            Output::out(QCoreApplication::translate(
                "wres", "  Not applied: this file has conflicts. Import it in the window (Plan ▸ Import Updates), "
                        "where each answer can be ticked or not.\n"));
        } else if (applying) {
            const int applied = core::UpdateReturns::apply(*db, review);
            answered << std::make_pair(review.lead, applied);
            Output::out(core::counted(applied, QCoreApplication::translate("wres", "  Recorded %1 update from %2.\n"),
                                      QCoreApplication::translate("wres", "  Recorded %1 updates from %2.\n"))
                            .arg(review.lead));
        }
    }
    if (!applying) {
        Output::out(QCoreApplication::translate(
            "wres", "Nothing was changed (a dry run); run again with --apply to record these updates.\n"));
    } else if (summaryPlan > 0) {
        Output::out(core::UpdateReturns::summarise(*db, summaryPlan, answered).text() + QLatin1Char('\n'));
    }
    return leftOut ? ExitInvalidInput : ExitOk;
}

} // namespace

Command updateRequests()
{
    return {QStringLiteral("update-requests"),
            QCoreApplication::translate("wres",
                                        "Write a workbook for each lead asking for progress on their open actions."),
            [](QCommandLineParser& p) {
                p.addOption(Options::db());
                p.addOption(Options::plan());
                p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                             QCoreApplication::translate("wres", "The folder to write the workbooks in."),
                             QStringLiteral("FOLDER")});
                p.addOption({QStringLiteral("lead"),
                             QCoreApplication::translate("wres", "Only this lead (exact name, any case)."),
                             QStringLiteral("LEAD")});
                p.addOption({QStringLiteral("due-within"),
                             QCoreApplication::translate("wres", "Only actions due in the next DAYS days, or overdue."),
                             QStringLiteral("DAYS")});
                p.addOption({QStringLiteral("pdf"),
                             QCoreApplication::translate("wres", "Also write each request as a PDF to print.")});
                p.addOption(Options::today());
            },
            runRequests};
}

Command importUpdates()
{
    return {QStringLiteral("import-updates"),
            QCoreApplication::translate("wres",
                                        "Show (or with --apply, record) the updates in workbooks returned by leads."),
            [](QCommandLineParser& p) {
                p.addOption(Options::db());
                p.addOption(Options::plan());
                p.addOption(
                    {QStringLiteral("apply"),
                     QCoreApplication::translate(
                         "wres", "Record the updates (without it nothing is changed); conflicts are never applied.")});
                p.addPositionalArgument(QStringLiteral("FILE"),
                                        QCoreApplication::translate("wres", "The returned workbooks."),
                                        QStringLiteral("FILE..."));
            },
            runImport};
}

} // namespace wres::app::UpdateCommands
