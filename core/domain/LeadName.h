#pragma once

#include <QString>
#include <QStringList>

namespace wres::core::LeadName {

// A lead's name as it is kept: Unicode NFC (so "Café" typed with a combining accent and with
// a precomposed é is one lead) with runs of white space made one space and the ends trimmed.
// Every way a lead name comes in (CSV, workbook and JSON imports, the editor, update requests,
// grant --lead) goes through the store, which applies it.
QString normalised(const QString& name);
// The key two spellings of one lead share: normalised, then case-folded (and NFC again).
QString key(const QString& name);
// Whether two names are the same lead.
bool same(const QString& a, const QString& b);
// Normalised names with empty ones and repeats of a lead (by key) left out, first spelling kept.
QStringList normalisedList(const QStringList& names);

} // namespace wres::core::LeadName
