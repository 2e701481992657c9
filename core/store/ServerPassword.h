#pragma once

#include <QString>

#include <functional>

namespace wres::core {

// Where a server login's password comes from when the address gives none, besides ~/.pgpass and
// the file PGPASSFILE names (which the PostgreSQL client library reads itself). Set once by the
// command line before it opens anything; the window gives the password in the address it builds.
namespace ServerPassword {

// A password given out of sight (the command line's --password-fd), used for every server
// connection whose address has none; empty for none.
void setGiven(const QString& password);
QString given();

// Asked when the server wants a password and none was given (a prompt on a terminal, without
// echo), with the address as it may be shown; returns "" to give up. Unset: nothing is asked.
void setAsk(std::function<QString(const QString& shownLocation)> ask);
bool canAsk();
QString ask(const QString& shownLocation);

} // namespace ServerPassword
} // namespace wres::core
