#include "ActionCommands.h"

#include "Options.h"
#include "Output.h"
#include "domain/IsoDate.h"
#include "domain/UserName.h"
#include "framework/Framework.h"
#include "io/ActionList.h"
#include "io/AuditCsv.h"
#include "io/Calendar.h"
#include "store/ActionStore.h"
#include "store/AuditStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"

#include <QCoreApplication>
#include <QDir>

#include <limits>

namespace wres::app::ActionCommands {
namespace {

using core::Database;

int runActions(const QCommandLineParser& parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"table" && format != u"csv" && format != u"json")
        throw UsageError{
            QCoreApplication::translate("wres", "--format: '%1' is not a format; use table, csv or json.").arg(format)};
    core::ActionQuery query;
    query.today = Options::todayOf(parser);
    query.planId = Options::planId(parser);
    query.lead = parser.value(QStringLiteral("lead")).simplified();
    if (parser.isSet(QStringLiteral("status")))
        query.status = Options::status(parser.value(QStringLiteral("status")));
    if (parser.isSet(QStringLiteral("rag")))
        query.rag = Options::rag(parser.value(QStringLiteral("rag")));
    const int maxIndicator = core::Framework::wres().maxIndicatorNumber();
    if (const auto n = Options::integer(parser, QStringLiteral("indicator"), 1, maxIndicator))
        query.indicator = int(*n);
    query.overdueOnly = parser.isSet(QStringLiteral("overdue"));
    if (const auto days = Options::integer(parser, QStringLiteral("due-within"), 0, 36500))
        query.dueWithinDays = int(*days);
    if (const auto days = Options::integer(parser, QStringLiteral("no-update-for"), 0, 36500))
        query.noUpdateForDays = int(*days);

    // A listing only reads: the light check keeps it fast on large files (see Database::Check).
    auto db = Options::openDatabase(parser, Database::Mode::OpenExisting, Database::Check::Light);
    if (query.planId)
        core::PlanStore(*db).plan(*query.planId); // an unknown plan is an error, not an empty list
    const QList<core::ActionRow> rows = core::ActionStore(*db).list(query);
    if (format == u"csv")
        Output::out(core::ActionList::toCsv(rows, query.today));
    else if (format == u"json")
        Output::out(core::ActionList::toJson(rows, query.today));
    else
        Output::out(core::ActionList::toTable(rows, query.today));
    return ExitOk;
}

int runUpdate(const QCommandLineParser& parser)
{
    const auto actionId = Options::integer(parser, QStringLiteral("action"), 1, std::numeric_limits<qint64>::max());
    if (!actionId)
        throw UsageError{
            QCoreApplication::translate("wres", "--action ID is required: the action's id, as listed by 'actions'.")};
    core::UpdateRequest request;
    if (parser.isSet(QStringLiteral("status")))
        request.status = Options::status(parser.value(QStringLiteral("status")));
    if (parser.isSet(QStringLiteral("rag")))
        request.rag = Options::rag(parser.value(QStringLiteral("rag")));
    if (parser.isSet(QStringLiteral("progress")))
        request.progress = parser.value(QStringLiteral("progress"));
    request.author = parser.isSet(QStringLiteral("author")) ? parser.value(QStringLiteral("author")).simplified()
                                                            : core::systemUserName();
    if (!request.status && !request.rag && !request.progress)
        throw UsageError{QCoreApplication::translate("wres", "Nothing to record: give --status, --rag or --progress.")};

    auto db = Options::openForChange(Options::dbPath(parser), Database::Mode::OpenExisting);
    const core::StatusUpdate update = core::ActionStore(*db).recordUpdate(*actionId, request);
    QString summary =
        QStringLiteral("Recorded update %1 on action %2 by %3: status %4, RAG %5")
            .arg(update.id)
            .arg(*actionId)
            .arg(update.author,
                 update.status == core::Status::None ? QStringLiteral("(none)") : core::statusLabel(update.status),
                 update.rag == core::Rag::None ? QStringLiteral("(none)") : core::ragLetter(update.rag));
    Output::out(summary + QStringLiteral(".\n"));
    return ExitOk;
}

int runAudit(const QCommandLineParser& parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"text" && format != u"csv")
        throw UsageError{
            QCoreApplication::translate("wres", "--format: '%1' is not a format; use text or csv.").arg(format)};
    core::AuditQuery query;
    if (const auto id = Options::integer(parser, QStringLiteral("action"), 1, std::numeric_limits<qint64>::max())) {
        query.entity = QStringLiteral("action");
        query.entityId = *id;
    }
    query.author = parser.value(QStringLiteral("author")).simplified();
    query.text = parser.value(QStringLiteral("contains"));
    if (parser.isSet(QStringLiteral("since"))) {
        const QDate since = core::IsoDate::parseDate(parser.value(QStringLiteral("since")));
        if (!since.isValid())
            throw UsageError{QCoreApplication::translate("wres", "--since: '%1' is not a date; use YYYY-MM-DD.")
                                 .arg(parser.value(QStringLiteral("since")))};
        query.since = QDateTime(since.addDays(-1), QTime(23, 59, 59, 999), Qt::UTC);
    }
    auto db = Options::openDatabase(parser, Database::Mode::OpenExisting, Database::Check::Light);
    query.planId = core::PlanStore(*db).choosePlan(Options::planId(parser)).id;
    const QList<core::AuditRecord> records = core::AuditStore(*db).list(query);
    if (format == u"csv") {
        const QByteArray csv = core::auditCsv(records);
        if (parser.isSet(QStringLiteral("output")))
            Output::writeFile(parser.value(QStringLiteral("output")), csv);
        else
            Output::out(csv); // data: as it is
    } else {
        if (parser.isSet(QStringLiteral("output")))
            Output::writeFile(parser.value(QStringLiteral("output")), core::auditText(records).toUtf8());
        else
            Output::out(core::auditText(records));
    }
    return ExitOk;
}

