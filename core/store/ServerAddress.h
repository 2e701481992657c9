#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace wres::core {

// A team plan's address, postgresql://login:password@host:port/database?option=value (or
// postgres://), read so that no part of a password ever reaches a message: the password is everything
// between the first ':' of the part before the last '@' and that '@', so one written with '/', '?',
// '#', '@', ':' or '%' left unencoded is still cut out whole (and still works). Percent-encoding is
// decoded as usual (write a '%' that is part of the password as %25). A password may also be given
// as a query item, password=..., which must then come last: all that follows it is the password.
class ServerAddress
{
public:
    // Whether a location names a server database (postgresql:// or postgres://) rather than a file.
    static bool isServerLocation(const QString& location);
    static ServerAddress parse(const QString& location);
    // The location as it may be shown: without any part of a password (in the address or as a
    // password= query item). Anything else is returned as it is.
    static QString withoutPassword(const QString& location);

    // A host, a port that is a number and one database name.
    bool isValid() const { return m_valid; }
    // The address without its password: what messages, titles and recent files show.
    const QString& shown() const { return m_shown; }
    const QString& login() const { return m_login; }
    // Decoded; empty when the address gives none.
    const QString& password() const { return m_password; }
    bool hasPassword() const { return !m_password.isEmpty(); }
    const QString& host() const { return m_host; }
    int port() const { return m_port; }
    const QString& database() const { return m_database; }
    // The query items before any password= item, decoded, in order.
    const QList<QPair<QString, QString>>& options() const { return m_options; }

private:
    bool m_valid = false;
    QString m_shown;
    QString m_login;
    QString m_password;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QList<QPair<QString, QString>> m_options;
};

} // namespace wres::core
