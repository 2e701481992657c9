#pragma once

#include "PdfTextPainter.h"

#include <QBrush>
#include <QByteArray>
#include <QList>
#include <QPaintEngine>
#include <QPainterPath>
#include <QPen>
#include <QTransform>

namespace wres::ui::pdf {

class PdfDocument;

// The paint engine of TaggedPdfWriter: turns QPainter's calls into PDF content on the current
// page. Every primitive is written as `q [clip] [alpha] [colour] [cm] paint Q`, so no state
// leaks from one to the next, inside the marked-content sequence of whatever it belongs to (an
// open structure element, or an artifact). All features are declared, so QPainter never falls
// back to rasterising: gradients are approximated by their average colour, composition and
// blend modes other than source-over are ignored, and a perspective transform keeps only its
// affine part.
class PdfPaintEngine : public QPaintEngine
{
public:
    explicit PdfPaintEngine(PdfDocument& document);
    ~PdfPaintEngine() override;

    bool begin(QPaintDevice* device) override;
    bool end() override;
    void updateState(const QPaintEngineState& state) override;
    using QPaintEngine::drawEllipse;
    using QPaintEngine::drawLines;
    using QPaintEngine::drawPoints;
    using QPaintEngine::drawPolygon;
    using QPaintEngine::drawRects;
    void drawRects(const QRectF* rects, int count) override;
    void drawLines(const QLineF* lines, int count) override;
    void drawEllipse(const QRectF& rect) override;
    void drawPath(const QPainterPath& path) override;
    void drawPoints(const QPointF* points, int count) override;
    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override;
    void drawPixmap(const QRectF& rect, const QPixmap& pixmap, const QRectF& source) override;
    void drawImage(const QRectF& rect, const QImage& image, const QRectF& source,
                   Qt::ImageConversionFlags flags) override;
    void drawTiledPixmap(const QRectF& rect, const QPixmap& pixmap, const QPointF& offset) override;
    void drawTextItem(const QPointF& origin, const QTextItem& item) override;
    Type type() const override { return QPaintEngine::User; }

    // The painter's transformation from its coordinates to device units.
    QTransform worldTransform() const { return m_matrix; }

private:
    void refreshPage();
    void setClip(const QPainterPath& devicePath, Qt::ClipOperation operation);
    void writeClip();
    bool clipActive() const { return m_clipEnabled && !m_clips.isEmpty(); }
    // The content stream to write a primitive to, or null when it would not show (outside the clip).
    QByteArray* beginPrimitive(const QRectF& logicalBounds, double margin, bool text);
    void drawShape(const QPainterPath& path, bool fill, bool stroke);
    void writeFillStyle(QByteArray& out, const QPainterPath& path, bool background);
    void writePenStyle(QByteArray& out);
    void writeAlpha(QByteArray& out, int fill, int stroke);
    int fillAlpha() const;
    int strokeAlpha() const;
    void placeImage(int index, const QRectF& rect);
    int imageIndex(const QByteArray& key, const QImage& image);

    PdfDocument& m_document;
    PdfTextPainter m_text;
    QPen m_pen;
    QBrush m_brush;
    QPointF m_brushOrigin;
    QBrush m_background;
    Qt::BGMode m_backgroundMode = Qt::TransparentMode;
    QTransform m_matrix;
    double m_opacity = 1;
    QPainter::RenderHints m_hints;
    bool m_clipEnabled = false;
    QList<QPainterPath> m_clips; // device units
    int m_page = -1;
    QTransform m_deviceToUser;
    QTransform m_toUser;  // logical units to user space
    QByteArray m_cm;      // m_toUser as a cm operator
    QByteArray m_clipOps; // the clip in user space, for the current page
    QRectF m_clipBounds;  // user space
    bool m_clipEmpty = false;
    quint64 m_clipKey = 0; // names the clip in m_clipOps
    quint64 m_clipSerial = 0;
    bool m_clipDirty = true;
};

} // namespace wres::ui::pdf
