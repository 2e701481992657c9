// libFuzzer target: the timescale parser ("June 2024", "Q3 2024/25", "31.03.2025", ...). Any text
// must parse without a crash; a dated result must have a valid due date and keep the text as typed.
#include "timescale/TimescaleParser.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const wres::core::Timescale t = wres::core::TimescaleParser::parse(text);
    if (t.kind == wres::core::Timescale::Kind::Dated && !t.due.isValid())
        std::abort();
    if (t.text != text.trimmed() && t.text != text)
        std::abort();
    return 0;
}
