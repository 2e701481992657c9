#include "CommandLine.h"

#include "ActionCommands.h"
#include "Command.h"
#include "MetricCommands.h"
#include "Output.h"
#include "PasswordInput.h"
#include "PlanCommands.h"
#include "ReportCommands.h"
#include "ServerCommands.h"
#include "UpdateCommands.h"
#include "store/ServerAddress.h"
#include "store/ServerPassword.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <stdexcept>

namespace wres::app {
namespace {

QList<Command> commands()
{
    return {PlanCommands::demo(),        PlanCommands::import(),           PlanCommands::exportPlan(),
            ActionCommands::actions(),   ActionCommands::update(),         ActionCommands::audit(),
            ActionCommands::calendar(),  MetricCommands::importMetrics(),  MetricCommands::metrics(),
            ReportCommands::boardPack(), UpdateCommands::updateRequests(), UpdateCommands::importUpdates(),
            ServerCommands::migrate(),   ServerCommands::serverInit(),     ServerCommands::grant(),
            PlanCommands::check()};
}

QString programName()
{
    return QStringLiteral("wres-tracker");
}

QString generalHelp()
{
    QString text = QStringLiteral("Usage: %1 [--read-only] [FILE.wres]\n       %1 COMMAND [options]\n\n"
                                  "WRES Tracker keeps an NHS Trust's Workforce Race Equality Standard action plan.\n"
                                  "Without a command it opens the window, on FILE if given (with --read-only, for "
                                  "viewing only).\n\nCommands:\n")
                       .arg(programName());
    for (const Command& command : commands())
        text += QStringLiteral("  %1%2\n").arg(command.name.leftJustified(16), command.summary);
    text += QStringLiteral("\nOptions:\n  -h, --help     Show this help, or a command's with COMMAND --help.\n"
                           "  -v, --version  Show the version.\n\n"
                           "Exit status: 0 success; 1 bad usage or invalid input; 2 a file that cannot be used;\n"
                           "3 not permitted (team mode: the server refused it for your role).\n");
    return text;
}

QCommandLineOption passwordFd()
{
    return {QStringLiteral("password-fd"),
            QCoreApplication::translate("wres", "Team mode: read the server password from the first line of this "
                                                "open file descriptor, out of other users' sight (otherwise "
                                                "~/.pgpass, or asked for on a terminal)."),
            QStringLiteral("N")};
}

// Where a server password comes from when the address has none (see core::ServerPassword); and a
// warning, once, for one written in an address, which every user of the computer can read in `ps`.
void preparePasswords(const QCommandLineParser& parser)
{
    const QStringList given = parser.optionNames();
    for (const QString& name : {QStringLiteral("db"), QStringLiteral("from"), QStringLiteral("to")})
        if (given.contains(name) && core::ServerAddress::parse(parser.value(name)).hasPassword()) {
            Output::err(QCoreApplication::translate("wres", "warning: a password written in --%1 can be read by "
                                                            "every user of this computer (in the list of "
                                                            "processes); put it in ~/.pgpass, or give it with "
                                                            "--password-fd or when asked.\n")
                            .arg(name));
            break;
        }
    if (given.contains(QStringLiteral("password-fd"))) {
        const QString fd = parser.value(QStringLiteral("password-fd"));
        if (fd.trimmed() == u"0" && given.contains(QStringLiteral("password-file")) &&
            parser.value(QStringLiteral("password-file")) == u"-")
            throw UsageError{QCoreApplication::translate(
                "wres", "--password-fd 0 and --password-file - would both read standard input; give one another way.")};
        core::ServerPassword::setGiven(PasswordInput::readFromDescriptor(fd));
    } else if (PasswordInput::stdinIsTerminal()) {
        core::ServerPassword::setAsk([](const QString& shownLocation) {
            return PasswordInput::readHidden(
                QCoreApplication::translate("wres", "Password for %1: ").arg(shownLocation));
        });
    }
}

int runCommand(const Command& command, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary);
    parser.addHelpOption();
    command.setUp(parser);
    parser.addOption(passwordFd());
    QStringList args = arguments;
    args.removeAt(1); // the command name
    if (!parser.parse(args)) {
        Output::err(QCoreApplication::translate("wres", "%1 %2: %3\nTry '%1 %2 --help'.\n")
                        .arg(programName(), command.name, parser.errorText()));
        return ExitInvalidInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(QStringLiteral("[options]"), command.name + QStringLiteral(" [options]"));
        Output::out(help);
        return ExitOk;
    }
    try {
        preparePasswords(parser);
        return command.run(parser);
    } catch (const UsageError& e) {
        Output::err(e.message + QLatin1Char('\n'));
        return ExitInvalidInput;
    } catch (const core::InvalidRequest& e) {
        Output::err(e.message() + QLatin1Char('\n'));
        return ExitInvalidInput;
    } catch (const core::StoreError& e) {
        Output::err(e.message() + QLatin1Char('\n'));
        return e.kind() == core::StoreError::Kind::NotPermitted ? ExitNotPermitted : ExitUnusable;
    } catch (const std::exception& e) {
        Output::err(QString::fromStdString(e.what()) + QLatin1Char('\n'));
        return ExitUnusable;
    }
}

} // namespace

bool CommandLine::wantsCommand(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (QFileInfo::exists(first) || first == u"--read-only")
        return false; // a plan file to open in the window
    for (const Command& command : commands())
        if (command.name == first)
            return true;
    // Options, and bare words that cannot be file names ("exprot"), are answered on the terminal;
    // a path that does not exist goes to the window, which says so.
    return first.startsWith(QLatin1Char('-')) || first == u"help" ||
           (!first.contains(QLatin1Char('.')) && !first.contains(QLatin1Char('/')) &&
            !first.contains(QLatin1Char('\\')));
}

bool CommandLine::needsGui(const QStringList& arguments)
{
    // Drawing charts and pages needs a QApplication, though never a window.
    return arguments.value(1) == u"board-pack" ||
           (arguments.value(1) == u"update-requests" && arguments.contains(QStringLiteral("--pdf")));
}

int CommandLine::run(const QStringList& arguments)
{
    const QString first = arguments.value(1);
    if (first == u"--help" || first == u"-h" || first == u"help") {
        Output::out(generalHelp());
        return ExitOk;
    }
    if (first == u"--version" || first == u"-v") {
        Output::out(QStringLiteral("%1 %2\n").arg(programName(), QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    for (const Command& command : commands())
        if (command.name == first)
            return runCommand(command, arguments);
    Output::err(QCoreApplication::translate("wres", "%1: '%2' is not a command.\n\n").arg(programName(), first) +
                generalHelp());
    return ExitInvalidInput;
}

} // namespace wres::app
