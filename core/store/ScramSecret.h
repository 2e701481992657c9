#pragma once

#include <QByteArray>
#include <QString>

namespace wres::core {

// The SCRAM-SHA-256 secret PostgreSQL keeps for a password (RFC 5802, RFC 7677), made on the client
// so that a new login's password never travels to the server, nor into its log: only this secret,
// from which the password cannot be read back, is sent (ALTER ROLE ... PASSWORD 'SCRAM-SHA-256$…').
namespace ScramSecret {

constexpr int kIterations = 4096; // PostgreSQL's default (scram_iterations)

// "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>" (Base64), with 16 random bytes of salt.
QString make(const QString& password);
QString make(const QString& password, const QByteArray& salt, int iterations);

// The bytes a password is hashed as: SASLprep (RFC 4013) as PostgreSQL applies it, so that the
// secret matches what the client library sends at login; the password's own UTF-8 when SASLprep
// refuses it (as PostgreSQL then does too).
QByteArray prepared(const QString& password);
// PBKDF2 (RFC 8018) with HMAC-SHA-256.
QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int length);

} // namespace ScramSecret
} // namespace wres::core
