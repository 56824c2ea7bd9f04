#pragma once

// Certificates made by openssl for the HTTPS tests: a province authority and a server certificate
// for 127.0.0.1 that it signs. Targets that include this define OPENSSL_PROGRAM.

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QStringList>

namespace motcua::testing {

inline void openssl(const TempDir &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(OPENSSL_PROGRAM), arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAll().toStdString());
    REQUIRE(process.exitCode() == 0);
}

// A self-signed authority: name.pem and name.key in dir.
inline void makeAuthority(const TempDir &dir, const QString &name)
{
    openssl(dir,
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
            name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=") + name});
}

// server.pem and server.key for 127.0.0.1 in dir, signed by the authority `ca` made above.
inline void makeServerCertificate(const TempDir &dir, const QString &ca)
{
    openssl(dir,
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
            QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1")});
    QFile extensions(dir.file(QStringLiteral("server.ext")));
    REQUIRE(extensions.open(QIODevice::WriteOnly));
    extensions.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
    extensions.close();
    openssl(dir,
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
            QStringLiteral("-CA"), ca + QStringLiteral(".pem"), QStringLiteral("-CAkey"), ca + QStringLiteral(".key"),
            QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.pem"),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")});
}

} // namespace motcua::testing
