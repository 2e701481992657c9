#pragma once

#include "domain/Rag.h"
#include "domain/Status.h"
#include "store/Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>

#include <memory>
#include <optional>

namespace wres::app::Options {

// Options several commands share, and readers that turn their text into values or throw UsageError.
QCommandLineOption db();
QCommandLineOption plan();
QCommandLineOption today();

std::unique_ptr<core::Database> openDatabase(const QCommandLineParser& parser, core::Database::Mode mode,
                                             core::Database::Check check = core::Database::Check::Full);
// Opens a file to change it: as the window does on its first open of the day, an existing file is
// first copied to its backups folder (core::Backups); a failed copy is a warning, not a stop.
std::unique_ptr<core::Database> openForChange(const QString& path, core::Database::Mode mode);
QString dbPath(const QCommandLineParser& parser);
std::optional<qint64> planId(const QCommandLineParser& parser);
QDate todayOf(const QCommandLineParser& parser);
std::optional<qint64> integer(const QCommandLineParser& parser, const QString& name, qint64 min, qint64 max);
core::Status status(const QString& text);
// --framework WRES|WDES|all (any case; default WRES): the frameworks whose metrics to show, WRES first.
QCommandLineOption framework();
QStringList frameworks(const QCommandLineParser& parser);
// An indicator as a filter names it: "2" (WRES), "WDES 4a", "HIA 2a"; bare codes are taken as
// the framework given (WRES unless said). Throws UsageError naming the option.
std::pair<QString, int> indicatorRef(const QString& option, const QString& text,
                                     const QString& framework = QStringLiteral("WRES"));
core::Rag rag(const QString& text);

} // namespace wres::app::Options
