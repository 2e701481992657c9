#include "PdfPaintEngine.h"

#include "PdfContent.h"
#include "PdfDocument.h"
#include "PdfSyntax.h"

#include <QBitmap>
#include <QGradient>
#include <QPixmap>

namespace wres::ui::pdf {
namespace {

using PdfContent::appendColour;
using PdfContent::appendPath;
using PdfContent::averageColour;
using PdfContent::matrixOperator;
using PdfSyntax::appendReal;

bool isHatch(Qt::BrushStyle style)
{
    return style >= Qt::Dense1Pattern && style <= Qt::DiagCrossPattern;
}

QByteArray rectKey(const QRectF& r)
{
    return ' ' + QByteArray::number(r.x()) + ' ' + QByteArray::number(r.y()) + ' ' + QByteArray::number(r.width()) +
           ' ' + QByteArray::number(r.height());
}

} // namespace

PdfPaintEngine::PdfPaintEngine(PdfDocument& document)
    : QPaintEngine(QPaintEngine::AllFeatures), m_document(document), m_text(document)
{}

PdfPaintEngine::~PdfPaintEngine() = default;

bool PdfPaintEngine::begin(QPaintDevice*)
{
    if (m_document.isFinished())
        return false;
    m_page = -1;
    m_clips.clear();
    m_clipEnabled = false;
    m_clipDirty = true;
    refreshPage();
    return true;
}

bool PdfPaintEngine::end()
{
    return true;
}

void PdfPaintEngine::refreshPage()
{
    const int page = m_document.pageIndex();
    if (page == m_page)
        return;
    m_page = page;
    m_deviceToUser = m_document.deviceToUser();
    m_toUser = m_matrix * m_deviceToUser;
    m_cm = matrixOperator(m_toUser);
    m_clipDirty = true;
}

void PdfPaintEngine::updateState(const QPaintEngineState& changed)
{
    const QPaintEngine::DirtyFlags flags = changed.state();
    if (flags & DirtyTransform) {
        m_matrix = changed.transform();
        m_toUser = m_matrix * m_deviceToUser;
        m_cm = matrixOperator(m_toUser);
    }
    if (flags & DirtyPen)
        m_pen = changed.pen();
    if (flags & DirtyBrush)
        m_brush = changed.brush();
    if (flags & DirtyBrushOrigin)
        m_brushOrigin = changed.brushOrigin();
    if (flags & DirtyBackground)
        m_background = changed.backgroundBrush();
    if (flags & DirtyBackgroundMode)
        m_backgroundMode = changed.backgroundMode();
    if (flags & DirtyOpacity)
        m_opacity = changed.opacity();
    if (flags & DirtyHints)
        m_hints = changed.renderHints();
    if (flags & DirtyClipPath)
        setClip(m_matrix.map(changed.clipPath()), changed.clipOperation());
    if (flags & DirtyClipRegion) {
        QPainterPath path;
        path.addRegion(changed.clipRegion());
        setClip(m_matrix.map(path), changed.clipOperation());
    }
    if (flags & DirtyClipEnabled)
        m_clipEnabled = changed.isClipEnabled();
}

void PdfPaintEngine::setClip(const QPainterPath& devicePath, Qt::ClipOperation operation)
{
    if (operation == Qt::NoClip) {
        m_clips.clear();
        m_clipEnabled = false;
    } else {
        if (operation == Qt::ReplaceClip)
            m_clips.clear();
        m_clips.append(devicePath);
        m_clipEnabled = true;
    }
    m_clipDirty = true;
}

void PdfPaintEngine::writeClip()
{
    m_clipOps.clear();
    m_clipEmpty = false;
    m_clipBounds = QRectF();
    for (const QPainterPath& clip : std::as_const(m_clips)) {
        const QRectF bounds = m_deviceToUser.mapRect(clip.boundingRect());
        m_clipBounds = m_clipBounds.isNull() ? bounds : m_clipBounds.intersected(bounds);
        if (clip.isEmpty() || m_clipBounds.isEmpty()) {
            m_clipEmpty = true;
            return;
        }
        appendPath(m_clipOps, m_deviceToUser.map(clip), nullptr);
        m_clipOps += clip.fillRule() == Qt::OddEvenFill ? "W* n\n" : "W n\n";
    }
    m_clipKey = ++m_clipSerial;
    m_clipDirty = false;
}

QByteArray* PdfPaintEngine::beginPrimitive(const QRectF& logicalBounds, double margin, bool text)
{
    refreshPage();
    const bool clipped = clipActive();
    if (clipped && m_clipDirty)
        writeClip();
    if (clipped && m_clipEmpty)
        return nullptr;
    const bool figure = m_document.wantsBounds();
    QRectF user;
    if (clipped || figure) {
        user = m_toUser.mapRect(logicalBounds).adjusted(-margin, -margin, margin, margin);
        if (clipped) {
            if (!user.intersects(m_clipBounds))
                return nullptr;
            user &= m_clipBounds;
        }
    }
    QByteArray& out = m_document.beginPrimitive(text, clipped ? m_clipKey : 0, m_clipOps);
    if (figure)
        m_document.notePainted(user);
    return &out;
}

int PdfPaintEngine::fillAlpha() const
{
    const QColor colour = m_brush.gradient() ? averageColour(m_brush) : m_brush.color();
    return qRound(colour.alphaF() * m_opacity * 255);
}

int PdfPaintEngine::strokeAlpha() const
{
    const QColor colour = m_pen.brush().gradient() ? averageColour(m_pen.brush()) : m_pen.color();
    return qRound(colour.alphaF() * m_opacity * 255);
}

void PdfPaintEngine::writeAlpha(QByteArray& out, int fill, int stroke)
{
    if (fill >= 255 && stroke >= 255)
        return;
    const int index = m_document.paintResources().alphaState(std::clamp(fill, 0, 255), std::clamp(stroke, 0, 255));
    out += '/' + m_document.useAlphaState(index) + " gs\n";
}

void PdfPaintEngine::writeFillStyle(QByteArray& out, const QPainterPath& path, bool background)
{
    const Qt::BrushStyle style = m_brush.style();
    if (isHatch(style)) {
        if (background) { // an opaque background shows between the hatch lines
            out += "q\n";
            appendColour(out, m_background.color(), false);
            out += m_cm;
            appendPath(out, path, nullptr);
            out += path.fillRule() == Qt::OddEvenFill ? "f*\nQ\n" : "f\nQ\n";
        }
        // Qt draws hatches in device pixels unless told otherwise (QPainter::NonCosmeticBrushPatterns).
        const QTransform placement =
            m_hints.testFlag(QPainter::NonCosmeticBrushPatterns)
                ? m_brush.transform() * QTransform::fromTranslate(m_brushOrigin.x(), m_brushOrigin.y()) * m_toUser
                : QTransform::fromTranslate(m_matrix.map(m_brushOrigin).x(), m_matrix.map(m_brushOrigin).y()) *
                      m_deviceToUser;
        const int pattern = m_document.paintResources().hatchPattern(int(style), placement);
        out += "/CSp cs ";
        const QColor rgb = m_brush.color().toRgb();
        appendReal(out, rgb.redF(), 3);
        out += ' ';
        appendReal(out, rgb.greenF(), 3);
        out += ' ';
        appendReal(out, rgb.blueF(), 3);
        out += " /" + m_document.usePattern(pattern) + " scn\n";
    } else if (style == Qt::TexturePattern) {
        const QImage texture = m_brush.textureImage();
        if (texture.isNull()) {
            appendColour(out, m_brush.color(), false);
            return;
        }
        const int image = imageIndex("t" + QByteArray::number(texture.cacheKey()), texture);
        const QTransform placement =
            m_brush.transform() * QTransform::fromTranslate(m_brushOrigin.x(), m_brushOrigin.y()) * m_toUser;
        const int pattern = m_document.paintResources().imagePattern(
            m_document.images().object(image), m_document.images().resourceName(image), texture.size(), placement);
        out += "/Pattern cs /" + m_document.usePattern(pattern) + " scn\n";
    } else {
        appendColour(out, averageColour(m_brush), false);
    }
}

void PdfPaintEngine::writePenStyle(QByteArray& out)
{
    const QColor colour = m_pen.brush().gradient() ? averageColour(m_pen.brush()) : m_pen.color();
    appendColour(out, colour, true);
    const bool cosmetic = m_pen.isCosmetic();
    // A cosmetic pen is as wide as its width in device pixels (a zero width is one pixel).
    const double unit = cosmetic ? 72.0 / m_document.resolution() : 1.0;
    const double width = m_pen.widthF() > 0 ? m_pen.widthF() : 1.0;
    appendReal(out, width * unit, 4);
    out += " w ";
    switch (m_pen.capStyle()) {
    case Qt::FlatCap:
        out += "0 J ";
        break;
    case Qt::RoundCap:
        out += "1 J ";
        break;
    default:
        out += "2 J ";
    }
    switch (m_pen.joinStyle()) {
    case Qt::MiterJoin:
    case Qt::SvgMiterJoin:
        // Qt measures the miter from the join point in pen widths; PDF from the inner corner.
        out += "0 j ";
        appendReal(out, std::max(1.0, 2 * m_pen.miterLimit()), 3);
        out += " M ";
        break;
    case Qt::RoundJoin:
        out += "1 j ";
        break;
    default:
        out += "2 j ";
    }
    if (m_pen.style() != Qt::SolidLine) {
        // Qt gives dashes in pen widths.
        out += '[';
        for (const qreal dash : m_pen.dashPattern()) {
            appendReal(out, std::max(0.0, double(dash)) * width * unit, 4);
            out += ' ';
        }
        out += "] ";
        appendReal(out, m_pen.dashOffset() * width * unit, 4);
        out += " d";
    }
    out += '\n';
}

void PdfPaintEngine::drawShape(const QPainterPath& path, bool fill, bool stroke)
{
    const bool filled = fill && m_brush.style() != Qt::NoBrush && fillAlpha() > 0;
    const bool stroked = stroke && m_pen.style() != Qt::NoPen && strokeAlpha() > 0;
    if ((!filled && !stroked) || path.isEmpty())
        return;
    const bool cosmetic = stroked && m_pen.isCosmetic();
    // A fill covers its path; a stroke reaches half its width beyond (a miter further: say a width).
    double margin = 0;
    if (stroked)
        margin = 0.01 + (cosmetic ? std::max(1.0, m_pen.widthF()) * 72.0 / m_document.resolution()
                                  : m_pen.widthF() * std::sqrt(std::abs(m_toUser.determinant())));
    QByteArray* stream = beginPrimitive(path.controlPointRect(), margin, false);
    if (!stream)
        return;
    QByteArray& out = *stream;
    out += "q\n";
    writeAlpha(out, filled ? fillAlpha() : 255, stroked ? strokeAlpha() : 255);
    const bool evenOdd = path.fillRule() == Qt::OddEvenFill;
    if (filled)
        writeFillStyle(out, path, m_backgroundMode == Qt::OpaqueMode && isHatch(m_brush.style()));
    if (stroked)
        writePenStyle(out);
    if (!cosmetic) {
        out += m_cm;
        appendPath(out, path, nullptr);
        out += filled && stroked ? (evenOdd ? "B*\n" : "B\n") : filled ? (evenOdd ? "f*\n" : "f\n") : "S\n";
    } else {
        // A cosmetic pen's width does not follow the transformation: the path is mapped here and
        // stroked in user space.
        if (filled) {
            out += "q\n" + m_cm;
            appendPath(out, path, nullptr);
            out += evenOdd ? "f*\nQ\n" : "f\nQ\n";
        }
        appendPath(out, path, &m_toUser);
        out += "S\n";
    }
    out += "Q\n";
}

void PdfPaintEngine::drawPath(const QPainterPath& path)
{
    drawShape(path, true, true);
}

void PdfPaintEngine::drawRects(const QRectF* rects, int count)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill); // overlapping rectangles cover each other, as Qt draws them
    for (int i = 0; i < count; ++i)
        path.addRect(rects[i]);
    drawShape(path, true, true);
}

