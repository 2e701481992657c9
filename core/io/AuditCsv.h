#pragma once

#include "store/AuditStore.h"

#include <QByteArray>
#include <QList>

namespace wres::core {

// The audit trail as CSV (see docs/file-formats.md): when (UTC, ISO 8601), who, what it is about,
// the field, from, to, and through which route. Text is guarded against spreadsheet formulas.
QByteArray auditCsv(const QList<AuditRecord>& records);

// The same as aligned text for a terminal, one line per change.
QString auditText(const QList<AuditRecord>& records);

} // namespace wres::core
