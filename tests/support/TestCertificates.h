#pragma once

// Certificates made by openssl for the HTTPS tests (CertificateFiles.h), failing the test when
// openssl does.

#include "CertificateFiles.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

namespace motcua::testing {

// A self-signed authority: name.pem and name.key in dir.
inline void makeAuthority(const TempDir &dir, const QString &name)
{
    const QString failed = makeAuthorityFiles(dir.path(), name);
    INFO(failed.toStdString());
    REQUIRE(failed.isEmpty());
}

// server.pem and server.key for 127.0.0.1 in dir, signed by the authority `ca` made above.
inline void makeServerCertificate(const TempDir &dir, const QString &ca)
{
    const QString failed = makeServerCertificateFiles(dir.path(), ca);
    INFO(failed.toStdString());
    REQUIRE(failed.isEmpty());
}

} // namespace motcua::testing
