#pragma once

#include "ChartScene.h"

#include <QString>

namespace wres::ui::report::ChartSvg {

// The chart as inline SVG for the HTML report: role="img", labelled by its <title> and described
// by its <desc> (the words that state every figure), scaling to the width of its container.
// `id` makes the title and description ids unique in the page. The scene must be laid out in
// CSS pixels.
// `variant` is a class naming the layout ("wide" or "narrow"), which the style sheet shows by width.
QString write(const ChartScene& scene, const QString& id, const QString& title, const QString& description,
              const QString& variant = {});

} // namespace wres::ui::report::ChartSvg
