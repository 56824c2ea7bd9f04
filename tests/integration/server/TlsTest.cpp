// motcua-server serving HTTPS itself (serve --tls-cert --tls-key), with a certificate authority and
// a server certificate made for the test by openssl.
#include "ServerHarness.h"
#include "TestCertificates.h"
#include "protocol/Ping.h"
#include "protocol/WireTypes.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

using namespace motcua;
using namespace motcua::servertest;

namespace {

// ca.pem (a test authority), server.pem and server.key (for 127.0.0.1, signed by it) in dir.
void makeCertificates(const TempDir &dir)
{
    testing::makeAuthority(dir, QStringLiteral("ca"));
    testing::makeServerCertificate(dir, QStringLiteral("ca"));
}

struct TlsReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
};

TlsReply ping(const QString &base, const QString &nonce, const std::optional<QSslConfiguration> &configuration)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base + QStringLiteral("/v2/ping?nonce=") + nonce));
    if (configuration)
        request.setSslConfiguration(*configuration);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(reply->isFinished());
    TlsReply result{
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(), reply->readAll()};
    delete reply;
    return result;
}

} // namespace

TEST_CASE("Over HTTPS a client that trusts the province CA connects and one that does not gets a TLS error")
{
    TempDir certificates;
    makeCertificates(certificates);
    TestDatabase db(Backend::Sqlite);
    Server server(db,
        {QStringLiteral("--tls-cert"), certificates.file(QStringLiteral("server.pem")), QStringLiteral("--tls-key"),
            certificates.file(QStringLiteral("server.key"))});
    REQUIRE(server.base().startsWith(QStringLiteral("https://127.0.0.1:")));

    const QList<QSslCertificate> authority = QSslCertificate::fromPath(certificates.file(QStringLiteral("ca.pem")));
    REQUIRE(authority.size() == 1);
    QSslConfiguration pinned = QSslConfiguration::defaultConfiguration();
    pinned.setCaCertificates(authority);
    const QString nonce = protocol::makeNonce();
    const TlsReply trusted = ping(server.base(), nonce, pinned);
    CHECK(trusted.error == QNetworkReply::NoError);
    CHECK(trusted.status == 200);
    const Result<protocol::PingResponse> answer = protocol::PingResponse::fromJson(trusted.body);
    REQUIRE(answer.ok());
    CHECK(answer->verify(nonce).ok());

    // The system's authorities do not know the province CA: no answer reaches the client.
    const TlsReply untrusted = ping(server.base(), nonce, std::nullopt);
    CHECK(untrusted.error == QNetworkReply::SslHandshakeFailedError);
    CHECK(untrusted.status == 0);
    CHECK(untrusted.body.isEmpty());

    // Plain HTTP on the TLS port is no way around it.
    QString plain = server.base();
    plain.replace(QStringLiteral("https://"), QStringLiteral("http://"));
    CHECK(ping(plain, nonce, std::nullopt).status != 200);
    CHECK(ping(server.base(), nonce, pinned).status == 200);
}

TEST_CASE("serve refuses a TLS key that is missing or not a key, and a certificate without its key")
{
    TempDir files;
    TestDatabase db(Backend::Sqlite);
    QFile notAKey(files.file(QStringLiteral("junk.pem")));
    REQUIRE(notAKey.open(QIODevice::WriteOnly));
    notAKey.write("not a key\n");
    notAKey.close();
    const auto serve = [&](const QStringList &tls) {
        QProcess process;
        process.start(QStringLiteral(MOTCUA_SERVER),
            QStringList{QStringLiteral("serve")} + db.arguments()
                + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + tls);
        REQUIRE(process.waitForFinished(30000));
        return process.exitCode();
    };
    CHECK(serve({QStringLiteral("--tls-cert"), notAKey.fileName(), QStringLiteral("--tls-key"), notAKey.fileName()})
        == 1);
    CHECK(serve({QStringLiteral("--tls-cert"), files.file(QStringLiteral("absent.pem")), QStringLiteral("--tls-key"),
              files.file(QStringLiteral("absent.key"))})
        == 1);
    CHECK(serve({QStringLiteral("--tls-cert"), notAKey.fileName()}) == 2);
}