int runCalendar(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("output")))
        throw UsageError{QCoreApplication::translate("wres", "-o OUT.ics is required: the calendar file to write.")};
    auto db = Options::openDatabase(parser, Database::Mode::OpenExisting, Database::Check::Light);
    const core::PlanInfo plan = core::PlanStore(*db).choosePlan(Options::planId(parser));
    core::ActionQuery query;
    query.planId = plan.id;
    query.lead = parser.value(QStringLiteral("lead")).simplified();
    const QList<core::ActionRow> rows = core::ActionStore(*db).list(query);
    if (!query.lead.isEmpty() && rows.isEmpty())
        throw UsageError{QCoreApplication::translate("wres", "No action of this plan is led by '%1'.").arg(query.lead)};
    const core::Calendar::Written ics = core::Calendar::render(plan, rows);
    Output::writeFile(parser.value(QStringLiteral("output")), ics.bytes);
    Output::out(QCoreApplication::translate("wres", "Wrote %1 due date%2 to %3.\n")
                    .arg(ics.events)
                    .arg(ics.events == 1 ? QString() : QStringLiteral("s"),
                         QDir::toNativeSeparators(parser.value(QStringLiteral("output")))));
    return ExitOk;
}

} // namespace

Command actions()
{
    return {
        QStringLiteral("actions"),
        QCoreApplication::translate("wres", "List actions, filtered by lead, status, RAG, indicator or dates."),
        [](QCommandLineParser& p) {
            p.addOption(Options::db());
            p.addOption(Options::plan());
            p.addOption({QStringLiteral("lead"),
                         QCoreApplication::translate("wres", "Only this lead's actions (exact name, any case)."),
                         QStringLiteral("LEAD")});
            p.addOption({QStringLiteral("status"),
                         QCoreApplication::translate(
                             "wres", "Only actions with this status: Not started, In progress, Delayed, "
                                     "Complete."),
                         QStringLiteral("STATUS")});
            p.addOption({QStringLiteral("rag"),
                         QCoreApplication::translate("wres", "Only actions with this RAG rating: R, A, G or B."),
                         QStringLiteral("RAG")});
            p.addOption({QStringLiteral("indicator"),
                         QCoreApplication::translate("wres", "Only actions linked to this WRES indicator (1-9)."),
                         QStringLiteral("N")});
            p.addOption({QStringLiteral("overdue"),
                         QCoreApplication::translate("wres", "Only actions past their due date and not complete.")});
            p.addOption(
                {QStringLiteral("due-within"),
                 QCoreApplication::translate("wres", "Only actions due in the next DAYS days and not complete."),
                 QStringLiteral("DAYS")});
            p.addOption(
                {QStringLiteral("no-update-for"),
                 QCoreApplication::translate("wres", "Only actions with no status update in the last DAYS days."),
                 QStringLiteral("DAYS")});
            p.addOption({QStringLiteral("format"), QCoreApplication::translate("wres", "table (default), csv or json."),
                         QStringLiteral("FORMAT"), QStringLiteral("table")});
            p.addOption(Options::today());
        },
        runActions};
}

