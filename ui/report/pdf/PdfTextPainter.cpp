#include "PdfTextPainter.h"

#include "PdfContent.h"
#include "PdfDocument.h"
#include "PdfSyntax.h"

#include <QCoreApplication>
#include <QFontInfo>
#include <QPaintEngine>

namespace wres::ui::pdf {
namespace {

// Characters that show nothing: controls, format characters, line and paragraph separators and
// the object replacement character (a chart or image drawn by its handler).
bool isInvisible(char32_t c)
{
    if (c == 0xfffc || c == 0x00ad)
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString describe(char32_t c)
{
    return QStringLiteral("U+%1 %2").arg(uint(c), 4, 16, QLatin1Char('0')).arg(QString::fromUcs4(&c, 1)).toUpper();
}

} // namespace

PdfTextPainter::PdfTextPainter(PdfDocument& document) : m_document(document) {}

PdfTextPainter::~PdfTextPainter() = default;

PdfTextPainter::Slot& PdfTextPainter::slotFor(const QFont& font)
{
    const int pixelSize = QFontInfo(font).pixelSize();
    if (m_lastSlot && pixelSize == m_lastPixelSize && font == m_lastFont)
        return *m_lastSlot;
    const QString key = font.key() + QLatin1Char('@') + QString::number(pixelSize);
    Slot* slot = m_slots.value(key);
    if (!slot) {
        auto made = std::make_unique<Slot>();
        made->raw = QRawFont::fromFont(font);
        if (made->raw.isValid()) {
            made->face = m_document.fonts().faceFor(made->raw);
            made->pixelSize = made->raw.pixelSize();
            // Qt's FreeType engine rounds the pixel size (9 pt at 300 dpi, 37.5 px, is drawn at 38):
            // Tf states the size asked for, and horizontal scaling keeps Qt's advances.
            made->requestedSize = made->pixelSize;
            if (font.pixelSize() <= 0 && font.pointSizeF() > 0) {
                const double atDevice = font.pointSizeF() * m_document.resolution() / 72.0;
                if (std::abs(atDevice - made->pixelSize) <= 0.51)
                    made->requestedSize = atDevice;
            }
            if (made->face >= 0)
                made->unitsToPixels = made->pixelSize / m_document.fonts().font(made->face).unitsPerEm();
            const QString family = made->raw.familyName();
            if (made->face < 0)
                m_document.addWarning(QCoreApplication::translate("wres",
                                                                  "The font %1 has no TrueType outlines: its text "
                                                                  "was drawn as shapes and cannot be searched.")
                                          .arg(family));
            if (font.style() != QFont::StyleNormal && made->raw.style() == QFont::StyleNormal)
                m_document.addWarning(
                    QCoreApplication::translate("wres", "No italic file of %1 is installed: its italic text was "
                                                        "drawn upright.")
                        .arg(family));
            if (font.weight() >= QFont::DemiBold && made->raw.weight() < QFont::DemiBold)
                m_document.addWarning(
                    QCoreApplication::translate("wres", "No bold file of %1 is installed: its bold text was drawn "
                                                        "in the regular weight.")
                        .arg(family));
        }
        slot = made.get();
        m_slotStore.push_back(std::move(made));
        m_slots.insert(key, slot);
    }
    m_lastFont = font;
    m_lastPixelSize = pixelSize;
    m_lastSlot = slot;
    return *slot;
}

PdfTextPainter::Substitute PdfTextPainter::substitute(Slot& slot, char32_t character)
{
    const auto known = slot.substitutes.constFind(character);
    if (known != slot.substitutes.constEnd())
        return known.value();
    Substitute found;
    const QRawFont raw = m_fallback.find(slot.raw, character);
    if (raw.isValid()) {
        found.face = m_document.fonts().faceFor(raw);
        if (found.face >= 0) {
            const QString text = QString::fromUcs4(&character, 1);
            quint32 glyph = 0;
            int count = 1;
            raw.glyphIndexesForChars(text.constData(), int(text.size()), &glyph, &count);
            found.glyph = glyph;
            const TrueTypeFont& font = m_document.fonts().font(found.face);
            found.advance = font.advance(glyph) * raw.pixelSize() / font.unitsPerEm();
        }
    }
    if (found.face < 0 || found.glyph == 0) {
        found = {};
        found.advance = 0.6 * slot.pixelSize;
        m_document.addWarning(QCoreApplication::translate("wres", "No installed font has the character %1: it was "
                                                                  "drawn as an empty box.")
                                  .arg(describe(character)));
    }
    slot.substitutes.insert(character, found);
    return found;
}

bool PdfTextPainter::prepare(const QTextItem& item)
{
    const QString text = item.text();
    if (text.isEmpty())
        return false;
    Slot& slot = slotFor(item.font());
    if (slot.face < 0)
        return false;
    m_slot = &slot;
    m_indexes.resize(std::size_t(text.size()));
    int count = int(text.size());
    slot.raw.glyphIndexesForChars(text.constData(), int(text.size()), m_indexes.data(), &count);
    const TrueTypeFont& font = m_document.fonts().font(slot.face);
    m_glyphs.clear();
    int g = 0;
    for (qsizetype i = 0; i < text.size() && g < count; ++g) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            i += 2;
        } else {
            ++i;
        }
        quint32 glyph = m_indexes[std::size_t(g)];
        if (c == 0x00ad && i == text.size()) { // a soft hyphen ending a line shows as a hyphen
            c = U'-';
            glyph = slot.raw.glyphIndexesForString(QStringLiteral("-")).value(0);
        }
        if (c == U'\t') {
            m_glyphs.push_back({-2, 0, 0, c, false}); // takes the room Qt gave the tab, below
        } else if (glyph != 0 && glyph < quint32(font.glyphCount())) {
            // Qt keeps design advances in 1/64 pixel, truncated.
            m_glyphs.push_back(
                {slot.face, glyph, std::floor(font.advance(glyph) * slot.unitsToPixels * 64) / 64, c, true});
        } else if (!isInvisible(c)) {
            const Substitute s = substitute(slot, c);
            m_glyphs.push_back({s.face, s.glyph, s.advance, c, false});
        }
    }
    matchAdvances(slot, item.width());
    if (item.renderFlags() & QTextItem::RightToLeft)
        std::reverse(m_glyphs.begin(), m_glyphs.end());
    double width = 0;
    for (const Glyph& glyph : m_glyphs)
        width += glyph.advance;
    const double ascent = font.ascent() * slot.unitsToPixels, descent = -font.descent() * slot.unitsToPixels;
    m_bounds = QRectF(0, -ascent, std::max(width, item.width()), ascent + descent);
    return true;
}

