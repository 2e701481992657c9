#pragma once

#include <QByteArray>
#include <QString>

namespace wres::app::Output {

// Writes to standard output or standard error, unbuffered by Qt, in UTF-8. Bytes are data (CSV,
// JSON), written as they are; text is for people, with every control character but the newline
// shown rather than obeyed (core::TerminalText), since it may quote a plan's text.
void out(const QByteArray& bytes);
void out(const QString& text);
void err(const QString& text);
// A file as the user's system writes paths (native separators), or a server address without any
// part of its password.
QString shown(const QString& location);
// Writes bytes to a file through core::SafeWrite (never the open plan, its companions or backups;
// atomically); throws core::StoreError (Refused or Failed: exit status 2) with a sentence for the user.
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace wres::app::Output