void PdfPaintEngine::drawLines(const QLineF* lines, int count)
{
    QPainterPath path;
    for (int i = 0; i < count; ++i) {
        path.moveTo(lines[i].p1());
        path.lineTo(lines[i].p2());
    }
    drawShape(path, false, true);
}

void PdfPaintEngine::drawEllipse(const QRectF& rect)
{
    QPainterPath path;
    path.addEllipse(rect);
    drawShape(path, true, true);
}

void PdfPaintEngine::drawPoints(const QPointF* points, int count)
{
    // A point is a zero-length line: its caps draw it (a square for a flat cap, as Qt shows one).
    QPainterPath path;
    for (int i = 0; i < count; ++i) {
        path.moveTo(points[i]);
        path.lineTo(points[i] + QPointF(1e-3, 0));
    }
    const QPen pen = m_pen;
    if (m_pen.capStyle() == Qt::FlatCap)
        m_pen.setCapStyle(Qt::SquareCap);
    m_pen.setStyle(Qt::SolidLine);
    drawShape(path, false, true);
    m_pen = pen;
}

void PdfPaintEngine::drawPolygon(const QPointF* points, int count, PolygonDrawMode mode)
{
    if (count < 1)
        return;
    QPainterPath path;
    path.moveTo(points[0]);
    for (int i = 1; i < count; ++i)
        path.lineTo(points[i]);
    if (mode == PolylineMode) {
        drawShape(path, false, true);
        return;
    }
    path.closeSubpath();
    path.setFillRule(mode == OddEvenMode ? Qt::OddEvenFill : Qt::WindingFill);
    drawShape(path, true, true);
}

