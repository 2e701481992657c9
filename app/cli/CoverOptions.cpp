#include "CoverOptions.h"

#include "Command.h"
#include "Output.h"
#include "store/BoardPaperStore.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace wres::app::CoverOptions {
namespace {

struct Text
{
    const char* option;
    QString core::CoverDetails::*field;
    const char* help;
};

// --meeting and --pack-version are board-pack's own options (older than the cover sheet); read here too.
const Text kGiven[] = {
    {"meeting", &core::CoverDetails::meeting, ""},
    {"pack-version", &core::CoverDetails::version, ""},
};

const Text kTexts[] = {
    {"agenda-item", &core::CoverDetails::agendaItem, "The agenda item, for the cover."},
    {"author", &core::CoverDetails::author, "Who wrote the paper, for the cover."},
    {"presenter", &core::CoverDetails::presenter, "Who presents it, for the cover."},
    {"purpose", &core::CoverDetails::purpose, "Why the paper comes to the meeting."},
    {"recommendation", &core::CoverDetails::recommendation,
     "The recommendation or decision required (default: to note)."},
    {"organisation", &core::CoverDetails::organisation, "The organisation named on the cover (default: the plan's)."},
    {"updates-to", &core::CoverDetails::updatesTo,
     "The group a lead's brief asks updates for (default: the EDI implementation group)."},
};

double decimal(const QCommandLineParser& parser, const QString& name, double fallback, double max)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0.0 || value > max)
        throw UsageError{QCoreApplication::translate("wres", "--%1: '%2' is not a number from 0 to %3.")
                             .arg(name, parser.value(name))
                             .arg(max)};
    return value;
}

} // namespace

void add(QCommandLineParser& p)
{
    for (const Text& t : kTexts)
        p.addOption(
            {QString::fromLatin1(t.option), QCoreApplication::translate("wres", t.help), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("committee"),
                 QCoreApplication::translate("wres", "A committee or group that saw the paper before (repeat for "
                                                     "each; --committee \"\" clears the kept list)."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("similar-ratio"),
                 QCoreApplication::translate("wres", "Call a relative likelihood's change smaller than this "
                                                     "'similar' (default: the file's, 0.05)."),
                 QStringLiteral("X")});
    p.addOption({QStringLiteral("similar-points"),
                 QCoreApplication::translate("wres", "Call a percentage's change smaller than this many "
                                                     "percentage points 'similar' (default: the file's, 1)."),
                 QStringLiteral("X")});
}

core::CoverDetails cover(const QCommandLineParser& parser, const core::CoverDetails& kept)
{
    core::CoverDetails details = kept;
    for (const Text& t : kGiven)
        if (const QString name = QString::fromLatin1(t.option); parser.isSet(name))
            details.*t.field = parser.value(name).trimmed();
    for (const Text& t : kTexts)
        if (const QString name = QString::fromLatin1(t.option); parser.isSet(name))
            details.*t.field = parser.value(name).trimmed();
    if (parser.isSet(QStringLiteral("committee"))) {
        details.committees.clear();
        for (const QString& committee : parser.values(QStringLiteral("committee")))
            if (!committee.simplified().isEmpty())
                details.committees << committee.simplified();
    }
    return details;
}

core::ChangeTolerance tolerance(const QCommandLineParser& parser, const core::ChangeTolerance& kept)
{
    core::ChangeTolerance t;
    t.ratio = decimal(parser, QStringLiteral("similar-ratio"), kept.ratio, core::ChangeTolerance::kMaxRatio);
    t.points = decimal(parser, QStringLiteral("similar-points"), kept.points, core::ChangeTolerance::kMaxPoints);
    return t;
}

void remember(const core::Database& database, qint64 planId, const core::CoverDetails& kept,
              const core::CoverDetails& used, const core::ChangeTolerance& keptTolerance,
              const core::ChangeTolerance& usedTolerance)
{
    if (kept == used && keptTolerance == usedTolerance)
        return;
    const QString notKept = QCoreApplication::translate(
        "wres", "%1: the cover details and tolerances given were used for this pack but not kept for the next: %2\n");
    if (database.isReadOnly()) {
        Output::err(notKept.arg(Output::shown(database.path()),
                                QCoreApplication::translate("wres", "the file is open read-only.")));
        return;
    }
    try {
        core::BoardPaperStore(database).keep(planId, used, usedTolerance);
    } catch (const core::StoreError& e) {
        Output::err(notKept.arg(Output::shown(database.path()), e.message()));
    }
}

} // namespace wres::app::CoverOptions
