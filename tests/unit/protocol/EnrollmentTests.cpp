#include "ProtocolSamples.h"
#include "TempDir.h"

#include "protocol/Credentials.h"
#include "protocol/Enrollment.h"
#include "protocol/ErrorBody.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::protocol;
using namespace motcua::testing;

namespace {

EnrollRequest sampleRequest()
{
    return EnrollRequest{
        QStringLiteral("7K2M-Q9XD-4HRT"), QStringLiteral("Quầy 2 – Xã Tân Lập"), QStringLiteral("0.1.0")};
}

EnrollResponse sampleResponse()
{
    return EnrollResponse{QStringLiteral("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"), DeviceCredential::generateToken(),
        QStringLiteral("12345"), QStringLiteral("Xã Tân Lập"), QStringLiteral("K7Q2")};
}

QString requestRefusal(const QJsonObject &object)
{
    const auto parsed = EnrollRequest::fromJson(body(object));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == QLatin1String(errors::requestMalformed));
    return parsed.error().message;
}

QString responseRefusal(const char *key, const QJsonValue &value)
{
    QJsonObject object = sampleResponse().toJson();
    object.insert(QLatin1String(key), value);
    const auto parsed = EnrollResponse::fromJson(body(object));
    REQUIRE_FALSE(parsed.ok());
    return parsed.error().message;
}

} // namespace

TEST_CASE("An enrollment request and its answer survive a round trip", "[protocol][enroll]")
{
    const auto request = EnrollRequest::fromJson(body(sampleRequest().toJson()));
    REQUIRE(request.ok());
    CHECK(*request == sampleRequest());
    const EnrollResponse response = sampleResponse();
    const auto parsed = EnrollResponse::fromJson(body(response.toJson()));
    REQUIRE(parsed.ok());
    CHECK(*parsed == response);
}

TEST_CASE("An enrollment code as typed is normalized to its wire form", "[protocol][enroll]")
{
    CHECK(EnrollRequest::normalizeCode(QStringLiteral("7k2m q9xd 4hrt")) == QStringLiteral("7K2M-Q9XD-4HRT"));
    CHECK(EnrollRequest::normalizeCode(QStringLiteral("7K2MQ9XD4HRT")) == QStringLiteral("7K2M-Q9XD-4HRT"));
    CHECK(EnrollRequest::normalizeCode(QStringLiteral("OI2L-Q9XD-4HRT")) == QStringLiteral("0121-Q9XD-4HRT"));
    CHECK_FALSE(EnrollRequest::normalizeCode(QStringLiteral("7K2M-Q9XD-4HR")).has_value());
    CHECK_FALSE(EnrollRequest::normalizeCode(QStringLiteral("7K2M-Q9XD-4HRU")).has_value());
    for (int i = 0; i < 100; ++i)
        CHECK(EnrollRequest::isCode(EnrollRequest::generateCode()));
}

TEST_CASE("An enrollment request is refused for each malformed member", "[protocol][enroll]")
{
    QJsonObject request = sampleRequest().toJson();
    request.insert(QStringLiteral("code"), QStringLiteral("7k2m-q9xd-4hrt"));
    CHECK(requestRefusal(request).startsWith(QStringLiteral("code: must be an enrollment code")));

    request = sampleRequest().toJson();
    request.insert(QStringLiteral("device_name"), QStringLiteral("Quầy\n2"));
    CHECK(requestRefusal(request)
        == QStringLiteral("device_name: must not contain control characters or leading or "
                          "trailing spaces"));
    request.insert(QStringLiteral("device_name"), QString(101, QLatin1Char('x')));
    CHECK(requestRefusal(request) == QStringLiteral("device_name: must be 1 to 100 characters long"));

    request = sampleRequest().toJson();
    request.insert(QStringLiteral("client_version"), QStringLiteral("0.1 beta"));
    CHECK(requestRefusal(request).startsWith(QStringLiteral("client_version: must be 1 to 40 characters")));

    request = sampleRequest().toJson();
    request.insert(QStringLiteral("commune_code"), QStringLiteral("12345"));
    CHECK(requestRefusal(request) == QStringLiteral("commune_code: unknown field"));
}

TEST_CASE("An enrollment answer is refused for each malformed member", "[protocol][enroll]")
{
    CHECK(responseRefusal("token", QStringLiteral("short")).startsWith(QStringLiteral("token: must be 32 bytes")));
    CHECK(
        responseRefusal("commune_code", QStringLiteral("1234")) == QStringLiteral("commune_code: must be five digits"));
    CHECK(responseRefusal("device_tag", QStringLiteral("K7QI")).startsWith(QStringLiteral("device_tag: must be four")));
    CHECK(responseRefusal("device_tag", QStringLiteral("k7q2")).startsWith(QStringLiteral("device_tag: ")));
    CHECK(
        responseRefusal("commune_name", QString()) == QStringLiteral("commune_name: must be 1 to 200 characters long"));
    CHECK(responseRefusal("device_id", QJsonValue(QJsonValue::Null)) == QStringLiteral("device_id: must be a string"));
}
