#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace motcua::OfficerPassword {

// argon2id through libsodium (crypto_pwhash_str, OPSLIMIT/MEMLIMIT_INTERACTIVE): the hash string
// carries its own salt and parameters, so stronger limits later still verify older hashes.
// nullopt when libsodium cannot start or is out of memory.
std::optional<QByteArray> hash(const QString &password);

// Whether password matches hash. A malformed hash never matches.
bool verify(const QByteArray &hash, const QString &password);

// Spends the time of one verification against a hash no password matches: answering an unknown
// username as slowly as a wrong password.
void verifyDummy(const QString &password);

} // namespace motcua::OfficerPassword
