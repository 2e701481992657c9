#pragma once

#include <QStringList>

namespace wres::app {

// The wres-tracker command line: `wres-tracker COMMAND [options]`, plus --help and --version.
class CommandLine
{
public:
    // True when the arguments name a command (or ask for help or the version) rather than a window.
    static bool wantsCommand(const QStringList& arguments);
    // True for commands that draw (the board pack): they need a QApplication on a platform that
    // works without a display.
    static bool needsGui(const QStringList& arguments);
    // Runs the command and returns the process exit status; never throws.
    static int run(const QStringList& arguments);
};

} // namespace wres::app
