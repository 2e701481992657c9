#pragma once

#include "domain/Timescale.h"

#include <QString>

namespace wres::core {

// Reads a timescale as typed in published plans and finds its due date:
//   a month ("June 2024")            -> its last day
//   a date (30.06.2023, 30/06/2023, 2023-06-30, "30 June 2023") -> itself
//   a season ("Summer 2023")         -> Spring 31 May, Summer 31 Aug, Autumn 30 Nov,
//                                       Winter the end of February of the next year
//   a quarter of an NHS financial year ("Q1 2023/24"; Q1 = Apr-Jun) -> the quarter's last day
//   a financial year ("2023/24")     -> 31 March of its second year
//   "Ongoing"                        -> no date, flagged as ongoing
//   anything else                    -> no date, unparsed
// A date inside longer text counts ("Sessions to recommence in Autumn 2022", "February 2023 (policy
// due for review)"); when several appear, the latest is the deadline. The text is kept as typed.
class TimescaleParser
{
public:
    static Timescale parse(const QString& text);
};

} // namespace wres::core
