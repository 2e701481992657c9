#pragma once

#include "domain/ActionRow.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QStringList>

namespace wres::core {

// The `actions` listing in its three formats. CSV columns (a contract for scripts):
// id, theme, objective_no, action_no, action, leads, timescale, due, status, rag, indicators, overdue,
// last_update. overdue is "yes" or "no"; due and last_update are ISO dates or empty.
namespace ActionList {

QStringList csvColumns();
QByteArray toCsv(const QList<ActionRow>& rows, const QDate& today);
QByteArray toJson(const QList<ActionRow>& rows, const QDate& today);
// Aligned plain-text columns for a terminal; the action shows its first line, shortened.
QByteArray toTable(const QList<ActionRow>& rows, const QDate& today);

} // namespace ActionList
} // namespace wres::core
