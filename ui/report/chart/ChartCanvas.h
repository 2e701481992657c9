#pragma once

#include "ChartScene.h"
#include "ChartSpec.h"
#include "report/text/FontBook.h"

#include <QStringList>

#include <functional>

namespace wres::ui::report {

// The working state of ChartLayout: the scene being filled, sizes in points turned into units,
// text measured and wrapped. Shared by the line and bar layouts.
class ChartCanvas
{
public:
    struct LegendEntry
    {
        enum class Kind : quint8
        {
            Line,   // a short line in the series' dash with its marker
            Swatch, // a filled box, with a symbol on it
            Band,   // a shaded band
        };
        Kind kind = Kind::Line;
        QString label;
        QColor colour;
        QList<double> dashes;
        bool marker = false;
        ChartScene::Shape shape = ChartScene::Shape::Circle;
        double lineWidth = 1.6; // points
        QColor fill;
        bool hatch = false;
        QString symbol;
        QColor symbolInk;
    };

    ChartCanvas(FontBook& fonts, double width);

    double pt(double points) const { return points * m_unit; }
    double width() const { return m_width; }
    double textWidth(const QString& text, double points, bool bold = false);
    double lineHeight(double points, bool bold = false);
    double ascent(double points, bool bold = false);
    // Text broken into lines no wider than `width`, at spaces and hyphens only.
    QStringList wrap(const QString& text, double points, double width, bool bold = false);
    // Draws wrapped lines from `top`, anchored at x; returns the height used.
    double lines(const QStringList& lines, double x, double top, double points, bool bold, ChartScene::Anchor anchor,
                 const QColor& colour = Qt::black);
    // The title across the top; returns the y below it.
    double title(const QString& title);
    // The legend from `top`, entries flowing into rows; returns the y below it.
    double legend(const QList<LegendEntry>& entries, double top);

    ChartScene& scene() { return m_scene; }
    ChartScene take(double height);

private:
    FontBook& m_fonts;
    double m_width;
    double m_unit;
    ChartScene m_scene;
};

// Round numbers for an axis: a step of 1, 2, 2.5 or 5 times a power of ten, and the range it spans.
struct AxisTicks
{
    double low = 0;
    double high = 1;
    double step = 1;
    int decimals = 0;
    QList<double> values() const;
    QString label(double value) const;
    static AxisTicks nice(double low, double high, int most, bool integers = false);
};

namespace ChartBars {
ChartScene bands(const ChartSpec& spec, ChartCanvas& canvas);
ChartScene stacked(const ChartSpec& spec, ChartCanvas& canvas);
} // namespace ChartBars

} // namespace wres::ui::report
