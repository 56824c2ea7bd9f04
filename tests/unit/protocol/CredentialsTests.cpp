#include "TempDir.h"

#include "protocol/Credentials.h"
#include "protocol/ErrorBody.h"
#include "protocol/WireTypes.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::protocol;

namespace {

DeviceCredential sample()
{
    return DeviceCredential{QStringLiteral("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"), DeviceCredential::generateToken()};
}

QString refusalCode(const QByteArray &header)
{
    const auto parsed = DeviceCredential::fromAuthorization(header);
    REQUIRE_FALSE(parsed.ok());
    return parsed.error().code;
}

} // namespace

TEST_CASE("A device credential survives a round trip through the Authorization header", "[protocol][auth]")
{
    const DeviceCredential credential = sample();
    CHECK(credential.token.size() == 43);
    CHECK(DeviceCredential::isToken(credential.token));
    const auto parsed = DeviceCredential::fromAuthorization(credential.toAuthorization());
    REQUIRE(parsed.ok());
    CHECK(*parsed == credential);
    QByteArray lower = credential.toAuthorization();
    lower.replace(0, 6, "bearer");
    CHECK(DeviceCredential::fromAuthorization(lower).ok());
}

TEST_CASE("A missing credential and a malformed one are told apart", "[protocol][auth]")
{
    CHECK(refusalCode(QByteArray()) == QLatin1String(errors::authMissing));
    const DeviceCredential credential = sample();
    const QByteArray good = credential.toAuthorization();
    QByteArray basic = good;
    basic.replace(0, 6, "Basic ");
    CHECK(refusalCode(basic) == QLatin1String(errors::authInvalid));
    CHECK(refusalCode(good + ' ') == QLatin1String(errors::authInvalid));
    CHECK(refusalCode(good.left(good.size() - 1)) == QLatin1String(errors::authInvalid));
    CHECK(refusalCode("Bearer " + credential.deviceId.toUpper().toLatin1() + '.' + credential.token.toLatin1())
        == QLatin1String(errors::authInvalid));
    QByteArray colon = good;
    colon[7 + 36] = ':';
    CHECK(refusalCode(colon) == QLatin1String(errors::authInvalid));
}

TEST_CASE("Only the canonical spelling of a token is accepted", "[protocol][auth]")
{
    // 32 zero bytes: the last of 43 characters carries 2 spare bits that must be zero.
    const QString zeros = QString(42, QLatin1Char('A')) + u'A';
    CHECK(DeviceCredential::isToken(zeros));
    CHECK_FALSE(DeviceCredential::isToken(QString(42, QLatin1Char('A')) + u'B'));
    CHECK_FALSE(DeviceCredential::isToken(QString(42, QLatin1Char('A')) + u'='));
    CHECK_FALSE(DeviceCredential::isToken(QString(43, QLatin1Char('+'))));
}

TEST_CASE("The server stores a token's SHA-256 and compares hashes in constant time", "[protocol][auth]")
{
    const QString token = DeviceCredential::generateToken();
    const QString hash = DeviceCredential::tokenHash(token);
    CHECK(isSha256Hex(hash));
    CHECK(hash == DeviceCredential::tokenHash(token));
    CHECK(hash != DeviceCredential::tokenHash(DeviceCredential::generateToken()));
    CHECK(DeviceCredential::tokenHash(QStringLiteral("not a token")).isEmpty());
    CHECK(constantTimeEquals(hash.toLatin1(), hash.toLatin1()));
    QByteArray changed = hash.toLatin1();
    changed[63] = changed[63] == 'a' ? 'b' : 'a';
    CHECK_FALSE(constantTimeEquals(hash.toLatin1(), changed));
    CHECK_FALSE(constantTimeEquals(hash.toLatin1(), hash.toLatin1().left(63)));
}
