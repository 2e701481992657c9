#pragma once

#include "MetricFigure.h"
#include "domain/Indicator.h"

#include <QString>

namespace wres::core {

// One sentence per indicator about its latest period, in the style of published reports, e.g.
// "White applicants were 1.79 times more likely than BME applicants to be appointed from
// shortlisting (15.5% against 8.7%), worse than 1.46 in 2020/21."
// Redacted figures appear as R and the clauses that would need them are left out. The words come
// from the framework's catalogue (groups, subjects, survey questions), so WDES reads the same way:
// "Disabled staff were 1.52 times more likely than Non-disabled staff to enter the formal capability
// process ...".
namespace Narrative {

// A WRES indicator; bmeName is the Trust's name for the group (BME, BAME).
QString forIndicator(int indicator, const MetricFigures& figures, const QString& bmeName = QStringLiteral("BME"));
// Any framework's indicator; groupName replaces the comparison group's name when given.
QString forIndicator(const Indicator& indicator, const MetricFigures& figures, const QString& groupName = {});

} // namespace Narrative
} // namespace wres::core
