#include "DemoMetrics.h"

#include "metrics/MetricsCsv.h"

#include <QFile>

#include <stdexcept>

namespace wres::core::DemoMetrics {

MetricCounts load()
{
    QFile file(QStringLiteral(":/demo/metrics.csv"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("the demo metrics are missing from the program's resources");
    const auto result = MetricsCsv::read(file.readAll(), file.fileName());
    if (!result.problems.isEmpty())
        throw std::runtime_error(result.problems.front().toString().toStdString());
    return result.counts;
}

} // namespace wres::core::DemoMetrics
