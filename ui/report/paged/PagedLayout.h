#pragma once

#include "PagedDocument.h"
#include "report/model/ReportDocument.h"

namespace wres::ui::report {

class FontBook;

namespace PagedLayout {

// Lays a report out on pages of `body` (device units): each block where it fits, a heading kept
// with what follows it, paragraphs and table rows split only between lines, charts as wide as the
// text, the contents with the page of every heading it lists (known once everything is placed,
// and filled in when painting). Nothing is dropped and nothing overlaps.
// The body of a portrait and of a landscape page (a PageBreak turns the pages).
PagedDocument lay(const ReportDocument& document, FontBook& fonts, const QSizeF& body, const QSizeF& landscapeBody);

// The bands above and below the body for the running header and the page number.
double headerBand(FontBook& fonts);
double footerBand(FontBook& fonts);

} // namespace PagedLayout
} // namespace wres::ui::report
