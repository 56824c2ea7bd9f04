#include "ProtocolSamples.h"
#include "TempDir.h"

#include "protocol/ErrorBody.h"
#include "protocol/Ping.h"
#include "protocol/WireTypes.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::protocol;
using namespace motcua::testing;

namespace {

PingResponse samplePing(const QString &nonce)
{
    PingResponse ping;
    ping.nonce = nonce;
    ping.serverTime = QStringLiteral("2025-07-01T09:30:00.123+07:00");
    return ping;
}

} // namespace

TEST_CASE("A ping answer survives a round trip and verifies against the nonce that was sent", "[protocol][ping]")
{
    const QString nonce = makeNonce();
    REQUIRE(isNonce(nonce));
    const auto parsed = PingResponse::fromJson(body(samplePing(nonce).toJson()));
    REQUIRE(parsed.ok());
    CHECK(*parsed == samplePing(nonce));
    CHECK(parsed->verify(nonce).ok());
}

TEST_CASE("A ping answer for another nonce or from another service means not connected", "[protocol][ping]")
{
    const QString nonce = makeNonce();
    const Status stale = samplePing(makeNonce()).verify(nonce);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == QLatin1String(errors::pingMismatch));

    PingResponse other = samplePing(nonce);
    other.service = QStringLiteral("nginx-healthcheck");
    CHECK(other.verify(nonce).error().code == QLatin1String(errors::pingMismatch));
    PingResponse future = samplePing(nonce);
    future.protocol = 3;
    CHECK_FALSE(future.verify(nonce).ok());
    // A server of the first version (only /v1) is not one this client can sync with.
    PingResponse old = samplePing(nonce);
    old.protocol = 1;
    CHECK(old.verify(nonce).error().code == QLatin1String(errors::pingMismatch));
}

TEST_CASE("A captive portal page or a proxy error is not a ping answer", "[protocol][ping]")
{
    const auto portal = PingResponse::fromJson("<!DOCTYPE html><html><title>Viettel Wi-Fi</title></html>");
    REQUIRE_FALSE(portal.ok());
    CHECK(portal.error().code == QLatin1String(errors::responseMalformed));
    CHECK(PingResponse::fromJson("{\"status\":\"ok\"}").error().message == QStringLiteral("service: is required"));
    CHECK(PingResponse::fromJson(QByteArray()).error().message.startsWith(QStringLiteral("$: ")));
}

TEST_CASE("A ping answer's server time has seconds and an explicit offset", "[protocol][ping]")
{
    PingResponse ping = samplePing(makeNonce());
    for (const char *good : {"2025-07-01T02:30:00Z", "2025-07-01T09:30:00+07:00", "2025-07-01T09:30:00.5-03:30"}) {
        ping.serverTime = QString::fromLatin1(good);
        CHECK(PingResponse::fromJson(body(ping.toJson())).ok());
    }
    for (const char *bad :
        {"2025-07-01T09:30:00", "2025-07-01", "2025-02-30T09:30:00Z", "2025-07-01 09:30:00Z", "2025-07-01T09:30Z"}) {
        ping.serverTime = QString::fromLatin1(bad);
        CAPTURE(bad);
        CHECK(PingResponse::fromJson(body(ping.toJson())).error().message.startsWith(QStringLiteral("server_time: ")));
    }
}

TEST_CASE("The ping query carries 16 to 64 URL-safe characters of nonce", "[protocol][ping]")
{
    const PingQuery sent{makeNonce()};
    const auto parsed = PingQuery::fromQuery(sent.toQuery());
    REQUIRE(parsed.ok());
    CHECK(*parsed == sent);
    CHECK(PingQuery::fromQuery(QUrlQuery(QStringLiteral("nonce=") + QString(16, QLatin1Char('a')))).ok());
    CHECK(PingQuery::fromQuery(QUrlQuery(QStringLiteral("nonce=") + QString(64, QLatin1Char('Z')))).ok());
    CHECK(PingQuery::fromQuery(QUrlQuery(QStringLiteral("nonce=") + QString(15, QLatin1Char('a'))))
              .error()
              .message.startsWith(QStringLiteral("?nonce: must be 16 to 64 characters")));
    CHECK_FALSE(PingQuery::fromQuery(QUrlQuery(QStringLiteral("nonce=") + QString(65, QLatin1Char('a')))).ok());
    CHECK_FALSE(PingQuery::fromQuery(QUrlQuery(QStringLiteral("nonce=abcdefghijklmnop%2F"))).ok());
    CHECK(PingQuery::fromQuery(QUrlQuery()).error().message == QStringLiteral("?nonce: is required"));
}
