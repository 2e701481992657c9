#pragma once

#include <QString>

namespace wres::core::TextLimits {

// The most text one spreadsheet cell holds, counted as Excel counts it: UTF-16 code units, which
// is QString::size() (an emoji counts 2). Every text the plan keeps goes into some workbook cell
// (the plan export, a lead's request), so this is the limit on every text at input.
constexpr int kMaxText = 32767;

// Why a text cannot be taken in, as the end of a sentence naming the field ("action 2.3, progress:
// the text is 40,000 characters long; …"), or an empty string when it can: longer than kMaxText,
// holding a NUL (U+0000, which cuts text short in C libraries and cannot be put in a workbook's
// XML even escaped by every reader), or a lone UTF-16 surrogate (half a character, which UTF-8
// storage cannot hold). Control characters, tabs and line breaks are taken: workbooks escape them.
QString problem(const QString& text);

// "40,000": a count as English writes it.
QString number(qsizetype n);

} // namespace wres::core::TextLimits
