#pragma once

#include "domain/PlanData.h"

namespace wres::bench {

// A plan of any size that looks like a real one: 3-5 themes, objectives of 1-6 actions, action texts
// of one to six bullets, 50 leads (one to four per action), timescales in the published forms, and
// `updates` status updates spread over the actions and the last two years. Same seed, same plan.
// With longTexts, every action also has milestones and a progress note of 40 to 400 words, with
// hyphenated words and the odd long web address, as the layout's stress test needs.
core::PlanData syntheticPlan(int actions, int updates, unsigned seed, bool longTexts = false);

} // namespace wres::bench
