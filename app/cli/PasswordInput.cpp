#include "PasswordInput.h"

#include "Command.h"
#include "Output.h"

#include <QCoreApplication>
#include <QFile>

#if defined(Q_OS_WIN)
#include <cstdio>
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace wres::app::PasswordInput {
namespace {

// One line from standard input, a byte at a time so that nothing after it is taken from the
// stream (no buffer of ours keeps it).
QByteArray readLineUnbuffered()
{
    QByteArray line;
    char c = 0;
#if defined(Q_OS_WIN)
    while (_read(0, &c, 1) == 1 && c != '\n')
#else
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
#endif
        line += c;
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

bool stdinIsTerminal()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

QString readHidden(const QString& prompt)
{
    // Echo goes off before the prompt is shown, so nothing typed after it can be echoed.
#if defined(Q_OS_WIN)
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool quiet = GetConsoleMode(input, &mode) && SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
    Output::err(prompt);
    const QByteArray line = readLineUnbuffered();
    if (quiet)
        SetConsoleMode(input, mode);
#else
    termios before{};
    const bool quiet = tcgetattr(STDIN_FILENO, &before) == 0;
    if (quiet) {
        termios hidden = before;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    }
    Output::err(prompt);
    const QByteArray line = readLineUnbuffered();
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSANOW, &before);
#endif
    Output::err(QStringLiteral("\n")); // the Enter typed was not echoed either
    return QString::fromLocal8Bit(line);
}

QString readFromDescriptor(const QString& fd)
{
    bool ok = false;
    const int number = fd.toInt(&ok);
    QFile file;
    if (!ok || number < 0 || !file.open(number, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        throw UsageError{QCoreApplication::translate("wres", "--password-fd: cannot read a password from file "
                                                             "descriptor '%1'; give the number of one that is open.")
                             .arg(fd)};
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        throw UsageError{
            QCoreApplication::translate("wres", "--password-fd: file descriptor %1 gave no password.").arg(number)};
    return QString::fromUtf8(line);
}

} // namespace wres::app::PasswordInput
