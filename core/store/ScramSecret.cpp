#include "ScramSecret.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>

#include <algorithm>
#include <array>

namespace wres::core::ScramSecret {
namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

bool inRanges(char32_t c, std::initializer_list<Range> ranges)
{
    return std::any_of(ranges.begin(), ranges.end(), [c](const Range& r) { return c >= r.first && c <= r.last; });
}

// RFC 3454 tables as RFC 4013 (SASLprep) uses them.
bool isNonAsciiSpace(char32_t c) // C.1.2
{
    return inRanges(
        c,
        {{0x00A0, 0x00A0}, {0x1680, 0x1680}, {0x2000, 0x200B}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}});
}

bool isMappedToNothing(char32_t c) // B.1
{
    return inRanges(c, {{0x00AD, 0x00AD},
                        {0x034F, 0x034F},
                        {0x1806, 0x1806},
                        {0x180B, 0x180D},
                        {0x200B, 0x200D},
                        {0x2060, 0x2060},
                        {0xFE00, 0xFE0F},
                        {0xFEFF, 0xFEFF}});
}

bool isProhibited(char32_t c) // C.1.2 and C.2.1 to C.9
{
    if (isNonAsciiSpace(c) || (c & 0xFFFE) == 0xFFFE) // C.4: the last two code points of every plane
        return true;
    return inRanges(c, {{0x0000, 0x001F},
                        {0x007F, 0x009F},
                        {0x0340, 0x0341},
                        {0x06DD, 0x06DD},
                        {0x070F, 0x070F},
                        {0x180E, 0x180E},
                        {0x200C, 0x200F},
                        {0x2028, 0x202E},
                        {0x2060, 0x2063},
                        {0x206A, 0x206F},
                        {0x2FF0, 0x2FFB},
                        {0xD800, 0xF8FF},
                        {0xFDD0, 0xFDEF},
                        {0xFEFF, 0xFEFF},
                        {0xFFF9, 0xFFFD},
                        {0x1D173, 0x1D17A},
                        {0xE0001, 0xE0001},
                        {0xE0020, 0xE007F},
                        {0xF0000, 0x10FFFF}});
}

// A.1: stringprep knows Unicode 3.2; anything assigned later is unassigned to it.
bool isUnassigned(char32_t c)
{
    const QChar::UnicodeVersion version = QChar::unicodeVersion(c);
    return version == QChar::Unicode_Unassigned || version > QChar::Unicode_3_2;
}

bool isRandAL(char32_t c)
{
    const QChar::Direction d = QChar::direction(c);
    return d == QChar::DirR || d == QChar::DirAL;
}

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

QByteArray prepared(const QString& password)
{
    const QByteArray raw = password.toUtf8();
    if (std::all_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return raw; // ASCII needs no preparation (PostgreSQL passes it as it is)
    QList<char32_t> mapped;
    for (const uint code : password.toUcs4()) {
        const auto c = static_cast<char32_t>(code);
        if (isNonAsciiSpace(c))
            mapped << U' ';
        else if (!isMappedToNothing(c))
            mapped << c;
    }
    if (mapped.isEmpty())
        return raw;
    QList<char32_t> normal;
    for (const uint code :
         QString::fromUcs4(mapped.constData(), mapped.size()).normalized(QString::NormalizationForm_KC).toUcs4())
        normal << static_cast<char32_t>(code);
    if (std::any_of(normal.begin(), normal.end(), [](char32_t c) { return isProhibited(c) || isUnassigned(c); }))
        return raw;
    if (std::any_of(normal.begin(), normal.end(), isRandAL)) {
        // Right-to-left text: no left-to-right character, and right-to-left at both ends.
        const bool anyL =
            std::any_of(normal.begin(), normal.end(), [](char32_t c) { return QChar::direction(c) == QChar::DirL; });
        if (anyL || !isRandAL(normal.first()) || !isRandAL(normal.last()))
            return raw;
    }
    return QString::fromUcs4(normal.constData(), normal.size()).toUtf8();
}

QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int length)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    QByteArray derived;
    for (quint32 block = 1; derived.size() < length; ++block) {
        const quint32 index = qToBigEndian(block);
        mac.reset();
        mac.addData(salt);
        mac.addData(reinterpret_cast<const char*>(&index), sizeof index);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (qsizetype k = 0; k < t.size(); ++k)
                t[k] = static_cast<char>(t[k] ^ u[k]);
        }
        derived += t;
    }
    return derived.left(length);
}

QString make(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray salted = pbkdf2Sha256(prepared(password), salt, iterations, 32);
    const QByteArray storedKey =
        QCryptographicHash::hash(hmac(salted, QByteArrayLiteral("Client Key")), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

QString make(const QString& password)
{
    std::array<quint32, 4> words; // 16 bytes, as PostgreSQL's own secrets have
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return make(password, QByteArray(reinterpret_cast<const char*>(words.data()), sizeof words), kIterations);
}

} // namespace wres::core::ScramSecret
