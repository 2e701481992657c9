#pragma once

#include "report/model/ReportDocument.h"

#include <QString>

#include <vector>

namespace wres::ui::report {

class FontBook;

// Text broken into lines in a width, the way a reader expects: lines break at spaces and after
// hyphens only, a line break typed in the text is kept, and a word longer than the whole width
// (a web address) is the only thing ever broken inside. Nothing is dropped: every character of
// the text is on some line.
struct LaidText
{
    // Kept small (floats: 16 and 20 bytes), as a 10,000-action pack holds half a million of them.
    struct Run
    {
        int from = 0; // in text
        int length = 0;
        int font = 0; // FontBook index
        float x = 0;  // from the left of the line box
    };
    struct Line
    {
        float top = 0;
        float ascent = 0; // baseline below top
        float height = 0;
        int firstRun = 0;
        int runCount = 0;
    };
    QString text;
    std::vector<Line> lines;
    std::vector<Run> runs;
    double height = 0;

    // The height of lines [from, to).
    double heightOf(int from, int to) const;
    // How many lines from `from` fit in `space` (at least one when `atLeastOne`).
    int linesFitting(int from, double space, bool atLeastOne) const;
};

namespace TextFlow {

// Lays spans out in `width` (device units) at `points`, aligned as asked.
LaidText lay(FontBook& fonts, const Spans& spans, double points, double width, Align align = Align::Start);

// How wide the text wants to be: its longest line unbroken, and its longest word (the least width
// in which only a word longer than it would be broken).
struct Extent
{
    double natural = 0;
    double word = 0;
};
Extent extent(FontBook& fonts, const Spans& spans, double points);

} // namespace TextFlow
} // namespace wres::ui::report
