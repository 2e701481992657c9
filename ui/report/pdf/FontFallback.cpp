#include "FontFallback.h"

#include <QFont>
#include <QFontDatabase>

namespace wres::ui::pdf {
namespace {

QRawFont rawFont(const QString& family, const QRawFont& like)
{
    QFont font(family);
    font.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferNoShaping));
    font.setWeight(QFont::Weight(like.weight()));
    font.setStyle(like.style());
    font.setPixelSize(std::max(1, qRound(like.pixelSize())));
    QRawFont raw = QRawFont::fromFont(font);
    if (raw.isValid())
        raw.setPixelSize(like.pixelSize());
    return raw;
}

} // namespace

QStringList FontFallback::candidates()
{
    if (!m_candidates.isEmpty())
        return m_candidates;
    // Broad families first (on Debian, Windows and macOS), then everything installed.
    const QStringList preferred = {QStringLiteral("DejaVu Sans"),       QStringLiteral("Noto Sans"),
                                   QStringLiteral("Noto Sans Symbols"), QStringLiteral("Noto Sans Symbols2"),
                                   QStringLiteral("Segoe UI Symbol"),   QStringLiteral("Segoe UI"),
                                   QStringLiteral("Arial Unicode MS"),  QStringLiteral("Liberation Sans"),
                                   QStringLiteral("FreeSans"),          QStringLiteral("Symbola"),
                                   QStringLiteral("DejaVu Serif"),      QStringLiteral("DejaVu Sans Mono")};
    const QStringList installed = QFontDatabase::families();
    for (const QString& family : preferred)
        if (installed.contains(family))
            m_candidates << family;
    for (const QString& family : installed)
        if (!m_candidates.contains(family) && !QFontDatabase::isPrivateFamily(family))
            m_candidates << family;
    return m_candidates;
}

QRawFont FontFallback::find(const QRawFont& primary, char32_t character)
{
    const QString key = QString::number(character) + QLatin1Char(' ') + QString::number(primary.weight()) +
                        QLatin1Char(' ') + QString::number(int(primary.style()));
    const auto known = m_families.constFind(key);
    if (known != m_families.constEnd())
        return known.value().isEmpty() ? QRawFont() : rawFont(known.value(), primary);
    for (const QString& family : candidates()) {
        if (family == primary.familyName())
            continue;
        QRawFont raw = rawFont(family, primary);
        if (raw.isValid() && raw.familyName() == family && raw.supportsCharacter(uint(character)) &&
            !raw.fontTable("loca").isEmpty()) {
            m_families.insert(key, family);
            return raw;
        }
    }
    m_families.insert(key, QString());
    return {};
}

} // namespace wres::ui::pdf
