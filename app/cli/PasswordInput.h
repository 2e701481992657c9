#pragma once

#include <QString>

namespace wres::app::PasswordInput {

// Ways to give a server password that other users cannot see (a password in --db shows in `ps`).

// Whether standard input is a terminal, where a person can type a password when asked.
bool stdinIsTerminal();
// Writes prompt to standard error and reads one line from the terminal with echo turned off;
// "" when nothing was typed.
QString readHidden(const QString& prompt);
// The first line of what the open file descriptor fd gives (--password-fd), without its line end.
// Throws UsageError when it cannot be read or the line is empty.
QString readFromDescriptor(const QString& fd);

} // namespace wres::app::PasswordInput