Command update()
{
    return {QStringLiteral("update"),
            QCoreApplication::translate(
                "wres", "Record a status update on an action (status, RAG, progress note) in its history."),
            [](QCommandLineParser& p) {
                p.addOption(Options::db());
                p.addOption({QStringLiteral("action"),
                             QCoreApplication::translate("wres", "The action's id, as listed by 'actions'."),
                             QStringLiteral("ID")});
                p.addOption({QStringLiteral("status"), QCoreApplication::translate("wres", "The new status."),
                             QStringLiteral("STATUS")});
                p.addOption({QStringLiteral("rag"),
                             QCoreApplication::translate("wres", "The new RAG rating: R, A, G or B."),
                             QStringLiteral("RAG")});
                p.addOption({QStringLiteral("progress"), QCoreApplication::translate("wres", "The progress note."),
                             QStringLiteral("TEXT")});
                p.addOption({QStringLiteral("author"),
                             QCoreApplication::translate("wres", "Who gives the update (default: your user name)."),
                             QStringLiteral("NAME")});
            },
            runUpdate};
}

Command audit()
{
    return {QStringLiteral("audit"),
            QCoreApplication::translate("wres", "Show the audit trail: who changed what, when, from what to what."),
            [](QCommandLineParser& p) {
                p.addOption(Options::db());
                p.addOption(Options::plan());
                p.addOption({QStringLiteral("action"),
                             QCoreApplication::translate("wres", "Only changes to this action (its id)."),
                             QStringLiteral("ID")});
                p.addOption({QStringLiteral("author"),
                             QCoreApplication::translate("wres", "Only changes by this person (exact name)."),
                             QStringLiteral("NAME")});
                p.addOption({QStringLiteral("since"),
                             QCoreApplication::translate("wres", "Only changes made on or after this date."),
                             QStringLiteral("YYYY-MM-DD")});
                p.addOption(
                    {QStringLiteral("contains"),
                     QCoreApplication::translate("wres", "Only changes whose field or values contain this text."),
                     QStringLiteral("TEXT")});
                p.addOption({QStringLiteral("format"), QCoreApplication::translate("wres", "text (default) or csv."),
                             QStringLiteral("FORMAT"), QStringLiteral("text")});
                p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                             QCoreApplication::translate("wres", "Write to this file instead of the terminal."),
                             QStringLiteral("FILE")});
            },
            runAudit};
}

Command calendar()
{
    return {QStringLiteral("calendar"),
            QCoreApplication::translate("wres",
                                        "Write the open actions' due dates as an iCalendar (.ics) file for Outlook."),
            [](QCommandLineParser& p) {
                p.addOption(Options::db());
                p.addOption(Options::plan());
                p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                             QCoreApplication::translate("wres", "The .ics file to write."),
                             QStringLiteral("FILE")});
                p.addOption({QStringLiteral("lead"),
                             QCoreApplication::translate("wres", "Only this lead's actions (exact name, any case)."),
                             QStringLiteral("LEAD")});
            },
            runCalendar};
}

} // namespace wres::app::ActionCommands
