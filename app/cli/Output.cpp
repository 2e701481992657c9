#include "Output.h"

#include "io/SafeWrite.h"
#include "io/TerminalText.h"
#include "store/ServerAddress.h"

#include <QDir>

#include <cstdio>

namespace wres::app::Output {

void out(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void out(const QString& text)
{
    out(core::TerminalText::visible(text).toUtf8());
}

void err(const QString& text)
{
    const QByteArray bytes = core::TerminalText::visible(text).toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

QString shown(const QString& location)
{
    if (core::ServerAddress::isServerLocation(location))
        return core::ServerAddress::withoutPassword(location); // never any part of a password
    return location.contains(QStringLiteral("://")) ? location : QDir::toNativeSeparators(location);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    core::SafeWrite::write(path, bytes);
}

} // namespace wres::app::Output
