// The SCRAM-SHA-256 secret grant sends instead of a password: PBKDF2 against the published test
// vectors, SASLprep against RFC 4013's examples, and the secret's form. (That the server accepts
// the password with it, and makes the same secret itself, is checked against the test server in
// Team.* and ServerPasswords.*.)
#include "store/ScramSecret.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

TEST(ScramSecret, Pbkdf2MatchesThePublishedVectors)
{
    // RFC 7914, section 11.
    EXPECT_EQ(ScramSecret::pbkdf2Sha256("passwd", "salt", 1, 64).toHex(),
              "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
              "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    EXPECT_EQ(ScramSecret::pbkdf2Sha256("Password", "NaCl", 80000, 64).toHex(),
              "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
              "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
}

TEST(ScramSecret, PasswordsArePreparedAsRfc4013Says)
{
    EXPECT_EQ(ScramSecret::prepared(QStringLiteral("I\u00ADX")), "IX") << "soft hyphen mapped to nothing";
    EXPECT_EQ(ScramSecret::prepared("user"), "user");
    EXPECT_EQ(ScramSecret::prepared("USER"), "USER");
    EXPECT_EQ(ScramSecret::prepared(QStringLiteral("\u00AA")), "a") << "NFKC";
    EXPECT_EQ(ScramSecret::prepared(QStringLiteral("\u2168")), "IX") << "NFKC";
    EXPECT_EQ(ScramSecret::prepared(QStringLiteral("a\u00A0b")), "a b") << "a non-ASCII space is a space";
    EXPECT_EQ(ScramSecret::prepared(QStringLiteral("\u0007")), "\x07") << "ASCII is never changed";
    // Prohibited, or right-to-left mixed wrongly: PostgreSQL then hashes the password as it is.
    EXPECT_EQ(ScramSecret::prepared(QStringLiteral("\u00AA\u0007")), QStringLiteral("\u00AA\u0007").toUtf8());
    EXPECT_EQ(ScramSecret::prepared(QStringLiteral("\u0627\u0031")), QStringLiteral("\u0627\u0031").toUtf8());
    EXPECT_EQ(ScramSecret::prepared(QStringLiteral("\u0627\u0031\u0628")),
              QStringLiteral("\u0627\u0031\u0628").toUtf8());
}

TEST(ScramSecret, TheSecretHoldsTheKeysOfTheSaltedPassword)
{
    const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
    const QString secret = ScramSecret::make("pencil", salt, 4096);
    const QRegularExpression form(QStringLiteral("^SCRAM-SHA-256\\$4096:([A-Za-z0-9+/=]+)\\$([A-Za-z0-9+/=]+):"
                                                 "([A-Za-z0-9+/=]+)$"));
    const QRegularExpressionMatch m = form.match(secret);
    ASSERT_TRUE(m.hasMatch()) << secret.toStdString();
    EXPECT_EQ(QByteArray::fromBase64(m.captured(1).toLatin1()), salt);
    // RFC 5802: SaltedPassword = Hi(password, salt, i); StoredKey = H(HMAC(SaltedPassword,
    // "Client Key")); ServerKey = HMAC(SaltedPassword, "Server Key"), computed here step by step.
    const QByteArray salted = ScramSecret::pbkdf2Sha256("pencil", salt, 4096, 32);
    const QByteArray clientKey = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    EXPECT_EQ(QByteArray::fromBase64(m.captured(2).toLatin1()),
              QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256));
    EXPECT_EQ(QByteArray::fromBase64(m.captured(3).toLatin1()),
              QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256));
    // The RFC 7677 example's ServerSignature for its exchange, from our ServerKey.
    const QByteArray authMessage =
        "n=user,r=rOprNGfwEbeRWgbNEkqO,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
        "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)"
        "hNlF$k0";
    EXPECT_EQ(QMessageAuthenticationCode::hash(authMessage, QByteArray::fromBase64(m.captured(3).toLatin1()),
                                               QCryptographicHash::Sha256)
                  .toBase64(),
              "6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");

    const QString fresh = ScramSecret::make("pencil");
    EXPECT_TRUE(form.match(fresh).hasMatch());
    EXPECT_NE(fresh, ScramSecret::make("pencil")) << "a new salt each time";
    EXPECT_EQ(QByteArray::fromBase64(form.match(fresh).captured(1).toLatin1()).size(), 16);
}

} // namespace
