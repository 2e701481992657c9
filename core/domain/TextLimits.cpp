#include "TextLimits.h"

#include <QCoreApplication>
#include <QLocale>

namespace wres::core::TextLimits {

QString number(qsizetype n)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(qint64(n));
}

QString problem(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.unicode() == 0)
            return QCoreApplication::translate("wres", "the text holds a NUL character (U+0000) at character %1, "
                                                       "which no spreadsheet can hold; remove it")
                .arg(number(i + 1));
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
            return QCoreApplication::translate("wres", "the text holds U+%1 at character %2, which is not a character "
                                                       "and which a plan file cannot keep; remove it")
                .arg(QString::number(c.unicode(), 16).toUpper(), number(i + 1));
        if (c.isSurrogate())
            return QCoreApplication::translate("wres", "the text holds half a character (a lone UTF-16 surrogate, "
                                                       "U+%1) at character %2; retype that character")
                .arg(QString::number(c.unicode(), 16).toUpper(), number(i + 1));
    }
    return text.size() > kMaxText ? tooLong(text.size()) : QString();
}

QString tooLong(qint64 length)
{
    return QCoreApplication::translate("wres", "the text is %1 characters long, and a spreadsheet cell holds at most "
                                               "%2 (counted as Excel counts them); shorten it")
        .arg(number(length), number(kMaxText));
}

} // namespace wres::core::TextLimits
