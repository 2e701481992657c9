#include "Rag.h"

namespace wres::core {

QString ragLetter(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return QStringLiteral("R");
    case Rag::Amber:
        return QStringLiteral("A");
    case Rag::Green:
        return QStringLiteral("G");
    case Rag::Blue:
        return QStringLiteral("B");
    case Rag::None:
        break;
    }
    return {};
}

QString ragLabel(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return QStringLiteral("Red");
    case Rag::Amber:
        return QStringLiteral("Amber");
    case Rag::Green:
        return QStringLiteral("Green");
    case Rag::Blue:
        return QStringLiteral("Blue (complete)");
    case Rag::None:
        break;
    }
    return {};
}

std::optional<Rag> parseRag(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return Rag::None;
    if (t == u"r" || t == u"red")
        return Rag::Red;
    if (t == u"a" || t == u"amber")
        return Rag::Amber;
    if (t == u"g" || t == u"green")
        return Rag::Green;
    if (t == u"b" || t == u"blue")
        return Rag::Blue;
    return std::nullopt;
}

unsigned ragRgb(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return 0xd5281b;
    case Rag::Amber:
        return 0xffb81c;
    case Rag::Green:
        return 0x009639;
    case Rag::Blue:
        return 0x005eb8;
    case Rag::None:
        break;
    }
    return 0;
}

} // namespace wres::core
