#pragma once

#include <QtGlobal>

namespace wres::ui::report {

// What a cell, swatch or chart segment stands for where colour carries meaning; the words always
// say it too, so nothing is told by colour alone.
enum class Tone : quint8
{
    None,
    NotStarted,
    InProgress,
    Delayed,
    Complete,
    NoStatus,
    RagRed,
    RagAmber,
    RagGreen,
    RagBlue,
    Objective, // a row that groups the actions under it
    Total,     // a totals row
};

} // namespace wres::ui::report
