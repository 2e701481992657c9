#pragma once

#include "ReportDocument.h"
#include "domain/ActionRow.h"
#include "domain/Rag.h"
#include "domain/Status.h"

#include <QDate>
#include <QString>

namespace wres::ui::report::ModelText {

// Words and cells shared by the sections of the board pack and the lead brief.
QString date(const QDate& date);     // "1 Jul 2024"
QString longDate(const QDate& date); // "1 July 2024"
QString due(const core::ActionRow& row);
// "1 action", "3 actions".
QString count(qsizetype n, const char* one, const char* many);
Tone tone(core::Status status);
Tone tone(core::Rag rag);
Cell statusCell(core::Status status);
Cell ragCell(core::Rag rag);
// The time-scale as typed, and "⚠ overdue" in bold under it when it is.
Cell dueCell(const QString& text, bool overdue);
// The action's reference, with the number as the plan typed it under it where the two differ.
Cell referenceCell(const QString& reference, const QString& typed);
// The status key (status colours with their symbols and words, the RAG letters).
Key statusKey(bool indicators);

} // namespace wres::ui::report::ModelText
