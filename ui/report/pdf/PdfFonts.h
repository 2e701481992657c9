#pragma once

#include "TrueTypeFont.h"

#include <QByteArray>
#include <QHash>
#include <QRawFont>
#include <QString>

#include <memory>
#include <vector>

namespace wres::ui::pdf {

class PdfFile;

// The fonts of a document: each font file used is embedded once, as a Type 0 font with
// Identity-H encoding over a CIDFontType2 whose CIDs are the glyph ids, with a widths array for
// the glyphs used, a ToUnicode map (so text is extracted as typed) and a subset of the font's
// own TrueType outlines. Bold and italic are their own font files, never synthesised.
class PdfFonts
{
public:
    explicit PdfFonts(PdfFile& file);
    ~PdfFonts();

    // The face embedded for a raw font, or -1 when it has no TrueType outlines.
    int faceFor(const QRawFont& font);
    const TrueTypeFont& font(int face) const { return *m_faces[std::size_t(face)].font; }
    int object(int face) const { return m_faces[std::size_t(face)].object; }
    // The name the page resources give it, e.g. "F2".
    QByteArray resourceName(int face) const { return "F" + QByteArray::number(face); }
    // The PostScript name with its subset tag, once finish() has chosen the tag.
    QByteArray baseFont(int face) const;
    // Records that a glyph is shown for a character; the first character shown with a glyph is
    // the one its ToUnicode entry gives.
    void use(int face, quint32 glyph, char32_t character)
    {
        Face& f = m_faces[std::size_t(face)];
        if (glyph < f.characters.size() && f.characters[glyph] == 0)
            f.characters[glyph] = character;
    }
    // For the page resources: true the first time a face is used on a page.
    bool firstUseOnPage(int face, int page)
    {
        int& last = m_faces[std::size_t(face)].lastPage;
        return std::exchange(last, page) != page;
    }

    // Writes every face: font program subset, descriptor, CID font, ToUnicode map, Type 0 font.
    void finish();

private:
    struct Face
    {
        std::unique_ptr<TrueTypeFont> font;
        QString family;
        bool italic = false;
        int object = 0;
        int lastPage = -1;
        std::vector<char32_t> characters; // by glyph id; 0 when the glyph is not used
        QByteArray baseFont;
    };
    void write(Face& face);

    PdfFile& m_file;
    QHash<QString, int> m_byName;
    std::vector<Face> m_faces;
};

} // namespace wres::ui::pdf
