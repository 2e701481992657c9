#include "Output.h"

#include "store/ServerAddress.h"

#include <QDir>
#include <QSaveFile>

#include <cstdio>
#include <stdexcept>

namespace wres::app::Output {

void out(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void out(const QString& text)
{
    out(text.toUtf8());
}

void err(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw std::runtime_error(QStringLiteral("Cannot write %1: %2")
                                     .arg(QDir::toNativeSeparators(path), file.errorString())
                                     .toStdString());
}

} // namespace wres::app::Output
