#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace motcua {

class Database;

// This device's signing identity for USB bundles, made at enrollment (docs/bundle-format.md
// "Trust"): its Ed25519 key pair, the province's certificate over (device id, commune, public
// key), and the province's public key that other devices' bundles must be certified by.
struct BundleIdentity
{
    QString deviceId;
    QString communeCode;
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes
    QByteArray certificate; // 64 bytes
    QByteArray provincePublicKey; // 32 bytes
};

// The one row of table bundle_identity. Writes join the caller's Database::write, so the
// enrollment and its identity are stored (or replaced) together.
class BundleExportIdentity final
{
public:
    explicit BundleExportIdentity(Database &database);

    // nullopt when the device enrolled without a key (an older server) or never enrolled.
    Result<std::optional<BundleIdentity>> load() const;
    // The identity of the current enrollment, or "bundle.no_key" telling the officer to re-enroll
    // (also when the stored identity belongs to an earlier enrollment).
    Result<BundleIdentity> require() const;

    Status save(const BundleIdentity &identity);
    Status clear();

private:
    Database &m_database;
};

} // namespace motcua
