// The optional bundle-key members of POST /v1/enroll (docs/bundle-format.md "Trust").
#include "ProtocolSamples.h"

#include "io/BundleCrypto.h"
#include "protocol/Credentials.h"
#include "protocol/Enrollment.h"
#include "protocol/ErrorBody.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::protocol;
using namespace motcua::testing;

namespace {

EnrollRequest keyedRequest()
{
    EnrollRequest request{QStringLiteral("7K2M-Q9XD-4HRT"), QStringLiteral("Quầy 2"), QStringLiteral("0.1.0")};
    request.devicePublicKey = BundleCrypto::toBase64Url(BundleCrypto::generateKeyPair().publicKey);
    return request;
}

EnrollResponse certifiedResponse()
{
    EnrollResponse response{QStringLiteral("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"), DeviceCredential::generateToken(),
        QStringLiteral("12345"), QStringLiteral("Xã Tân Lập"), QStringLiteral("K7Q2")};
    const SigningKeyPair province = BundleCrypto::generateKeyPair();
    const SigningKeyPair device = BundleCrypto::generateKeyPair();
    response.provincePublicKey = BundleCrypto::toBase64Url(province.publicKey);
    response.deviceCertificate = BundleCrypto::toBase64Url(
        BundleCrypto::issueCertificate(response.deviceId, response.communeCode, device.publicKey, province.secretKey));
    return response;
}

} // namespace

TEST_CASE("an enrollment request with a bundle key survives the wire, and one without it is unchanged",
    "[protocol][enroll][bundle]")
{
    const EnrollRequest keyed = keyedRequest();
    CHECK(EnrollRequest::fromJson(body(keyed.toJson())).value() == keyed);
    EnrollRequest plain = keyed;
    plain.devicePublicKey.clear();
    CHECK(!plain.toJson().contains(QStringLiteral("device_public_key")));
    CHECK(EnrollRequest::fromJson(body(plain.toJson())).value() == plain);
}

TEST_CASE("an enrollment request with a malformed bundle key is refused with its path", "[protocol][enroll][bundle]")
{
    QJsonObject object = keyedRequest().toJson();
    object.insert(QStringLiteral("device_public_key"), QStringLiteral("not-a-key"));
    const auto parsed = EnrollRequest::fromJson(body(object));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == QLatin1String(errors::requestMalformed));
    CHECK(parsed.error().message.startsWith(QStringLiteral("device_public_key")));
}

TEST_CASE("an enrollment answer carries the province key and certificate together or not at all",
    "[protocol][enroll][bundle]")
{
    const EnrollResponse certified = certifiedResponse();
    CHECK(EnrollResponse::fromJson(body(certified.toJson())).value() == certified);

    QJsonObject half = certified.toJson();
    half.remove(QStringLiteral("device_certificate"));
    const auto refused = EnrollResponse::fromJson(body(half));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QLatin1String(errors::responseMalformed));

    QJsonObject old = certified.toJson();
    old.remove(QStringLiteral("device_certificate"));
    old.remove(QStringLiteral("province_public_key"));
    const auto parsed = EnrollResponse::fromJson(body(old));
    REQUIRE(parsed.ok());
    CHECK(parsed->deviceCertificate.isEmpty());
}
