#include "Options.h"

#include "Command.h"
#include "Output.h"
#include "store/Backups.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace wres::app::Options {

QCommandLineOption db()
{
    return {QStringLiteral("db"), QCoreApplication::translate("wres", "The plan file (.wres)."),
            QStringLiteral("FILE")};
}

QCommandLineOption plan()
{
    return {QStringLiteral("plan"),
            QCoreApplication::translate("wres", "The plan to use when the file holds several (its id)."),
            QStringLiteral("ID")};
}

QCommandLineOption today()
{
    return {QStringLiteral("today"),
            QCoreApplication::translate(
                "wres", "The reference day for overdue and due-within, as YYYY-MM-DD (default: today)."),
            QStringLiteral("DATE")};
}

QString dbPath(const QCommandLineParser& parser)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        throw UsageError{QCoreApplication::translate("wres", "--db FILE is required: the plan file to use.")};
    return path;
}

std::unique_ptr<core::Database> openDatabase(const QCommandLineParser& parser, core::Database::Mode mode,
                                             core::Database::Check check)
{
    // A command reads for a moment: as a viewer, it leaves no -wal/-shm file behind (Database::Reading).
    return core::Database::open(dbPath(parser), mode, check, core::Database::Reading::Brief);
}

std::unique_ptr<core::Database> openForChange(const QString& path, core::Database::Mode mode)
{
    const bool existed = QFileInfo(path).size() > 0;
    auto db = core::Database::open(path, mode);
    if (existed && !db->isReadOnly()) {
        try {
            core::Backups::takeDailyIfDue(*db, core::Backups::kDefaultKeep);
        } catch (const core::StoreError& e) {
            Output::err(QCoreApplication::translate("wres", "warning: today's backup could not be made: %1\n")
                            .arg(e.message()));
        }
    }
    return db;
}

std::optional<qint64> integer(const QCommandLineParser& parser, const QString& name, qint64 min, qint64 max)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        throw UsageError{QCoreApplication::translate("wres", "--%1: '%2' is not a whole number from %3 to %4.")
                             .arg(name, parser.value(name))
                             .arg(min)
                             .arg(max)};
    return value;
}

std::optional<qint64> planId(const QCommandLineParser& parser)
{
    return integer(parser, QStringLiteral("plan"), 1, std::numeric_limits<qint64>::max());
}

QDate todayOf(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("today")))
        return QDate::currentDate();
    const QDate date = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
    if (!date.isValid())
        throw UsageError{QCoreApplication::translate("wres", "--today: '%1' is not a date written YYYY-MM-DD.")
                             .arg(parser.value(QStringLiteral("today")))};
    return date;
}

core::Status status(const QString& text)
{
    const auto parsed = core::parseStatus(text);
    if (!parsed)
        throw UsageError{QCoreApplication::translate("wres", "--status: '%1' is not a status; use %2.")
                             .arg(text, core::statusLabels().join(QStringLiteral(", ")))};
    return *parsed;
}

core::Rag rag(const QString& text)
{
    const auto parsed = core::parseRag(text);
    if (!parsed)
        throw UsageError{
            QCoreApplication::translate("wres", "--rag: '%1' is not a RAG rating; use R, A, G or B.").arg(text)};
    return *parsed;
}

} // namespace wres::app::Options
