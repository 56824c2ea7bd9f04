#include "ProtocolSamples.h"
#include "TempDir.h"

#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"
#include "protocol/WireTypes.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace motcua;
using namespace motcua::protocol;
using namespace motcua::testing;

TEST_CASE("An error body survives a round trip", "[protocol][error]")
{
    const ErrorBody error{
        QStringLiteral("auth.revoked"), QStringLiteral("This device was revoked on 2025-07-01."), std::nullopt};
    CHECK(body(error.toJson())
        == R"({"error":{"code":"auth.revoked","message":"This device was revoked on 2025-07-01."}})");
    const auto parsed = ErrorBody::fromJson(body(error.toJson()));
    REQUIRE(parsed.ok());
    CHECK(*parsed == error);
    CHECK(parsed->toError().code == QStringLiteral("auth.revoked"));
}

TEST_CASE("Each error code has its HTTP status", "[protocol][error]")
{
    CHECK(httpStatusFor(QLatin1String(errors::requestMalformed)) == 400);
    CHECK(httpStatusFor(QLatin1String(errors::authRevoked)) == 401);
    CHECK(httpStatusFor(QLatin1String(errors::enrollCodeUsed)) == 410);
    CHECK(httpStatusFor(QLatin1String(errors::scopeCommune)) == 403);
    CHECK(httpStatusFor(QLatin1String(errors::blobOffsetMismatch)) == 409);
    CHECK(httpStatusFor(QLatin1String(errors::blobHashMismatch)) == 422);
    CHECK(httpStatusFor(QLatin1String(errors::rateLimited)) == 429);
    CHECK(httpStatusFor(QLatin1String(errors::unavailable)) == 503);
    CHECK(httpStatusFor(QLatin1String(errors::protocolOutdated)) == 426);
    CHECK(httpStatusFor(QLatin1String(errors::quotaExceeded)) == 507);
    CHECK(httpStatusFor(QLatin1String(errors::blobPending)) == 404);
    CHECK(isKnownErrorCode(QLatin1String(errors::protocolOutdated)));
    CHECK(httpStatusFor(QStringLiteral("store.write_failed")) == 500);
    CHECK(isKnownErrorCode(QLatin1String(errors::rangeNotSatisfiable)));
    CHECK_FALSE(isKnownErrorCode(QLatin1String(errors::responseMalformed)));
}

TEST_CASE("An offset mismatch says how many bytes the server holds, beside the error object", "[protocol][error]")
{
    const ErrorBody mismatch = ErrorBody::offsetMismatch(262144, QStringLiteral("continue from 262144"));
    CHECK(mismatch.code == QLatin1String(errors::blobOffsetMismatch));
    CHECK(body(mismatch.toJson())
        == R"({"error":{"code":"blob.offset_mismatch","message":"continue from 262144"},"received":262144})");
    const auto parsed = ErrorBody::fromJson(body(mismatch.toJson()));
    REQUIRE(parsed.ok());
    CHECK(parsed->received == 262144);
    CHECK(*parsed == mismatch);
    CHECK_FALSE(ErrorBody::fromJson(R"({"error":{"code":"auth.revoked"}})").value().received.has_value());
    CHECK(ErrorBody::fromJson(R"({"error":{"code":"blob.offset_mismatch"},"received":-1})")
              .error()
              .message.startsWith(QStringLiteral("received: ")));
    CHECK(ErrorBody::fromJson(R"({"error":{"code":"blob.offset_mismatch"},"received":"12"})")
              .error()
              .message.startsWith(QStringLiteral("received: ")));
}

TEST_CASE("The outdated-protocol message is one clean line in both languages", "[protocol][error]")
{
    const QString message = protocolOutdatedMessage();
    CHECK(message.startsWith(QStringLiteral("Cần cập nhật MotCua")));
    CHECK(message.contains(QStringLiteral("Update MotCua: the province server speaks motcua-sync/2.")));
    CHECK(isCleanText(message));
    CHECK(ErrorBody::fromError(Error{QLatin1String(errors::protocolOutdated), message}).message == message);
}

TEST_CASE("An error becomes one clean line of bounded length on the wire", "[protocol][error]")
{
    const ErrorBody body = ErrorBody::fromError(Error{QStringLiteral("request.malformed"),
        QStringLiteral(" ops[0].id: bad\r\nX-Injected: 1 ") + QString(2000, u'é')});
    CHECK(body.code == QStringLiteral("request.malformed"));
    CHECK(body.message.startsWith(QStringLiteral("ops[0].id: bad  X-Injected: 1")));
    CHECK(body.message.size() <= limits::maxMessageLength);
    CHECK(ErrorBody::fromJson(testing::body(body.toJson())).ok());
    CHECK(ErrorBody::fromError(Error{QStringLiteral("Not A Code"), QString()}).code == QStringLiteral("internal"));
}

TEST_CASE("An error body without a well-formed code is not trusted", "[protocol][error]")
{
    CHECK(ErrorBody::fromJson("{\"message\":\"oops\"}").error().message == QStringLiteral("error: is required"));
    CHECK(ErrorBody::fromJson("{\"error\":{\"code\":\"Auth Revoked\"}}")
              .error()
              .message.startsWith(QStringLiteral("error.code: must be dotted lower-case words")));
    CHECK(ErrorBody::fromJson("{\"error\":{\"code\":\"auth.revoked\"},\"trace\":1}").value().message.isEmpty());
    CHECK(ErrorBody::fromJson("<h1>502 Bad Gateway</h1>").error().code == QLatin1String(errors::responseMalformed));
}

TEST_CASE("Retry-After is read as seconds or an HTTP date, and clamped", "[protocol][error]")
{
    const QDateTime now(QDate(2025, 7, 1), QTime(2, 0), QTimeZone::utc());
    CHECK(parseRetryAfter("120", now) == 120);
    CHECK(parseRetryAfter(" 0 ", now) == 0);
    CHECK(parseRetryAfter("999999", now) == limits::maxRetryAfterSeconds);
    CHECK(parseRetryAfter("Tue, 01 Jul 2025 02:01:30 GMT", now) == 90);
    CHECK(parseRetryAfter("Tue, 01 Jul 2025 01:00:00 GMT", now) == 0);
    CHECK(parseRetryAfter(QByteArray(), now) == -1);
    CHECK(parseRetryAfter("-5", now) == -1);
    CHECK(parseRetryAfter("soon", now) == -1);
}
