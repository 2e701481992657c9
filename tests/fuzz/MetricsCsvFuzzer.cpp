// libFuzzer target: the metrics CSV reader. Any input must be read without a crash, a hang or a
// sanitizer report, and an input read without problems must give only rows a store would accept.
#include "metrics/MetricsCsv.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto result = wres::core::MetricsCsv::read(bytes, QStringLiteral("fuzz.csv"));
    if (!result.problems.isEmpty())
        return 0;
    for (const wres::core::MetricCount& m : result.counts) {
        if (m.indicator < 1 || m.indicator > 9 || m.period.isEmpty())
            std::abort();
        if (m.count && m.total && (*m.count < 0 || *m.count > *m.total))
            std::abort();
    }
    return 0;
}
