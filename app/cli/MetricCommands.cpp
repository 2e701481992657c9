#include "MetricCommands.h"

#include "Options.h"
#include "Output.h"
#include "domain/UserName.h"
#include "metrics/MetricCalculator.h"
#include "metrics/MetricsCsv.h"
#include "metrics/MetricsOutput.h"
#include "metrics/Narrative.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wres::app::MetricCommands {
namespace {

using core::Database;

int runImport(const QCommandLineParser& parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        throw UsageError{QCoreApplication::translate("wres", "import-metrics takes one metrics file (.csv).")};
    const QString dbPath = Options::dbPath(parser);
    const QString path = files.front();
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw core::StoreError(
            core::StoreError::Kind::FileMissing,
            QCoreApplication::translate("wres", "Cannot read %1: %2").arg(shown, file.errorString()));
    const auto result = core::MetricsCsv::read(file.readAll(), shown);
    if (!result.problems.isEmpty()) {
        QString text;
        for (const core::Problem& p : result.problems)
            text += p.toString() + QLatin1Char('\n');
        text += QStringLiteral("%1 problem%2 found; nothing was imported.")
                    .arg(result.problems.size())
                    .arg(result.problems.size() == 1 ? QString() : QStringLiteral("s"));
        throw UsageError{text};
    }
    auto db = Options::openForChange(dbPath, Database::Mode::CreateIfMissing);
    const int replaced = core::MetricStore(*db, core::systemUserName(),
                                           QStringLiteral("import-metrics %1").arg(QFileInfo(path).fileName()))
                             .importCounts(result.counts);
    Output::out(QCoreApplication::translate("wres", "Imported %1 metric rows into %2%3.\n")
                    .arg(result.counts.size())
                    .arg(Output::shown(dbPath),
                         replaced ? QCoreApplication::translate("wres", " (%1 replaced earlier ones)").arg(replaced)
                                  : QString()));
    return ExitOk;
}

int runMetrics(const QCommandLineParser& parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"csv" && format != u"json" && format != u"narrative")
        throw UsageError{
            QCoreApplication::translate("wres", "--format: '%1' is not a format; use csv, json or narrative.")
                .arg(format)};
    std::optional<int> indicator;
    if (const auto n = Options::integer(parser, QStringLiteral("indicator"), 1, 9))
        indicator = int(*n);
    const auto threshold = Options::integer(parser, QStringLiteral("threshold"), 1, 1000000);
    auto db = Options::openDatabase(parser, Database::Mode::OpenExisting, Database::Check::Light);
    const core::MetricStore store(*db);
    std::optional<qint64> redactBelow;
    if (parser.isSet(QStringLiteral("redact")))
        redactBelow = threshold.value_or(store.redactionThreshold());
    // Redaction looks at whole indicators, so all counts are computed and the choice filters after.
    const core::MetricFigures all = core::MetricCalculator::compute(store.counts(), redactBelow);
    core::MetricFigures figures;
    for (const core::MetricFigure& f : all)
        if (!indicator || f.indicator == *indicator)
            figures << f;
    if (format == u"csv") {
        Output::out(core::MetricsOutput::toCsv(figures));
    } else if (format == u"json") {
        Output::out(core::MetricsOutput::toJson(figures));
    } else {
        QString text;
        for (int n = 1; n <= 9; ++n)
            if (!indicator || n == *indicator)
                text += QStringLiteral("%1. %2\n").arg(n).arg(core::Narrative::forIndicator(n, all));
        Output::out(text);
    }
    return ExitOk;
}

} // namespace

Command importMetrics()
{
    return {QStringLiteral("import-metrics"),
            QCoreApplication::translate("wres", "Import WRES metric counts from a metrics CSV; all or nothing."),
            [](QCommandLineParser& p) {
                p.addOption(Options::db());
                p.addPositionalArgument(QStringLiteral("METRICS"), QStringLiteral("The metrics file (.csv)."));
            },
            runImport};
}

Command metrics()
{
    return {QStringLiteral("metrics"),
            QCoreApplication::translate("wres", "Print the WRES figures computed from the counts."),
            [](QCommandLineParser& p) {
                p.addOption(Options::db());
                p.addOption({QStringLiteral("indicator"),
                             QCoreApplication::translate("wres", "Only this indicator (1-9)."), QStringLiteral("N")});
                p.addOption({QStringLiteral("redact"),
                             QCoreApplication::translate(
                                 "wres", "Show R for every figure resting on a count below the threshold.")});
                p.addOption(
                    {QStringLiteral("threshold"),
                     QCoreApplication::translate("wres", "The redaction threshold (default: the file's setting, 10)."),
                     QStringLiteral("N")});
                p.addOption({QStringLiteral("format"),
                             QCoreApplication::translate("wres", "csv (default), json or narrative."),
                             QStringLiteral("FORMAT"), QStringLiteral("csv")});
            },
            runMetrics};
}

} // namespace wres::app::MetricCommands
