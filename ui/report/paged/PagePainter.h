#pragma once

#include "PagedDocument.h"

#include <QPageLayout>
#include <QString>

#include <functional>

namespace wres::ui::report {

class FontBook;
class PageTarget;

namespace PagePainter {

// progress(done, total): false stops the painting (print returns -1).
using Progress = std::function<bool(int done, int total)>;
// The page layout for a portrait (false) or landscape (true) page, set before each page that
// turns; empty: the device's layout is kept.
using LayoutFor = std::function<QPageLayout(bool landscape)>;

// Paints every page of a laid-out report on the target, each with the running title at its head
// (not on the first page) and "Page X of Y" at its foot, both as artifacts, telling the target's
// structure what each thing is as it goes. `fonts` must be those the layout used. Returns the
// page count, 0 when the device could not be painted on, or -1 when progress asked to stop.
int paint(const PagedDocument& document, PageTarget& target, FontBook& fonts, const QString& runningTitle,
          const Progress& progress = {}, const LayoutFor& layoutFor = {});

} // namespace PagePainter
} // namespace wres::ui::report
