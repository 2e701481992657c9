#pragma once

#include "report/model/ReportDocument.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

class QPaintDevice;

namespace wres::ui::report {

// The report's fonts on one paint device, with their measurements cached: a 10,000-action pack
// measures about a million words, most of them repeated. Sizes are in points; widths and heights
// in the device's units. Shaping is off, so "staff" is drawn, copied and searched as s-t-a-f-f
// (no ligature), and a run measures as the sum of its characters.
class FontBook
{
public:
    explicit FontBook(QPaintDevice* device);
    ~FontBook();
    FontBook(const FontBook&) = delete;
    FontBook& operator=(const FontBook&) = delete;

    // A font: an index for layouts to keep instead of a QFont.
    int font(double points, quint8 style);
    const QFont& qfont(int font) const;
    const QFontMetricsF& metrics(int font) const;
    double width(int font, const QString& text);
    double width(int font, QStringView text);
    // Not cached: for text that seldom repeats (a whole line, a run).
    double measure(int font, QStringView text) const;
    double pointSize(int font) const;
    // The height of one line of this font, with the report's leading.
    double lineHeight(int font) const;
    double ascent(int font) const;
    QPaintDevice* device() const { return m_device; }
    // Device units per point.
    double unitsPerPoint() const { return m_unitsPerPoint; }

    static QString family();

private:
    struct Entry
    {
        double points;
        quint8 style;
        QFont font;
        std::unique_ptr<QFontMetricsF> metrics;
        QHash<QString, double> widths;
    };
    QPaintDevice* m_device;
    double m_unitsPerPoint;
    std::vector<std::unique_ptr<Entry>> m_fonts;
};

} // namespace wres::ui::report
