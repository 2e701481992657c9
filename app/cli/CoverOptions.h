#pragma once

#include "domain/CoverDetails.h"
#include "metrics/ChangeJudgement.h"

#include <QCommandLineParser>

namespace wres::core {
class Database;
}

namespace wres::app::CoverOptions {

// board-pack's words for the cover and its tolerances: --agenda-item, --author, --presenter, --purpose,
// --recommendation, --committee (repeatable), --organisation, --updates-to, --similar-ratio,
// --similar-points (--meeting and --pack-version are added by board-pack itself; read by cover()).
void add(QCommandLineParser& parser);
// The plan's kept cover with the given options over it; --committee given at all replaces the list
// (one empty --committee "" clears it).
core::CoverDetails cover(const QCommandLineParser& parser, const core::CoverDetails& kept);
// The file's tolerances with the given ones over them; throws UsageError naming the option when a
// value is not a number in range, before anything is written.
core::ChangeTolerance tolerance(const QCommandLineParser& parser, const core::ChangeTolerance& kept);
// Keeps what was given for the next pack (see docs/decisions.md, "Cover details are kept"): nothing
// when nothing changed; on a file or login that may not write, the pack stands and a note on stderr
// says the details were used but not kept.
void remember(const core::Database& database, qint64 planId, const core::CoverDetails& kept,
              const core::CoverDetails& used, const core::ChangeTolerance& keptTolerance,
              const core::ChangeTolerance& usedTolerance);

} // namespace wres::app::CoverOptions
