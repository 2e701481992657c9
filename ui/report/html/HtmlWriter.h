#pragma once

#include "report/model/ReportDocument.h"

#include <QByteArray>

namespace wres::ui::report::HtmlWriter {

// The report as one self-contained web page (UTF-8): inline style sheet, charts as inline SVG
// (role="img", a title, a description stating the figures, then the figures as a table), no
// script, no request to anything outside the file. Semantic headings, tables with captions and
// header cells with scope, lang on the root. Reflows to 320 CSS pixels: tables of prose stack
// into labelled blocks, tables of figures scroll inside their own labelled region.
QByteArray write(const ReportDocument& document);

} // namespace wres::ui::report::HtmlWriter
