#pragma once

#include <QBrush>
#include <QByteArray>
#include <QColor>
#include <QPainterPath>
#include <QTransform>

// Content-stream operators (ISO 32000-1, 8.5 and 8.6) for the paint engine's paths and colours.
namespace wres::ui::pdf::PdfContent {

// A path as PDF path operators, in the given coordinates (mapped when `map` is given). A subpath
// that ends where it began is closed with h, as Qt's stroker joins it there instead of capping; an
// axis-aligned rectangle drawn as `re` draws it is written as `re`.
void appendPath(QByteArray& out, const QPainterPath& path, const QTransform* map);
// "r g b rg" (or "v g" for a grey); RG and G for the stroke colour.
void appendColour(QByteArray& out, const QColor& colour, bool stroke);
// "a b c d e f cm".
QByteArray matrixOperator(const QTransform& transform);
// Gradients are drawn in the average of their colours, weighted by how much of the gradient each
// stretch covers.
QColor averageColour(const QBrush& brush);

} // namespace wres::ui::pdf::PdfContent
