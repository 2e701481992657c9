#pragma once

#include "MetricFigure.h"

#include <QString>

namespace wres::core {

// One sentence per indicator about its latest period, in the style of published reports, e.g.
// "White applicants were 1.79 times more likely than BME applicants to be appointed from
// shortlisting (15.5% against 8.7%), worse than 1.46 in 2020/21."
// Redacted figures appear as R and the clauses that would need them are left out.
namespace Narrative {

QString forIndicator(int indicator, const MetricFigures& figures, const QString& bmeName = QStringLiteral("BME"));

} // namespace Narrative
} // namespace wres::core
