#pragma once

#include <QByteArray>
#include <QString>

namespace wres::app::Output {

// Writes to standard output or standard error, unbuffered by Qt, in UTF-8.
void out(const QByteArray& bytes);
void out(const QString& text);
void err(const QString& text);
// A file as the user's system writes paths (native separators), or a server address without any
// part of its password.
QString shown(const QString& location);
// Writes bytes to a file atomically (a temporary beside it, then renamed); throws std::runtime_error
// with a sentence for the user when the file cannot be written.
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace wres::app::Output
