// libFuzzer target: a lead's returned update request (every sheet of the workbook, the hidden
// request record, the answers under their header). Any input must be refused or read without a
// crash, a hang or a sanitizer report, and what is read must hold together.
#include "io/RequestWorkbook.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto returned = wres::core::RequestWorkbook::read(bytes, QStringLiteral("fuzz.xlsx"));
    if (!returned.problems.isEmpty())
        return 0;
    // Read without problems: a request with its plan, and every answer about an action it asked about.
    if (returned.request.uid.isEmpty() || returned.request.planUid.isEmpty())
        std::abort();
    QSet<qint64> asked;
    for (const auto& action : returned.request.actions)
        asked.insert(action.id);
    for (const auto& answer : returned.answers)
        if (!asked.contains(answer.actionId) || answer.row <= 0)
            std::abort();
    return 0;
}
