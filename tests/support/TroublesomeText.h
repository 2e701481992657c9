#pragma once

#include <QString>

#include <random>

namespace wres::test {

// Random texts over the characters that trouble workbooks: every C0 control, tab, CR and LF,
// DEL and a C1 control, U+FFFE and U+FFFF, a byte order mark, an emoji (a surrogate pair), XML's
// own specials, and pieces of Office's _xHHHH_ escape, whole and broken; lone surrogates, NUL and
// carriage returns only when asked for.
struct Troublesome
{
    bool loneSurrogates = false;
    bool nul = false;
    bool carriageReturns = true;
};
QString troublesomeText(std::mt19937& random, Troublesome which = {});

} // namespace wres::test
