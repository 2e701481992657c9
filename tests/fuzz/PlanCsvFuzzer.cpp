// libFuzzer target: the plan CSV reader. Any input must be read without a crash, a hang or a
// sanitizer report; an input read without problems must round-trip: writing what was read and
// reading it again gives the same bytes back (the contract PlanCsv::write states).
#include "io/PlanCsv.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto first = wres::core::PlanCsv::read(bytes, QStringLiteral("fuzz.csv"), 9);
    if (!first.problems.isEmpty())
        return 0;
    const QByteArray written = wres::core::PlanCsv::write(first.plan);
    const auto second = wres::core::PlanCsv::read(written, QStringLiteral("again.csv"), 9);
    if (!second.problems.isEmpty() || wres::core::PlanCsv::write(second.plan) != written)
        std::abort(); // a plan the program wrote could not be read back as it was
    return 0;
}
