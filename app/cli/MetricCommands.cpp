#include "MetricCommands.h"

#include "Options.h"
#include "Output.h"
#include "SuppressionOptions.h"
#include "domain/UserName.h"
#include "metrics/MetricReport.h"
#include "metrics/MetricsCsv.h"
#include "metrics/MetricsOutput.h"
#include "store/BoardPaperStore.h"
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
    const SuppressionOptions chosen(parser);
    const bool redact = parser.isSet(QStringLiteral("redact"));
    if (chosen.any() && !redact)
        throw UsageError{QCoreApplication::translate("wres", "%1: chooses how the public version hides small numbers; "
                                                             "add --redact.")
                             .arg(chosen.firstGiven())};
    auto db = Options::openDatabase(parser, Database::Mode::OpenExisting, Database::Check::Light);
    const core::MetricStore store(*db);
    std::optional<core::SuppressionRule> rule;
    if (redact) {
        rule = chosen.applyTo(store.suppressionRule());
        rule->check();
    }
    // Redaction looks at whole indicators, so all counts are computed and the choice filters after.
    // "Similar" as the file says, as in the pack.
    const core::MetricReport report =
        core::MetricReport::build(store.counts(), store.targets(), rule, core::BoardPaperStore(*db).tolerance());
    core::MetricFigures figures;
    for (const core::MetricFigure& f : report.figures)
        if (!indicator || f.indicator == *indicator)
            figures << f;
    if (format == u"csv")
        Output::out(core::MetricsOutput::toCsv(figures));
    else if (format == u"json")
        Output::out(core::MetricsOutput::toJson(figures));
    else
        Output::out(core::MetricsOutput::narrative(report, indicator));
    // The data formats hold figures only; their method note goes beside them, on standard error.
    if (report.isPublic() && format != u"narrative")
        Output::err(QStringLiteral("note: ") + report.methodNote().join(QStringLiteral("\nnote: ")) +
                    QLatin1Char('\n'));
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
                             QCoreApplication::translate("wres", "The public version: small numbers hidden under the "
                                                                 "file's rule (or --preset), and nothing worked out "
                                                                 "from them.")});
                p.addOptions(SuppressionOptions::options());
                p.addOption({QStringLiteral("format"),
                             QCoreApplication::translate("wres", "csv (default), json or narrative."),
                             QStringLiteral("FORMAT"), QStringLiteral("csv")});
            },
            runMetrics};
}

} // namespace wres::app::MetricCommands
