#pragma once

#include <QHash>
#include <QRawFont>
#include <QStringList>

namespace wres::ui::pdf {

// Finds an installed font family that has a character the requested font lacks, as Qt's own
// font merging does on screen: a symbol such as ⚠ is then drawn, searchable, in a font that
// has it, never as the missing-glyph box. Families with broad coverage are tried first, then
// every installed family; the answer for each character is remembered.
class FontFallback
{
public:
    // A raw font with the character, of the same pixel size, weight and slant as `primary`, with
    // TrueType outlines (so it can be embedded); invalid when no installed family has it.
    QRawFont find(const QRawFont& primary, char32_t character);

private:
    QStringList candidates();

    QStringList m_candidates;
    QHash<QString, QString> m_families; // "character weight style" -> family, empty when none
};

} // namespace wres::ui::pdf
