#pragma once

#include <QCommandLineParser>
#include <QString>

#include <functional>

namespace wres::app {

// Exit statuses of the command line (a contract, see docs/command-line.md).
enum ExitCode
{
    ExitOk = 0,
    ExitInvalidInput = 1, // bad usage or invalid input; every problem on stderr as FILE:LINE: message
    ExitUnusable = 2,     // a file or database that cannot be used
    ExitNotPermitted = 3, // team mode: the server refused it for the login's role
};

// Thrown by a command for bad usage (an unknown status word, a missing option); exit status 1.
struct UsageError
{
    QString message;
};

// One subcommand: its name, one line for --help, its options, and what it does.
struct Command
{
    QString name;
    QString summary;
    std::function<void(QCommandLineParser&)> setUp;
    std::function<int(const QCommandLineParser&)> run;
};

} // namespace wres::app
