#pragma once

#include <QByteArray>
#include <QRectF>

#include <vector>

class QRawFont;

namespace wres::ui::pdf {

// A TrueType font read from its own tables (QRawFont::fontTable): the metrics a PDF font
// descriptor needs, and a subset holding only the outlines of the glyphs a document uses.
// Glyph ids are kept as they are (the PDF uses them as CIDs through /CIDToGIDMap /Identity), so
// the subset empties the outlines of the other glyphs and rebuilds the location table; a
// composite glyph keeps the glyphs it is built from.
class TrueTypeFont
{
public:
    explicit TrueTypeFont(const QRawFont& font);

    // False for fonts without TrueType outlines (CFF-flavoured OpenType, bitmap fonts): those
    // cannot be embedded as FontFile2.
    bool isValid() const { return m_valid; }
    int glyphCount() const { return m_glyphCount; }
    int unitsPerEm() const { return m_unitsPerEm; }
    // Advance width of a glyph in font units (hmtx).
    int advance(quint32 glyph) const;
    // Font bounding box, ascent, descent and cap height in font units.
    QRectF boundingBox() const { return m_bbox; }
    int ascent() const { return m_ascent; }
    int descent() const { return m_descent; }
    int capHeight() const { return m_capHeight; }
    double italicAngle() const { return m_italicAngle; }
    bool isFixedPitch() const { return m_fixedPitch; }
    bool isSerif() const { return m_serif; }
    int weightClass() const { return m_weightClass; }
    // The PostScript name (name table, id 6), or empty.
    QByteArray postScriptName() const { return m_postScriptName; }

    // A complete TrueType font file holding the outlines of the glyphs marked in `used` (and of
    // glyph 0, which a font must have) and nothing else.
    QByteArray subset(std::vector<bool> used) const;

private:
    QByteArray glyphData(quint32 glyph) const;

    bool m_valid = false;
    QByteArray m_head, m_hhea, m_maxp, m_hmtx, m_loca, m_glyf, m_cvt, m_fpgm, m_prep;
    int m_glyphCount = 0;
    int m_unitsPerEm = 1000;
    int m_metricCount = 0;
    bool m_longLoca = false;
    QRectF m_bbox;
    int m_ascent = 0;
    int m_descent = 0;
    int m_capHeight = 0;
    double m_italicAngle = 0;
    bool m_fixedPitch = false;
    bool m_serif = false;
    int m_weightClass = 400;
    QByteArray m_postScriptName;
};

} // namespace wres::ui::pdf