int PdfPaintEngine::imageIndex(const QByteArray& key, const QImage& image)
{
    const int known = m_document.images().find(key);
    return known >= 0 ? known : m_document.images().add(key, image);
}

void PdfPaintEngine::placeImage(int index, const QRectF& rect)
{
    QByteArray* stream = beginPrimitive(rect, 0, false);
    if (!stream)
        return;
    QByteArray& out = *stream;
    out += "q\n";
    writeAlpha(out, qRound(m_opacity * 255), 255);
    // The image's unit square, first row at the top, onto the target rectangle.
    out +=
        matrixOperator(QTransform(rect.width(), 0, 0, -rect.height(), rect.x(), rect.y() + rect.height()) * m_toUser);
    out += '/' + m_document.useImage(index) + " Do\nQ\n";
}

void PdfPaintEngine::drawImage(const QRectF& rect, const QImage& image, const QRectF& source, Qt::ImageConversionFlags)
{
    if (image.isNull() || source.toAlignedRect().intersected(image.rect()).isEmpty())
        return;
    const bool whole = source == QRectF(image.rect());
    const QByteArray key = "i" + QByteArray::number(image.cacheKey()) + rectKey(source);
    const int known = m_document.images().find(key);
    placeImage(known >= 0 ? known : m_document.images().add(key, whole ? image : image.copy(source.toAlignedRect())),
               rect);
}