// Places the glyphs where Qt did: Qt's layout used either the fonts' design advances or hinted
// ones (depending on the device and the font's hinting), with or without kerning. The item's
// width, which QTextItem does give, tells which; tabs take whatever width is left over.
void PdfTextPainter::matchAdvances(Slot& slot, double width)
{
    const auto total = [this] {
        double sum = 0;
        for (const Glyph& g : m_glyphs)
            sum += g.advance;
        return sum;
    };
    const double tolerance = 0.01 * double(m_glyphs.size() + 1);
    double sum = total();
    if (std::abs(sum - width) > tolerance) {
        std::vector<quint32> glyphs;
        std::vector<std::size_t> at;
        for (std::size_t i = 0; i < m_glyphs.size(); ++i)
            if (m_glyphs[i].primary) {
                glyphs.push_back(m_glyphs[i].glyph);
                at.push_back(i);
            }
        std::vector<QPointF> advances(glyphs.size());
        const QRawFont::LayoutFlags tries[] = {QRawFont::SeparateAdvances, QRawFont::KernedAdvances,
                                               QRawFont::KernedAdvances | QRawFont::UseDesignMetrics};
        for (const QRawFont::LayoutFlags flags : tries) {
            if (glyphs.empty() ||
                !slot.raw.advancesForGlyphIndexes(glyphs.data(), advances.data(), int(glyphs.size()), flags))
                break;
            double candidate = sum;
            for (std::size_t j = 0; j < glyphs.size(); ++j)
                candidate += advances[j].x() - m_glyphs[at[j]].advance;
            if (std::abs(candidate - width) < std::abs(sum - width)) {
                for (std::size_t j = 0; j < glyphs.size(); ++j)
                    m_glyphs[at[j]].advance = advances[j].x();
                sum = candidate;
            }
            if (std::abs(sum - width) <= tolerance)
                break;
        }
    }
    int tabs = 0;
    for (const Glyph& g : m_glyphs)
        tabs += g.face == -2;
    if (tabs > 0 && width > sum)
        for (Glyph& g : m_glyphs)
            if (g.face == -2)
                g.advance = (width - sum) / tabs;
}

