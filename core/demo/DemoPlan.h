#pragma once

#include "domain/PlanData.h"

namespace wres::core {

// The bundled demo plan: the themed ambulance trust WRES action plan 2023/24 transcribed in full
// (resources/demo/plan.csv), with its organisation, title and period.
namespace DemoPlan {

PlanData load();

} // namespace DemoPlan
} // namespace wres::core