void PdfPaintEngine::drawPixmap(const QRectF& rect, const QPixmap& pixmap, const QRectF& source)
{
    if (pixmap.isNull() || source.toAlignedRect().intersected(pixmap.rect()).isEmpty())
        return;
    QByteArray key = "p" + QByteArray::number(pixmap.cacheKey()) + rectKey(source);
    const bool bitmap = pixmap.depth() == 1;
    if (bitmap) // drawn in the pen's colour where set, and left clear elsewhere
        key += ' ' + QByteArray::number(m_pen.color().rgba());
    int index = m_document.images().find(key);
    if (index < 0) {
        QImage image = pixmap.toImage();
        if (source != QRectF(image.rect()))
            image = image.copy(source.toAlignedRect());
        if (bitmap) {
            QImage coloured(image.size(), QImage::Format_ARGB32);
            const QRgb ink = m_pen.color().rgba();
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    coloured.setPixel(x, y, qGray(image.pixel(x, y)) < 128 ? ink : qRgba(0, 0, 0, 0));
            image = coloured;
        }
        index = m_document.images().add(key, image);
    }
    placeImage(index, rect);
}

void PdfPaintEngine::drawTiledPixmap(const QRectF& rect, const QPixmap& pixmap, const QPointF& offset)
{
    if (pixmap.isNull())
        return;
    const QByteArray key = "p" + QByteArray::number(pixmap.cacheKey());
    int image = m_document.images().find(key);
    if (image < 0)
        image = m_document.images().add(key, pixmap.toImage());
    const QTransform placement = QTransform::fromTranslate(rect.x() - offset.x(), rect.y() - offset.y()) * m_toUser;
    const int pattern = m_document.paintResources().imagePattern(
        m_document.images().object(image), m_document.images().resourceName(image), pixmap.size(), placement);
    QByteArray* stream = beginPrimitive(rect, 0, false);
    if (!stream)
        return;
    QByteArray& out = *stream;
    out += "q\n";
    writeAlpha(out, qRound(m_opacity * 255), 255);
    out += "/Pattern cs /" + m_document.usePattern(pattern) + " scn\n" + m_cm;
    QPainterPath path;
    path.addRect(rect);
    appendPath(out, path, nullptr);
    out += "f\nQ\n";
}

void PdfPaintEngine::drawTextItem(const QPointF& origin, const QTextItem& item)
{
    if (m_pen.style() == Qt::NoPen)
        return;
    if (!m_text.prepare(item)) {
        QPaintEngine::drawTextItem(origin, item); // Qt's outlines of its own glyphs
        return;
    }
    QByteArray* stream = beginPrimitive(m_text.bounds().translated(origin), 1, true);
    if (!stream)
        return;
    QByteArray& out = *stream;
    const QColor colour = (m_pen.brush().gradient() ? averageColour(m_pen.brush()) : m_pen.color()).toRgb();
    const int alpha = strokeAlpha();
    if (alpha < 255) { // a private graphics state for the alpha
        out += "q\n";
        writeAlpha(out, alpha, alpha);
        appendColour(out, colour, false);
        m_text.write(out, origin, m_matrix, m_toUser, colour, nullptr);
        out += "Q\n";
        return;
    }
    PdfDocument::TextState& text = m_document.textState();
    if (text.fill != colour.rgb()) {
        appendColour(out, colour, false);
        text.fill = colour.rgb();
    }
    m_text.write(out, origin, m_matrix, m_toUser, colour, &text);
}

} // namespace wres::ui::pdf
