#pragma once

#include "metrics/MetricCount.h"

namespace wres::core::DemoMetrics {

// Made-up but realistic counts for four years and all nine indicators (resources/demo/metrics.csv),
// with small numbers in places so redaction can be seen.
MetricCounts load();

} // namespace wres::core::DemoMetrics
