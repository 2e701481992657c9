#include "XlsxText.h"

#include <algorithm>

namespace wres::core::XlsxText {
namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1;
}

// The code unit of an _xHHHH_ starting at i, or -1.
int escapeAt(QStringView text, qsizetype i)
{
    if (i + 7 > text.size() || text[i] != u'_' || text[i + 1] != u'x' || text[i + 6] != u'_')
        return -1;
    int value = 0;
    for (qsizetype k = i + 2; k < i + 6; ++k) {
        const int digit = hexValue(text[k]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

QString code(char16_t unit)
{
    return QStringLiteral("_x%1_").arg(QString::number(unit, 16).toUpper(), 4, QLatin1Char('0'));
}

} // namespace

QString escaped(const QString& text, Controls controls)
{
    // Most texts need nothing: given back as they are, not copied.
    const auto plain = [&](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 ? u != u'_' && !c.isSurrogate() && u < 0xFFFE
                         : u == u'\t' || u == u'\n' || (u != 0 && controls == Controls::Leave);
    };
    if (std::all_of(text.cbegin(), text.cend(), plain))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        // Every underscore before an x, not only those of a whole _xHHHH_: LibreOffice also reads
        // "_x00_" as an escape, and what follows such a near-escape is lost there.
        if (u == u'_' && i + 1 < text.size() && (text[i + 1] == u'x' || text[i + 1] == u'X')) {
            out += QStringLiteral("_x005F_");
            continue;
        }
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
            continue;
        }
        const bool c0 = u < 0x20 && u != u'\t' && u != u'\n';
        const bool escape =
            c.isSurrogate() || u == 0xFFFE || u == 0xFFFF || u == 0 || (c0 && controls == Controls::Escape);
        if (escape)
            out += code(u);
        else
            out += c;
    }
    return out;
}

QString unescaped(QStringView text)
{
    if (!text.contains(QStringLiteral("_x")))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int unit = text[i] == u'_' ? escapeAt(text, i) : -1;
        if (unit >= 0) {
            out += QChar(char16_t(unit));
            i += 6;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace wres::core::XlsxText
