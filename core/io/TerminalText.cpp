#include "TerminalText.h"

namespace wres::core::TerminalText {

QString visible(const QString& text, bool keepNewlines)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' && keepNewlines)
            out += c;
        else if (u < 0x20)
            out += QChar(char16_t(0x2400 + u)); // ␀ … ␟
        else if (u == 0x7F)
            out += QChar(char16_t(0x2421)); // ␡
        else if (u >= 0x80 && u <= 0x9F)
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            out += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace wres::core::TerminalText
