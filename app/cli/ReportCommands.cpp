#include "ReportCommands.h"

#include "CoverOptions.h"
#include "Options.h"
#include "Output.h"
#include "SuppressionOptions.h"
#include "domain/Counted.h"
#include "io/SafeWrite.h"
#include "report/BoardPack.h"
#include "report/BoardPackWriter.h"
#include "report/FreeTextScreen.h"
#include "store/BoardPaperStore.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/PlanStore.h"
#include "store/SnapshotStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wres::app::ReportCommands {
namespace {

using core::Database;

enum class Format
{
    Pdf,
    Html,
};

// The output's format follows its suffix: .pdf, or .html / .htm for the web page.
Format formatOf(const QString& target)
{
    const QString suffix = QFileInfo(target).suffix().toLower();
    if (!target.isEmpty() && suffix == u"pdf")
        return Format::Pdf;
    if (!target.isEmpty() && (suffix == u"html" || suffix == u"htm"))
        return Format::Html;
    throw UsageError{QCoreApplication::translate(
        "wres", "-o FILE.pdf or -o FILE.html is required: where to write the board pack, in the format its suffix "
                "names.")};
}

template <typename Source> int write(const Source& source, const QString& target, Format format, QString* error)
{
    if (format == Format::Html)
        return ui::BoardPackWriter::writeHtml(source, target, error) ? 1 : 0;
    return ui::BoardPackWriter::writePdf(source, target, error);
}

int run(const QCommandLineParser& parser)
{
    const QString target = parser.value(QStringLiteral("output"));
    if (target.isEmpty())
        formatOf(target); // says what -o needs
    const QDate today = Options::todayOf(parser);
    // The public version's options are checked before anything is opened or written.
    const bool redact = parser.isSet(QStringLiteral("redact"));
    const SuppressionOptions chosen(parser);
    const bool strict = parser.isSet(QStringLiteral("strict"));
    if ((chosen.any() || strict) && !redact)
        throw UsageError{QCoreApplication::translate("wres", "%1: applies to the public version only; add --redact.")
                             .arg(strict ? QStringLiteral("--strict") : chosen.firstGiven())};
    auto db = Options::openDatabase(parser, Database::Mode::OpenExisting);
    // The plan, its -wal, a backup: refused for what it is (exit 2) before any question of suffix.
    core::SafeWrite::check(target);
    const Format format = formatOf(target);
    const core::PlanInfo plan = core::PlanStore(*db).choosePlan(Options::planId(parser));
    // The cover's words and the tolerances: the plan's kept ones with the options given over them.
    const core::BoardPaperStore paper(*db);
    const core::CoverDetails keptCover = paper.cover(plan.id);
    const core::ChangeTolerance keptTolerance = paper.tolerance();
    const core::CoverDetails cover = CoverOptions::cover(parser, keptCover);
    const core::ChangeTolerance tolerance = CoverOptions::tolerance(parser, keptTolerance);
    QString error;
    int pages = 0;
    QString what;
    if (parser.isSet(QStringLiteral("lead"))) {
        core::LeadBrief brief = core::LeadBrief::gather(*db, plan.id, parser.value(QStringLiteral("lead")), today);
        brief.words(cover);
        pages = write(brief, target, format, &error);
        what = QStringLiteral("the brief for %1 (%2)")
                   .arg(brief.lead,
                        core::counted(brief.actions.size(), QStringLiteral("%1 action"), QStringLiteral("%1 actions")));
    } else {
        core::BoardPackOptions options;
        options.redact = redact;
        if (redact)
            options.rule = chosen.applyTo(core::MetricStore(*db).suppressionRule());
        options.notes = !parser.isSet(QStringLiteral("no-notes"));
        options.date = today;
        options.cover = cover;
        options.tolerance = tolerance;
        if (parser.isSet(QStringLiteral("since"))) {
            const QString since = parser.value(QStringLiteral("since"));
            const QDate date = QDate::fromString(since, Qt::ISODate);
            bool isNumber = false;
            const qint64 id = since.toLongLong(&isNumber);
            if (date.isValid())
                options.since = date;
            else if (isNumber)
                options.snapshotId = id;
            else
                throw UsageError{QCoreApplication::translate(
                                     "wres", "--since: '%1' is neither a date (YYYY-MM-DD) nor a recorded pack's "
                                             "number.")
                                     .arg(since)};
        }
        const core::BoardPack pack = core::BoardPack::gather(*db, plan.id, options);
        if (redact) {
            // Free text that holds a number is listed for review before anything public is written.
            const QList<core::TextFinding> findings = core::FreeTextScreen::screen(pack);
            const QString level = strict ? QStringLiteral("error: ") : QStringLiteral("warning: ");
            for (const core::TextFinding& finding : findings)
                Output::err(level + finding.toString() + QLatin1Char('\n'));
            if (strict && !findings.isEmpty())
                throw UsageError{QCoreApplication::translate(
                                     "wres", "%1 field(s) of the public version hold a number; nothing was written "
                                             "(--strict). Check each one, edit the text, or leave the progress notes "
                                             "out with --no-notes.")
                                     .arg(findings.size())};
            if (!findings.isEmpty())
                Output::err(QCoreApplication::translate(
                                "wres", "%1 field(s) of the public version hold a number: check each reveals no "
                                        "small count before publishing (--strict refuses, --no-notes leaves the "
                                        "progress notes out).\n")
                                .arg(findings.size()));
        }
        pages = write(pack, target, format, &error);
        what = options.redact ? QStringLiteral("the public (redacted) board pack") : QStringLiteral("the board pack");
    }
    if (pages == 0)
        throw core::StoreError(core::StoreError::Kind::Failed, error);
    if (format == Format::Html)
        Output::out(QCoreApplication::translate("wres", "Wrote %1 to %2 as a web page.\n")
                        .arg(what, QDir::toNativeSeparators(target)));
    else
        Output::out(QCoreApplication::translate("wres", "Wrote %1 to %2: %3 pages.\n")
                        .arg(what, QDir::toNativeSeparators(target))
                        .arg(pages));
    CoverOptions::remember(*db, plan.id, keptCover, cover, keptTolerance, tolerance);
    if (parser.isSet(QStringLiteral("record"))) {
        const qint64 id = core::SnapshotStore(*db).record(plan.id, parser.value(QStringLiteral("record")));
        Output::out(QCoreApplication::translate(
                        "wres", "Recorded this pack as number %1; the next pack shows what changed since.\n")
                        .arg(id));
    }
    return ExitOk;
}

} // namespace

