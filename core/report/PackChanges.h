#pragma once

#include <QtGlobal>

namespace wres::core {

class Database;
struct BoardPack;
struct BoardPackOptions;

// "What has changed" since the recorded pack (or a date), one row per change (see docs/decisions.md,
// "What has changed"): every line the audit trail wrote for an action in one go (one update: its
// status, RAG and note; one edit) becomes one row with who and when, the status update's note beside
// it; new, restored, closed and deleted actions are rows of their own, and so are actions that a
// recorded pack shows appeared or went without a line in the trail. Metrics imported or changed are
// counted by indicator and period from the trail's metric lines, without their values.
namespace PackChanges {

// Fills pack.comparedWith, changes, metricChanges and changeSummary; needs pack.actions and definitions.
// Throws InvalidRequest when the recorded pack asked for belongs to another plan or does not exist.
void gather(BoardPack& pack, const Database& database, qint64 planId, const BoardPackOptions& options);

} // namespace PackChanges
} // namespace wres::core
