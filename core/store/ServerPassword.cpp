#include "ServerPassword.h"

namespace wres::core::ServerPassword {
namespace {

// Process-wide, like the environment libpq reads PGPASSFILE from: set before the first connection.
QString& givenPassword()
{
    static QString password;
    return password;
}

std::function<QString(const QString&)>& asker()
{
    static std::function<QString(const QString&)> ask;
    return ask;
}

} // namespace

void setGiven(const QString& password)
{
    givenPassword() = password;
}

QString given()
{
    return givenPassword();
}

void setAsk(std::function<QString(const QString& shownLocation)> ask)
{
    asker() = std::move(ask);
}

bool canAsk()
{
    return static_cast<bool>(asker());
}

QString ask(const QString& shownLocation)
{
    return asker() ? asker()(shownLocation) : QString();
}

} // namespace wres::core::ServerPassword