Command boardPack()
{
    return {
        QStringLiteral("board-pack"),
        QCoreApplication::translate("wres",
                                    "Write the board pack as a PDF or a web page (or its public version, or a lead's "
                                    "brief)."),
        [](QCommandLineParser& p) {
            p.addOption(Options::db());
            p.addOption(Options::plan());
            p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                         QCoreApplication::translate("wres", "The file to write: .pdf, or .html for a web page."),
                         QStringLiteral("FILE")});
            p.addOption({QStringLiteral("redact"),
                         QCoreApplication::translate("wres", "The public version: small numbers hidden under the "
                                                             "file's rule (or --preset), with its method note.")});
            p.addOptions(SuppressionOptions::options());
            p.addOption({QStringLiteral("strict"),
                         QCoreApplication::translate("wres", "With --redact: refuse (exit 1, nothing written) when "
                                                             "free text holds a number.")});
            p.addOption({QStringLiteral("no-notes"),
                         QCoreApplication::translate("wres", "Leave progress notes (the latest, and update notes) "
                                                             "out of the pack.")});
            p.addOption({QStringLiteral("lead"),
                         QCoreApplication::translate("wres", "A brief of this lead's actions instead of the pack."),
                         QStringLiteral("LEAD")});
            p.addOption({QStringLiteral("since"),
                         QCoreApplication::translate(
                             "wres", "Report changes since this date (YYYY-MM-DD) or recorded pack number "
                                     "(default: the last recorded pack)."),
                         QStringLiteral("WHEN")});
            p.addOption({QStringLiteral("record"),
                         QCoreApplication::translate(
                             "wres", "After writing, record this pack under LABEL, to compare the next with."),
                         QStringLiteral("LABEL")});
            p.addOption({QStringLiteral("meeting"), QCoreApplication::translate("wres", "The meeting, for the cover."),
                         QStringLiteral("TEXT")});
            p.addOption({QStringLiteral("pack-version"),
                         QCoreApplication::translate("wres", "The version, for the cover."), QStringLiteral("TEXT")});
            CoverOptions::add(p);
            p.addOption(Options::today());
        },
        run};
}

} // namespace wres::app::ReportCommands
