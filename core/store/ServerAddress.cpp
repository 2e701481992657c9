#include "ServerAddress.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace wres::core {
namespace {

// What an address that cannot be read is shown as: the login and host only (no port, path or
// query, which might be parts of a password gone astray).
QString shownHostOnly(const QString& login, const QString& hostPart, bool hadUserInfo)
{
    static const QRegularExpression loginEnd(QStringLiteral("[:@/?#]"));
    static const QRegularExpression hostEnd(QStringLiteral("[:/?#]"));
    const qsizetype loginCut = login.indexOf(loginEnd);
    const bool confused = loginCut >= 0; // a "login" holding '/', '?' or '#' is something else
    QString shown = login.left(loginCut);
    if (hadUserInfo)
        shown += QLatin1Char('@');
    if (!confused) {
        const qsizetype hostCut = hostPart.indexOf(hostEnd);
        shown += hostCut < 0 ? hostPart : hostPart.left(hostCut);
    }
    return shown;
}

// "host:" with nothing after the ':' is taken by QUrl as host with no port; here it is not an
// address (it is what "login:/secret..." with the '@' forgotten looks like).
bool hasNumericPortIfAny(const QString& hostPart)
{
    static const QRegularExpression authorityEnd(QStringLiteral("[/?#]"));
    const qsizetype end = hostPart.indexOf(authorityEnd);
    const QString authority = end < 0 ? hostPart : hostPart.left(end);
    if (authority.endsWith(QLatin1Char(']'))) // an IPv6 address without a port
        return true;
    const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return true;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(QStringView(authority).mid(colon + 1)).hasMatch();
}

} // namespace

bool ServerAddress::isServerLocation(const QString& location)
{
    return location.startsWith(u"postgresql://", Qt::CaseInsensitive) ||
           location.startsWith(u"postgres://", Qt::CaseInsensitive);
}

ServerAddress ServerAddress::parse(const QString& location)
{
    ServerAddress address;
    if (!isServerLocation(location)) {
        address.m_shown = location;
        return address;
    }
    const qsizetype schemeEnd = location.indexOf(u"://");
    const QString scheme = location.left(schemeEnd);
    QString rest = location.mid(schemeEnd + 3);
    // A password= query item is the last: everything after it is the password, whatever it holds.
    static const QRegularExpression passwordItem(QStringLiteral("[?&]password="),
                                                 QRegularExpression::CaseInsensitiveOption);
    QString itemPassword;
    if (const QRegularExpressionMatch m = passwordItem.match(rest); m.hasMatch()) {
        itemPassword = QUrl::fromPercentEncoding(rest.mid(m.capturedEnd()).toUtf8());
        rest.truncate(m.capturedStart());
    }
    // The last '@' ends the login and password: a password may hold any character, a host no '@'.
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    QString login;
    const QString hostPart = at < 0 ? rest : rest.mid(at + 1);
    if (at >= 0) {
        const QString userInfo = rest.left(at);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        login = colon < 0 ? userInfo : userInfo.left(colon);
        if (colon >= 0)
            address.m_password = QUrl::fromPercentEncoding(userInfo.mid(colon + 1).toUtf8());
    }
    if (address.m_password.isEmpty())
        address.m_password = itemPassword;
    const QUrl url(scheme + QStringLiteral("://") + (at < 0 ? QString() : login + QLatin1Char('@')) + hostPart,
                   QUrl::StrictMode);
    const QString database = url.path().mid(1);
    address.m_valid = url.isValid() && !url.host().isEmpty() && url.password().isEmpty() && !database.isEmpty() &&
                      !database.contains(QLatin1Char('/')) && hasNumericPortIfAny(hostPart);
    if (!address.m_valid) {
        address.m_shown = scheme + QStringLiteral("://") + shownHostOnly(login, hostPart, at >= 0);
        return address;
    }
    address.m_login = url.userName();
    address.m_host = url.host();
    address.m_port = url.port(5432);
    address.m_database = database;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        address.m_options.append({key, value});
    address.m_shown = url.toString();
    return address;
}

QString ServerAddress::withoutPassword(const QString& location)
{
    return isServerLocation(location) ? parse(location).shown() : location;
}

} // namespace wres::core
