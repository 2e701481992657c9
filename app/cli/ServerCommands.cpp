#include "ServerCommands.h"

#include "Options.h"
#include "Output.h"
#include "PasswordInput.h"
#include "domain/UserName.h"
#include "io/PlanFiles.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/ServerRoles.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

namespace wres::app::ServerCommands {
namespace {

using core::Database;

using Output::shown;

int runMigrate(const QCommandLineParser& parser)
{
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        throw UsageError{QCoreApplication::translate(
            "wres", "--from and --to are required: a plan file and a server address (postgresql://…), either way.")};
    auto source = Database::open(from, Database::Mode::ReadOnly, Database::Check::Full, Database::Reading::Brief);
    const core::PlanInfo info = core::PlanStore(*source).choosePlan(Options::planId(parser));
    const core::PlanJson::Document document = core::PlanFiles::load(*source, info.id);
    source.reset(); // the source is only read: close it before writing elsewhere

    auto target = Options::openForChange(to, Database::Mode::CreateIfMissing);
    for (const core::PlanInfo& existing : core::PlanStore(*target).plans())
        if (existing.uid == info.uid)
            throw UsageError{QCoreApplication::translate("wres", "%1 already holds \"%2\" (the same plan); nothing "
                                                                 "was moved.")
                                 .arg(shown(target->path()), info.title)};
    // The plan, its history and audit trail, metrics and targets: one transaction, all or nothing.
    // A move, not an import: the trail goes as it is, so an export before and after is the same.
    const qint64 id = core::PlanFiles::store(*target, document, core::systemUserName(),
                                             QStringLiteral("migrate from %1").arg(shown(from)), QString());
    Output::out(QCoreApplication::translate("wres", "Moved \"%1\" (%2 actions, with its history, audit trail and "
                                                    "metrics) from %3 to %4 as plan %5.\n")
                    .arg(info.title)
                    .arg(document.plan.actionCount())
                    .arg(shown(from), shown(target->path()))
                    .arg(id));
    return ExitOk;
}

int runServerInit(const QCommandLineParser& parser)
{
    const QString location = Options::dbPath(parser);
    if (!Database::isServerLocation(location))
        throw UsageError{QCoreApplication::translate("wres", "server-init sets up a server database: give --db "
                                                             "postgresql://user@host:port/database.")};
    auto db = Database::open(location, Database::Mode::CreateIfMissing);
    core::ServerRoles::initialise(*db);
    Output::out(QCoreApplication::translate("wres", "Set up %1 for WRES Tracker (file format %2) with the roles "
                                                    "wres_admin, wres_lead and wres_viewer. Give people logins with "
                                                    "'grant'.\n")
                    .arg(db->path())
                    .arg(db->schemaVersion()));
    return ExitOk;
}

int runGrant(const QCommandLineParser& parser)
{
    const QString location = Options::dbPath(parser);
    if (!Database::isServerLocation(location))
        throw UsageError{QCoreApplication::translate("wres", "grant gives a login on a server: give --db "
                                                             "postgresql://user@host:port/database.")};
    const QString login = parser.value(QStringLiteral("login"));
    const core::ServerRoles::Role role = core::ServerRoles::roleFromName(parser.value(QStringLiteral("role")));
    if (login.isEmpty() || role == core::ServerRoles::Role::None)
        throw UsageError{
            QCoreApplication::translate("wres", "--login NAME and --role admin|lead|viewer are required.")};
    QString password;
    if (parser.isSet(QStringLiteral("password-file"))) {
        const QString path = parser.value(QStringLiteral("password-file"));
        QFile file(path);
        if (path == u"-" && PasswordInput::stdinIsTerminal())
            password = PasswordInput::readHidden(
                           QCoreApplication::translate("wres", "New password for the login %1: ").arg(login))
                           .trimmed();
        else if (path == u"-" ? !file.open(stdin, QIODevice::ReadOnly) : !file.open(QIODevice::ReadOnly))
            throw UsageError{QCoreApplication::translate("wres", "Cannot read the password from %1.").arg(shown(path))};
        else
            password = QString::fromUtf8(file.readLine()).trimmed();
        if (password.isEmpty())
            throw UsageError{QCoreApplication::translate("wres", "The password in %1 is empty.").arg(shown(path))};
    }
    auto db = Database::open(location, Database::Mode::OpenExisting);
    const QString lead = parser.value(QStringLiteral("lead"));
    core::ServerRoles::grant(*db, login, role, lead, password);
    Output::out(role == core::ServerRoles::Role::Lead
                    ? QCoreApplication::translate("wres", "%1 is a lead on %2: may update the actions of %3.\n")
                          .arg(login, db->path(), lead)
                    : QCoreApplication::translate("wres", "%1 is a%2 %3 on %4.\n")
                          .arg(login, role == core::ServerRoles::Role::Admin ? QStringLiteral("n") : QString(),
                               core::ServerRoles::roleName(role), db->path()));
    return ExitOk;
}

} // namespace

Command migrate()
{
    return {QStringLiteral("migrate"),
            QCoreApplication::translate(
                "wres", "Move a whole plan (history, audit trail, metrics) between a plan file and a server."),
            [](QCommandLineParser& p) {
                p.addOption({QStringLiteral("from"),
                             QCoreApplication::translate("wres", "Where the plan is: a .wres file or postgresql://…"),
                             QStringLiteral("FROM")});
                p.addOption({QStringLiteral("to"),
                             QCoreApplication::translate("wres", "Where it goes (made if missing)."),
                             QStringLiteral("TO")});
                p.addOption(Options::plan());
            },
            runMigrate};
}

Command serverInit()
{
    return {QStringLiteral("server-init"),
            QCoreApplication::translate("wres",
                                        "Set up a PostgreSQL database for team mode: the schema and the three roles."),
            [](QCommandLineParser& p) { p.addOption(Options::db()); }, runServerInit};
}

Command grant()
{
    return {QStringLiteral("grant"),
            QCoreApplication::translate("wres", "Create or change a server login with a role (admin, lead or viewer)."),
            [](QCommandLineParser& p) {
                p.addOption(Options::db());
                p.addOption({QStringLiteral("login"),
                             QCoreApplication::translate("wres", "The login name (lower case)."),
                             QStringLiteral("NAME")});
                p.addOption({QStringLiteral("role"), QCoreApplication::translate("wres", "admin, lead or viewer."),
                             QStringLiteral("ROLE")});
                p.addOption({QStringLiteral("lead"),
                             QCoreApplication::translate("wres", "For a lead: the lead, as the plan names them."),
                             QStringLiteral("LEAD")});
                p.addOption(
                    {QStringLiteral("password-file"),
                     QCoreApplication::translate("wres", "Set the login's password from the first line of FILE (- for "
                                                         "standard input, typed unseen on a terminal); never on the "
                                                         "command line, and sent to the server only as a "
                                                         "SCRAM-SHA-256 secret."),
                     QStringLiteral("FILE")});
            },
            runGrant};
}

} // namespace wres::app::ServerCommands
