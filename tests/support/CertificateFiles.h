#pragma once

// Certificates made by openssl for the HTTPS tests and benchmarks: a province authority and a server
// certificate for 127.0.0.1 that it signs. No test framework here, so that the benchmarks share it
// (TestCertificates.h is the tests' form, which fails the test on an error).

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace motcua::testing {

// Runs /usr/bin/openssl in dir: the empty string, or what went wrong.
inline QString runOpenssl(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/usr/bin/openssl"), arguments);
    if (!process.waitForFinished(30000))
        return QStringLiteral("openssl %1 did not finish: %2").arg(arguments.value(0), process.errorString());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2")
            .arg(arguments.value(0), QString::fromLocal8Bit(process.readAll()));
    return {};
}

// A self-signed authority: name.pem and name.key in dir. The empty string, or what went wrong.
inline QString makeAuthorityFiles(const QString &dir, const QString &name)
{
    return runOpenssl(dir,
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
            name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=") + name});
}

// server.pem and server.key for 127.0.0.1 in dir, signed by the authority `ca` made above. The
// empty string, or what went wrong.
inline QString makeServerCertificateFiles(const QString &dir, const QString &ca)
{
    if (QString failed = runOpenssl(dir,
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"),
                QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        !failed.isEmpty())
        return failed;
    QFile extensions(dir + QStringLiteral("/server.ext"));
    if (!extensions.open(QIODevice::WriteOnly)
        || extensions.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n")
            < 0)
        return QStringLiteral("cannot write %1").arg(extensions.fileName());
    extensions.close();
    return runOpenssl(dir,
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
            QStringLiteral("-CA"), ca + QStringLiteral(".pem"), QStringLiteral("-CAkey"), ca + QStringLiteral(".key"),
            QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.pem"),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")});
}

} // namespace motcua::testing
