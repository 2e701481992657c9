#pragma once

#include <QString>

namespace wres::core::TextLimits {

// The most text one spreadsheet cell holds, counted as Excel counts it: UTF-16 code units, which
// is QString::size() (an emoji counts 2). Every text the plan keeps goes into some workbook cell
// (the plan export, a lead's request), so this is the limit on every text at input.
constexpr int kMaxText = 32767;

// Why a text cannot be taken in, as the end of a sentence naming the field ("action 2.3, progress:
// the text is 40,000 characters long; …"), or an empty string when it can: longer than kMaxText,
// holding a NUL (U+0000, which cuts text short in C libraries and in most spreadsheet programs), a
// lone UTF-16 surrogate (half a character) or U+FFFE / U+FFFF (not characters at all): SQLite,
// which keeps the plan as UTF-8, gives those three back as U+FFFD, so the plan could not keep them
// as given. Other control characters, tabs and line breaks are taken: workbooks escape them.
QString problem(const QString& text);

// "the text is 40,000 characters long, and a spreadsheet cell holds at most 32,767 …": why a text
// of that length cannot be taken in.
QString tooLong(qint64 length);

// "40,000": a count as English writes it.
QString number(qsizetype n);

} // namespace wres::core::TextLimits
