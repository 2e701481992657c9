#pragma once

#include "MetricCount.h"
#include "domain/Problem.h"

#include <QByteArray>

namespace wres::core {

// The metrics CSV of ARCHITECTURE.md: indicator,period,category,group,count,total,value, one row per
// count. Checks each row against the indicator (its groups, its categories) and the counts (whole,
// not negative, count <= total); every problem as FILE:LINE: column: message.
namespace MetricsCsv {

QStringList columns();

struct ReadResult
{
    MetricCounts counts;
    Problems problems; // when not empty, counts must not be used
};
ReadResult read(const QByteArray& bytes, const QString& fileName);
QByteArray write(const MetricCounts& counts);

} // namespace MetricsCsv
} // namespace wres::core
