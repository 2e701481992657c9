#include "DemoPlan.h"

#include "framework/Framework.h"
#include "io/PlanCsv.h"

#include <QFile>

#include <stdexcept>

namespace wres::core::DemoPlan {

PlanData load()
{
    QFile file(QStringLiteral(":/demo/plan.csv"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("the demo plan is missing from the program's resources");
    PlanCsv::ReadResult result = PlanCsv::read(file.readAll(), file.fileName(), Framework::wres().maxIndicatorNumber());
    if (!result.problems.isEmpty())
        throw std::runtime_error(result.problems.front().toString().toStdString());
    result.plan.info.organisation = QStringLiteral("London Ambulance Service NHS Trust");
    result.plan.info.title = QStringLiteral("Workforce Race Equality Standard Action Plan 2023/2024");
    result.plan.info.period = QStringLiteral("2023/24");
    return result.plan;
}

} // namespace wres::core::DemoPlan