void PdfTextPainter::write(QByteArray& out, const QPointF& origin, const QTransform& world, const QTransform& toUser,
                           const QColor& colour, PdfDocument::TextState* state)
{
    const double k = 72.0 / m_document.resolution();
    const double pixelSize = m_slot->pixelSize;
    const bool upright = world.m11() == 1 && world.m12() == 0 && world.m21() == 0 && world.m22() == 1;
    QByteArray linear;
    if (!upright)
        for (const double v : {world.m11(), -world.m12(), -world.m21(), world.m22()}) {
            PdfSyntax::appendReal(linear, v, 6);
            linear += ' ';
        }
    out += "BT\n";
    const double scaling = 100 * pixelSize / m_slot->requestedSize;
    if (state ? state->scaling != scaling : scaling != 100) {
        PdfSyntax::appendReal(out, scaling, 3);
        out += " Tz\n";
        if (state)
            state->scaling = scaling;
    }
    const double size = m_slot->requestedSize * k;
    int face = state ? state->face : -3;
    if (state && state->size != size)
        face = -3;
    bool first = true;
    double x = 0;
    std::vector<QRectF> boxes;
    for (std::size_t i = 0; i < m_glyphs.size();) {
        const Glyph& lead = m_glyphs[i];
        if (lead.face < 0) {
            if (lead.face == -1)
                boxes.emplace_back(origin.x() + x + 0.1 * pixelSize, origin.y() - 0.7 * pixelSize,
                                   std::max(0.0, lead.advance - 0.2 * pixelSize), 0.7 * pixelSize);
            x += lead.advance;
            ++i;
            continue;
        }
        if (lead.face != face) {
            face = lead.face;
            out += '/' + m_document.useFont(face) + ' ';
            PdfSyntax::appendReal(out, size, 3);
            out += " Tf\n";
            if (state) {
                state->face = face;
                state->size = size;
            }
        }
        // At BT the text matrix is the identity, so the first run of upright text moves with Td.
        const QPointF at = toUser.map(QPointF(origin.x() + x, origin.y()));
        if (upright && !first)
            out += "1 0 0 1 ";
        else
            out += linear;
        PdfSyntax::appendReal(out, at.x(), 3);
        out += ' ';
        PdfSyntax::appendReal(out, at.y(), 3);
        out += upright && first ? " Td\n" : " Tm\n";
        first = false;
        const TrueTypeFont& font = m_document.fonts().font(face);
        const double toThousandths = 1000.0 / font.unitsPerEm();
        double pdfAt = 0, qtAt = 0; // pen positions in thousandths of an em, from the run's start
        bool adjusted = false;
        m_run.clear();
        for (; i < m_glyphs.size() && m_glyphs[i].face == face; ++i) {
            const Glyph& g = m_glyphs[i];
            // Corrected once it reaches 2/1000 em (0.02 pt at 9 pt), so that Qt's advances, kept in
            // 1/64 pixel, do not cost an adjustment at every glyph.
            const double drift = pdfAt - qtAt;
            if (std::abs(drift) >= 2) {
                m_run += ")";
                PdfSyntax::appendReal(m_run, drift, 2);
                m_run += "(";
                pdfAt -= std::round(drift * 100) / 100;
                adjusted = true;
            }
            const char bytes[2] = {char(g.glyph >> 8), char(g.glyph & 0xff)};
            PdfSyntax::appendLiteralBytes(m_run, bytes, 2);
            m_document.fonts().use(face, g.glyph, g.character);
            pdfAt += font.advance(g.glyph) * toThousandths;
            qtAt += g.advance * 1000.0 / pixelSize;
            x += g.advance;
        }
        out += adjusted ? "[(" : "(";
        out += m_run;
        out += adjusted ? ")]TJ\n" : ")Tj\n";
    }
    out += "ET\n";
    if (!boxes.empty()) {
        PdfContent::appendColour(out, colour, true);
        PdfSyntax::appendReal(out, 0.05 * pixelSize * k, 3);
        out += " w\n";
        for (const QRectF& box : boxes) {
            const QPolygonF corners = toUser.map(QPolygonF(box));
            for (qsizetype c = 0; c < 4; ++c) {
                PdfSyntax::appendReal(out, corners[c].x(), 3);
                out += ' ';
                PdfSyntax::appendReal(out, corners[c].y(), 3);
                out += c == 0 ? " m " : " l ";
            }
            out += "h S\n";
        }
    }
}

} // namespace wres::ui::pdf
