#include "FontBook.h"

#include <QPaintDevice>

#include <cmath>

namespace wres::ui::report {
namespace {

// Line spacing as a multiple of the font's own (ascent + descent): room between lines so that
// accents and descenders of neighbouring lines never touch.
constexpr double kLeading = 1.12;

} // namespace

FontBook::FontBook(QPaintDevice* device)
    : m_device(device), m_unitsPerPoint(device ? device->logicalDpiY() / 72.0 : 1.0)
{}

FontBook::~FontBook() = default;

QString FontBook::family()
{
    return QStringLiteral("DejaVu Sans");
}

int FontBook::font(double points, quint8 style)
{
    for (std::size_t i = 0; i < m_fonts.size(); ++i)
        if (std::abs(m_fonts[i]->points - points) < 1e-6 && m_fonts[i]->style == style)
            return int(i);
    auto entry = std::make_unique<Entry>();
    entry->points = points;
    entry->style = style;
    entry->font = QFont(family());
    // Whole device pixels, rounded up: a device rounds a font's size to its pixels, and 8 pt must
    // never come out as 7.92 pt.
    entry->font.setPixelSize(std::max(1, int(std::ceil(points * m_unitsPerPoint - 1e-6))));
    entry->font.setBold(style & Span::Bold);
    entry->font.setItalic(style & Span::Italic);
    entry->font.setStyleStrategy(QFont::PreferNoShaping);
    entry->font.setKerning(false);
    entry->metrics = std::make_unique<QFontMetricsF>(entry->font, m_device);
    m_fonts.push_back(std::move(entry));
    return int(m_fonts.size() - 1);
}

const QFont& FontBook::qfont(int font) const
{
    return m_fonts[std::size_t(font)]->font;
}

const QFontMetricsF& FontBook::metrics(int font) const
{
    return *m_fonts[std::size_t(font)]->metrics;
}

double FontBook::width(int font, const QString& text)
{
    Entry& entry = *m_fonts[std::size_t(font)];
    const auto found = entry.widths.constFind(text);
    if (found != entry.widths.constEnd())
        return *found;
    const double w = entry.metrics->horizontalAdvance(text);
    if (entry.widths.size() < 200000)
        entry.widths.insert(text, w);
    return w;
}

double FontBook::width(int font, QStringView text)
{
    return width(font, text.toString());
}

double FontBook::measure(int font, QStringView text) const
{
    return m_fonts[std::size_t(font)]->metrics->horizontalAdvance(text.toString());
}

double FontBook::pointSize(int font) const
{
    return m_fonts[std::size_t(font)]->points;
}

double FontBook::lineHeight(int font) const
{
    const QFontMetricsF& m = metrics(font);
    return (m.ascent() + m.descent()) * kLeading;
}

double FontBook::ascent(int font) const
{
    const QFontMetricsF& m = metrics(font);
    // Half the leading above the ascent, so the line's box is centred on its glyphs.
    return m.ascent() + (m.ascent() + m.descent()) * (kLeading - 1) / 2;
}

} // namespace wres::ui::report
