// Enrollment guessing against the real motcua-server (issue 10): failed attempts are limited per
// client and per code, the client being the X-Forwarded-For address only when the request comes
// from a configured trusted proxy, so one person's typos never lock out the rest of the province.
#include "RawClient.h"
#include "ServerHarness.h"
#include "protocol/Enrollment.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::servertest;

namespace {

// POST /v2/enroll from a loopback source address, with X-Forwarded-For when forwardedFor is set;
// the status of the answer.
int enrollFrom(Server &server, const QString &from, const QString &code, const QByteArray &forwardedFor = {})
{
    RawClient client(server.port(), QHostAddress(from));
    REQUIRE(client.isConnected());
    QList<QByteArray> headers;
    if (!forwardedFor.isEmpty())
        headers << "X-Forwarded-For: " + forwardedFor;
    client.send(rawRequest("POST", "/v2/enroll", Server::enrollBody(code), headers));
    const int status = client.status(10000);
    INFO(client.received().left(400).toStdString());
    REQUIRE(status != 0);
    return status;
}

QString typo()
{
    return protocol::EnrollRequest::generateCode();
}

} // namespace

TEST_CASE("Ten typos from one address do not lock out a valid code used from another address")
{
    TestDatabase db(Backend::Sqlite);
    Server server(db);
    for (int attempt = 0; attempt < 10; ++attempt)
        REQUIRE(enrollFrom(server, QStringLiteral("127.0.0.2"), typo()) == 401);
    // The typing address waits; its neighbour's code works.
    CHECK(enrollFrom(server, QStringLiteral("127.0.0.2"), issueCode(db, QStringLiteral("12345"))) == 429);
    CHECK(enrollFrom(server, QStringLiteral("127.0.0.3"), issueCode(db, QStringLiteral("12345"))) == 200);
    CHECK(db.count(QStringLiteral("devices")) == 1);
}

TEST_CASE("Behind a trusted proxy the limit is per client named in X-Forwarded-For")
{
    TestDatabase db(Backend::Sqlite);
    Server server(db,
        {QStringLiteral("--trusted-proxy"), QStringLiteral("10.9.9.9"), QStringLiteral("--trusted-proxy"),
            QStringLiteral("127.0.0.1,::1")});
    // Everyone arrives from the proxy's address; nginx appends the real client to the header, after
    // whatever the client itself wrote there.
    for (int attempt = 0; attempt < 10; ++attempt) {
        const QByteArray spoofed = "198.51.100." + QByteArray::number(attempt) + ", 203.0.113.7";
        REQUIRE(enrollFrom(server, QStringLiteral("127.0.0.1"), typo(), spoofed) == 401);
    }
    // The typist is limited, whatever it writes in front of its own address...
    CHECK(
        enrollFrom(server, QStringLiteral("127.0.0.1"), issueCode(db, QStringLiteral("12345")), "203.0.113.7") == 429);
    CHECK(enrollFrom(
              server, QStringLiteral("127.0.0.1"), issueCode(db, QStringLiteral("12345")), "192.0.2.1, 203.0.113.7")
        == 429);
    // ...and another commune officer behind the same proxy enrolls.
    CHECK(
        enrollFrom(server, QStringLiteral("127.0.0.1"), issueCode(db, QStringLiteral("12345")), "203.0.113.8") == 200);
    // A chain of two trusted proxies: the client is the first address that is not one of them.
    CHECK(
        enrollFrom(server, QStringLiteral("127.0.0.1"), issueCode(db, QStringLiteral("12345")), "203.0.113.7, 10.9.9.9")
        == 429);
    CHECK(db.count(QStringLiteral("devices")) == 1);
}

TEST_CASE("X-Forwarded-For from a peer that is not a trusted proxy is ignored")
{
    TestDatabase db(Backend::Sqlite);
    Server server(db, {QStringLiteral("--trusted-proxy"), QStringLiteral("10.0.0.0/8")});
    // A guesser that invents a new X-Forwarded-For for every attempt is still one address.
    for (int attempt = 0; attempt < 10; ++attempt) {
        const QByteArray invented = "203.0.113." + QByteArray::number(attempt);
        REQUIRE(enrollFrom(server, QStringLiteral("127.0.0.4"), typo(), invented) == 401);
    }
    CHECK(
        enrollFrom(server, QStringLiteral("127.0.0.4"), issueCode(db, QStringLiteral("12345")), "203.0.113.99") == 429);
    CHECK(
        enrollFrom(server, QStringLiteral("127.0.0.5"), issueCode(db, QStringLiteral("12345")), "203.0.113.0") == 200);
}

TEST_CASE("A code refused five times is refused from every address, and other codes still work")
{
    TestDatabase db(Backend::Sqlite);
    Server server(db);
    const QString used = issueCode(db, QStringLiteral("12345"));
    REQUIRE(enrollFrom(server, QStringLiteral("127.0.0.2"), used) == 200);
    // A used code replayed from ever new addresses (each far under its own limit).
    for (int host = 3; host < 8; ++host)
        REQUIRE(enrollFrom(server, QStringLiteral("127.0.0.%1").arg(host), used) == 410);
    const Reply limited = server.request("POST", QStringLiteral("/v2/enroll"), Server::enrollBody(used));
    CHECK(limited.status == 429);
    CHECK(limited.errorCode() == QStringLiteral("rate_limited"));
    CHECK(limited.header("Retry-After") == "60");
    CHECK(enrollFrom(server, QStringLiteral("127.0.0.8"), issueCode(db, QStringLiteral("12345"))) == 200);
    CHECK(db.count(QStringLiteral("devices")) == 2);
}

TEST_CASE("serve refuses a --trusted-proxy that is not an address or a range")
{
    TestDatabase db(Backend::Sqlite);
    for (const QString &bad : {QStringLiteral("nginx.local"), QStringLiteral("::1/200"), QStringLiteral("10.0.0.0/99"),
             QStringLiteral("127.0.0.1, x")}) {
        INFO(bad.toStdString());
        QProcess process;
        process.start(QStringLiteral(MOTCUA_SERVER),
            QStringList{QStringLiteral("serve")} + db.arguments()
                + QStringList{
                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--trusted-proxy"), bad});
        REQUIRE(process.waitForFinished(30000));
        CHECK(process.exitCode() == 2);
        CHECK(process.readAllStandardError().contains("--trusted-proxy"));
        CHECK(process.readAllStandardOutput().isEmpty());
    }
}
