// libFuzzer target: the workbook reader (zip package, XML parts, cells) and the plan rules on its
// first sheet. Any input must be refused or read without a crash, a hang or a sanitizer report.
#include "io/PlanXlsx.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto result = wres::core::PlanXlsx::read(bytes, QStringLiteral("fuzz.xlsx"), 9);
    if (result.problems.isEmpty() && result.plan.themes.isEmpty())
        std::abort(); // a workbook read without problems holds a plan
    return 0;
}
