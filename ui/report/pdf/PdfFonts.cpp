#include "PdfFonts.h"

#include "PdfFile.h"
#include "PdfSyntax.h"

#include <QCryptographicHash>

#include <algorithm>

namespace wres::ui::pdf {
namespace {

using PdfSyntax::reference;

// Six capital letters (9.6.4) derived from the glyphs in the subset, so the same document
// gives the same file.
QByteArray subsetTag(const std::vector<char32_t>& characters, const QByteArray& name)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(name);
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(characters.data()),
                                qsizetype(characters.size() * sizeof(char32_t))));
    const QByteArray digest = hash.result();
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag += char('A' + quint8(digest[i]) % 26);
    return tag;
}

QByteArray cleanName(QByteArray name)
{
    QByteArray out;
    for (const char c : name)
        if (c > 0x20 && c < 0x7f && !QByteArray("()<>[]{}/%#").contains(c))
            out += c;
    return out;
}

QByteArray utf16Hex(char32_t character)
{
    QByteArray units;
    const auto put = [&units](char16_t unit) {
        units += char(unit >> 8);
        units += char(unit & 0xff);
    };
    if (character > 0xffff) {
        put(char16_t(0xd800 + ((character - 0x10000) >> 10)));
        put(char16_t(0xdc00 + ((character - 0x10000) & 0x3ff)));
    } else {
        put(char16_t(character));
    }
    return '<' + units.toHex().toUpper() + '>';
}

QByteArray glyphHex(quint32 glyph)
{
    return '<' + QByteArray::number(glyph, 16).rightJustified(4, '0').toUpper() + '>';
}

} // namespace

PdfFonts::PdfFonts(PdfFile& file) : m_file(file) {}

PdfFonts::~PdfFonts() = default;

int PdfFonts::faceFor(const QRawFont& raw)
{
    const QString key = raw.familyName() + QLatin1Char('\n') + raw.styleName() + QLatin1Char('\n') +
                        QString::number(raw.weight()) + QLatin1Char('\n') + QString::number(int(raw.style()));
    const auto known = m_byName.constFind(key);
    if (known != m_byName.constEnd())
        return known.value();
    auto font = std::make_unique<TrueTypeFont>(raw);
    int face = -1;
    if (font->isValid()) {
        face = int(m_faces.size());
        Face entry;
        entry.family = raw.familyName();
        entry.italic = raw.style() != QFont::StyleNormal;
        entry.object = m_file.allocate();
        entry.characters.assign(std::size_t(font->glyphCount()), 0);
        QByteArray name = cleanName(font->postScriptName());
        if (name.isEmpty())
            name = cleanName((raw.familyName() + QLatin1Char('-') + raw.styleName()).toLatin1());
        entry.baseFont = name;
        entry.font = std::move(font);
        m_faces.push_back(std::move(entry));
    }
    m_byName.insert(key, face);
    return face;
}

QByteArray PdfFonts::baseFont(int face) const
{
    return m_faces[std::size_t(face)].baseFont;
}

void PdfFonts::finish()
{
    // A face looked up but never shown (all its characters came from another font) is left out.
    for (Face& face : m_faces)
        if (std::any_of(face.characters.begin(), face.characters.end(), [](char32_t c) { return c != 0; }))
            write(face);
}

void PdfFonts::write(Face& face)
{
    const TrueTypeFont& font = *face.font;
    const double scale = 1000.0 / font.unitsPerEm();
    std::vector<bool> used(face.characters.size());
    for (std::size_t g = 0; g < used.size(); ++g)
        used[g] = face.characters[g] != 0;
    face.baseFont = subsetTag(face.characters, face.baseFont) + '+' + face.baseFont;

    const int program = m_file.allocate();
    const QByteArray file = font.subset(used);
    m_file.addStream(program, "/Length1 " + QByteArray::number(file.size()), file, PdfFile::Compression::Best);

    // Flags (9.8.2): symbolic, as the font's characters go beyond the standard Latin set.
    int flags = 4;
    if (font.isFixedPitch())
        flags |= 1;
    if (font.isSerif())
        flags |= 2;
    if (face.italic || font.italicAngle() != 0)
        flags |= 64;
    const QRectF box = font.boundingBox();
    const int descriptor = m_file.allocate();
    const int stemV = int(10 + 220 * std::max(0, font.weightClass() - 50) / 900.0);
    m_file.addObject(
        descriptor,
        "<</Type/FontDescriptor/FontName/" + face.baseFont + "/Flags " + QByteArray::number(flags) + "/FontBBox [" +
            PdfSyntax::real(box.left() * scale, 0) + ' ' + PdfSyntax::real(box.top() * scale, 0) + ' ' +
            PdfSyntax::real(box.right() * scale, 0) + ' ' + PdfSyntax::real(box.bottom() * scale, 0) +
            "]/ItalicAngle " + PdfSyntax::real(font.italicAngle(), 2) + "/Ascent " +
            PdfSyntax::real(font.ascent() * scale, 0) + "/Descent " + PdfSyntax::real(font.descent() * scale, 0) +
            "/CapHeight " + PdfSyntax::real(font.capHeight() * scale, 0) + "/StemV " + QByteArray::number(stemV) +
            "/FontFile2 " + reference(program) + ">>");

    // Widths of the glyphs used, in runs of consecutive ids: "g [w w w]".
    QByteArray widths = "[";
    for (std::size_t g = 0; g < used.size();) {
        if (!used[g]) {
            ++g;
            continue;
        }
        widths += QByteArray::number(qulonglong(g)) + " [";
        for (; g < used.size() && used[g]; ++g) {
            PdfSyntax::appendReal(widths, font.advance(quint32(g)) * scale, 3);
            widths += ' ';
        }
        widths += "] ";
    }
    widths += ']';
    const int cidFont = m_file.allocate();
    m_file.addObject(cidFont, "<</Type/Font/Subtype/CIDFontType2/BaseFont/" + face.baseFont +
                                  "/CIDSystemInfo <</Registry (Adobe)/Ordering (Identity)/Supplement 0>>"
                                  "/FontDescriptor " +
                                  reference(descriptor) + "/DW " + PdfSyntax::real(font.advance(0) * scale, 0) + "/W " +
                                  widths + "/CIDToGIDMap/Identity>>");

    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo <</Registry (Adobe)/Ordering (UCS)/Supplement 0>> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<quint32> mapped;
    for (std::size_t g = 1; g < used.size(); ++g)
        if (used[g])
            mapped.push_back(quint32(g));
    for (std::size_t at = 0; at < mapped.size(); at += 100) {
        const std::size_t end = std::min(mapped.size(), at + 100);
        cmap += QByteArray::number(qulonglong(end - at)) + " beginbfchar\n";
        for (std::size_t i = at; i < end; ++i)
            cmap += glyphHex(mapped[i]) + ' ' + utf16Hex(face.characters[mapped[i]]) + '\n';
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    const int toUnicode = m_file.allocate();
    m_file.addStream(toUnicode, {}, cmap, PdfFile::Compression::Best);

    m_file.addObject(face.object, "<</Type/Font/Subtype/Type0/BaseFont/" + face.baseFont +
                                      "/Encoding/Identity-H/DescendantFonts [" + reference(cidFont) + "]/ToUnicode " +
                                      reference(toUnicode) + ">>");
}

} // namespace wres::ui::pdf
