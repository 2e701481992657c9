// Team-mode addresses: a password written in one, encoded or not and whatever characters it
// holds, is read whole and never shown, in any part, in what the address is shown as.
#include "store/ServerAddress.h"

#include <QUrl>

#include <gtest/gtest.h>
#include <random>

using wres::core::ServerAddress;

namespace {

// A password made of distinctive words joined by the characters that break naive URL parsing;
// shown() must contain none of the words.
struct Password
{
    QStringList words;
    QString text;
};

Password randomPassword(std::mt19937& random)
{
    static const QString separators = QStringLiteral("/?#@:%&=+ ;'\"\\$!*[]~");
    static const QString letters = QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789");
    Password p;
    const int count = 1 + int(random() % 4);
    for (int w = 0; w < count; ++w) {
        QString word = QStringLiteral("Zq");
        for (int i = 0; i < 5; ++i)
            word += letters.at(qsizetype(random() % std::uint32_t(letters.size())));
        p.words << word;
        if (w > 0 || random() % 3 == 0) // sometimes starting with a separator
            p.text += separators.at(qsizetype(random() % std::uint32_t(separators.size())));
        p.text += word;
        if (random() % 4 == 0)
            p.text += separators.at(qsizetype(random() % std::uint32_t(separators.size())));
    }
    return p;
}

void expectHidden(const QString& shown, const Password& password, const QString& location)
{
    for (const QString& word : password.words)
        EXPECT_FALSE(shown.contains(word)) << "shown: " << shown.toStdString() << "\nfrom: " << location.toStdString();
}

TEST(ServerAddress, AnOrdinaryAddressIsReadAsBefore)
{
    const ServerAddress a = ServerAddress::parse("postgresql://jo:secret@db.trust.nhs.uk:6543/wres?sslmode=require");
    ASSERT_TRUE(a.isValid());
    EXPECT_EQ(a.login(), "jo");
    EXPECT_EQ(a.password(), "secret");
    EXPECT_EQ(a.host(), "db.trust.nhs.uk");
    EXPECT_EQ(a.port(), 6543);
    EXPECT_EQ(a.database(), "wres");
    EXPECT_EQ(a.shown(), "postgresql://jo@db.trust.nhs.uk:6543/wres?sslmode=require");
    EXPECT_EQ(ServerAddress::parse("postgres://jo@h/db").port(), 5432);
    EXPECT_FALSE(ServerAddress::parse("postgres://jo@h/db").hasPassword());
    EXPECT_EQ(ServerAddress::withoutPassword("plans/team.wres"), "plans/team.wres") << "a file is left alone";
    EXPECT_FALSE(ServerAddress::parse("postgresql://host-only").isValid());
    EXPECT_FALSE(ServerAddress::parse("postgresql://jo@h:port/db").isValid());
    EXPECT_FALSE(ServerAddress::parse("postgresql://jo@h/a/b").isValid());
}

TEST(ServerAddress, APasswordWithAnyCharactersIsReadWholeAndNeverShown)
{
    std::mt19937 random(20240619);
    for (int i = 0; i < 500; ++i) {
        const Password password = randomPassword(random);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(password.text));
        QString raw = password.text;
        raw.replace(QStringLiteral("%"), QStringLiteral("%25")); // the one character that must be encoded
        for (const QString& written : {raw, encoded}) {
            for (const QString& location :
                 {"postgresql://jo:" + written + "@127.0.0.1:5432/wres",
                  "postgres://jo:" + written + "@db.example/wres?sslmode=disable&connect_timeout=3",
                  "postgresql://jo:" + written + "@db.example/wres#x",
                  "postgresql://jo@db.example/wres?sslmode=disable&password=" + written}) {
                const ServerAddress a = ServerAddress::parse(location);
                EXPECT_TRUE(a.isValid()) << location.toStdString();
                EXPECT_EQ(a.password(), password.text) << location.toStdString();
                EXPECT_EQ(a.login(), "jo");
                expectHidden(a.shown(), password, location);
                expectHidden(ServerAddress::withoutPassword(location), password, location);
            }
        }
        // Addresses that cannot be used show no part of the password either.
        QStringList unusable = {"postgresql://jo:" + raw + "@",
                                "postgresql://jo:" + raw + "@/wres",
                                "postgresql://jo:" + raw + "@db:notaport/wres",
                                "postgresql://jo:" + raw + "@db/a/b",
                                "postgresql://jo@/wres?password=" + raw,
                                "postgresql://jo@db?password=" + raw};
        if (!raw.contains('@')) // the '@' forgotten: "login:password" then reads as host:port
            unusable << "postgresql://jo:" + raw << "postgresql://jo:" + raw + "/wres";
        for (const QString& location : unusable) {
            EXPECT_FALSE(ServerAddress::parse(location).isValid()) << location.toStdString();
            expectHidden(ServerAddress::parse(location).shown(), password, location);
        }
    }
}

TEST(ServerAddress, APasswordQueryItemIsAPasswordAndIsNotShown)
{
    const ServerAddress a = ServerAddress::parse("postgresql://jo@db/wres?sslmode=require&password=Zq&x=y#z");
    ASSERT_TRUE(a.isValid());
    EXPECT_EQ(a.password(), "Zq&x=y#z") << "all that follows password= is the password";
    EXPECT_EQ(a.shown(), "postgresql://jo@db/wres?sslmode=require");
    ASSERT_EQ(a.options().size(), 1);
    EXPECT_EQ(a.options().front().first, "sslmode");
}

} // namespace
