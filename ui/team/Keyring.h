#pragma once

#include <QString>

#include <optional>

namespace wres::ui::Keyring {

// Passwords of team plans in the operating system's keyring (Secret Service, KWallet, the Windows
// credential store, the macOS keychain) through QtKeychain: never in plain text, never in
// WRES Tracker's own settings. Keyed by the server location without its password.
// The keyring may be missing (no desktop session, as on a server or in CI): then read gives
// nothing and write fails with a sentence in error; the connection itself is not affected.
std::optional<QString> read(const QString& location);
bool write(const QString& location, const QString& password, QString* error);

} // namespace wres::ui::Keyring
