#pragma once

#include "ChartScene.h"

#include <QPointF>

class QPainter;

namespace wres::ui::report {

class FontBook;

namespace ChartPainter {

// Paints a laid-out chart with its top left at `origin`: vectors and real text, so a PDF keeps
// the words searchable and sharp at any zoom.
void paint(QPainter& painter, const ChartScene& scene, const QPointF& origin, FontBook& fonts);

} // namespace ChartPainter
} // namespace wres::ui::report
