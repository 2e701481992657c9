#pragma once

#include "FontFallback.h"
#include "PdfDocument.h"

#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QRawFont>
#include <QRectF>
#include <QTransform>

#include <memory>
#include <vector>

class QTextItem;

namespace wres::ui::pdf {

// Turns the text items QPainter hands the paint engine into PDF text: glyph ids of embedded
// fonts shown with Tj/TJ at the font's real point size, so the text can be searched, copied and
// measured. QTextItem gives the characters and the font but not the glyphs Qt chose, so they are
// looked up again in the font's character map; shaping is not redone (the report turns it off:
// no ligatures, no kerning), and each glyph is placed where Qt's advances put it. A character
// the font lacks comes from another installed family that has it; one that no family has is
// drawn as an empty box and reported as a warning, never as an unmarked .notdef glyph.
class PdfTextPainter
{
public:
    explicit PdfTextPainter(PdfDocument& document);
    ~PdfTextPainter();

    // Looks the item up in glyphs; false when it must be drawn as outlines instead (a glyph run
    // without its characters, or a font without TrueType outlines).
    bool prepare(const QTextItem& item);
    // What the prepared item covers, relative to its baseline origin (logical units).
    QRectF bounds() const { return m_bounds; }
    // Writes the prepared item: BT … ET, then boxes for characters no font has, in `colour`.
    // `world` maps logical to device units, `toUser` logical units to PDF user space.
    // `state`, when given, is the text state outside this item's own graphics state: operators
    // it already holds are left out, and it is updated.
    void write(QByteArray& out, const QPointF& origin, const QTransform& world, const QTransform& toUser,
               const QColor& colour, PdfDocument::TextState* state);

private:
    struct Substitute
    {
        int face = -1;
        quint32 glyph = 0;
        double advance = 0; // logical units
    };
    struct Slot
    {
        QRawFont raw;
        int face = -1;
        double pixelSize = 0;     // the size Qt laid the glyphs out at (whole pixels, for FreeType)
        double requestedSize = 0; // the size asked for, which Tf states
        double unitsToPixels = 0;
        QRawFont::LayoutFlags flags = QRawFont::SeparateAdvances;
        bool designMetrics = true;
        QHash<char32_t, Substitute> substitutes;
    };
    struct Glyph
    {
        int face; // -1: no font has the character
        quint32 glyph;
        double advance; // logical units
        char32_t character;
        bool primary;
    };
    Slot& slotFor(const QFont& font);
    Substitute substitute(Slot& slot, char32_t character);
    void matchAdvances(Slot& slot, double width);

    PdfDocument& m_document;
    FontFallback m_fallback;
    std::vector<std::unique_ptr<Slot>> m_slotStore;
    QHash<QString, Slot*> m_slots;
    QFont m_lastFont;
    int m_lastPixelSize = -1;
    Slot* m_lastSlot = nullptr;
    Slot* m_slot = nullptr;
    std::vector<Glyph> m_glyphs;
    std::vector<quint32> m_indexes;
    QByteArray m_run;
    QRectF m_bounds;
};

} // namespace wres::ui::pdf
