#pragma once

#include <QString>

#include <random>

namespace wres::test {

// Random texts over the characters that trouble workbooks: every C0 control, tab, CR and LF,
// DEL and a C1 control, a byte order mark, an emoji (a surrogate pair), XML's
// own specials, and pieces of Office's _xHHHH_ escape, whole and broken; lone surrogates, NUL,
// U+FFFE and U+FFFF (which a plan cannot hold: TextLimits) and carriage returns as asked.
struct Troublesome
{
    bool loneSurrogates = false;
    bool nul = false;
    bool carriageReturns = true;
    bool nonCharacters = false; // U+FFFE and U+FFFF
};
QString troublesomeText(std::mt19937& random, Troublesome which = {});

} // namespace wres::test
