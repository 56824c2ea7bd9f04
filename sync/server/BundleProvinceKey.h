#pragma once

#include "domain/Result.h"
#include "io/BundleCrypto.h"

namespace motcua::server {

class ServerDatabase;

// The province's Ed25519 key (docs/bundle-format.md "Trust"): it certifies each device's bundle
// key at enrollment, and `import-bundle` checks certificates against it. Made once, on first
// use, and kept in server_meta, so every server instance sharing the database signs with the
// same key. Whoever reads the database can sign certificates: protect it like the device tokens.
class BundleProvinceKey final
{
public:
    explicit BundleProvinceKey(ServerDatabase &db);

    // The key pair, made and stored the first time. Errors: unavailable, internal.
    Result<SigningKeyPair> get();

private:
    ServerDatabase &m_db;
};

} // namespace motcua::server
