#include "TroublesomeText.h"

#include <QStringList>

namespace wres::test {

QString troublesomeText(std::mt19937& random, Troublesome which)
{
    static const QStringList pieces = {
        QStringLiteral("_x0001_"), QStringLiteral("_x005F_"), QStringLiteral("_X0041_"), QStringLiteral("_x00"),
        QStringLiteral("_xD83D_"), QStringLiteral("_"),       QStringLiteral("x"),       QStringLiteral("_x"),
        QStringLiteral("&amp;"),   QStringLiteral("<t>"),     QStringLiteral("]]>"),     QStringLiteral("é"),
        QStringLiteral("😀"),       QStringLiteral(" "),       QStringLiteral("\n"),      QStringLiteral("Ā"),
    };
    QString text;
    const int length = int(random() % 24);
    for (int i = 0; i < length; ++i) {
        switch (random() % 6) {
        case 0:
        case 1: {
            const char16_t c = char16_t(random() % 0x20);
            if ((c != 0 || which.nul) && (c != u'\r' || which.carriageReturns))
                text += QChar(c);
            break;
        }
        case 2: {
            const char16_t specials[] = {0x7F, 0x85, 0xFEFF, 0x2028, 0xFFFE, 0xFFFF};
            text += QChar(specials[random() % (which.nonCharacters ? 6 : 4)]);
            break;
        }
        case 3:
            if (which.loneSurrogates)
                text += QChar(char16_t(random() % 2 ? 0xD800 + random() % 0x400 : 0xDC00 + random() % 0x400));
            break;
        default:
            text += pieces[int(random() % pieces.size())];
        }
    }
    return text;
}

} // namespace wres::test
