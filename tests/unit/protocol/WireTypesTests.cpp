#include "TempDir.h"

#include "protocol/WireTypes.h"

#include <catch2/catch.hpp>

using namespace motcua::protocol;

TEST_CASE("The protocol identifies itself as motcua-sync/2 under /v2", "[protocol][wire]")
{
    CHECK(QLatin1String(protocolName) == QLatin1String("motcua-sync/2"));
    CHECK(QLatin1String(serviceName) == QLatin1String("motcua-sync"));
    CHECK(protocolVersion == 2);
    CHECK(QLatin1String(basePath) == QLatin1String("/v2"));
    CHECK(apiPath("push") == QStringLiteral("/v2/push"));
    CHECK(outdatedProtocolVersion == 1);
    CHECK(QLatin1String(outdatedBasePath) == QLatin1String("/v1"));
}

TEST_CASE("Events and scans are entities of version 2; devices still push dossiers only", "[protocol][wire]")
{
    for (const char *name : {"dossier", "catalog", "calendar", "dossier_event", "scan"})
        CHECK(isKnownEntity(QLatin1String(name)));
    CHECK_FALSE(isKnownEntity(QStringLiteral("citizen_note")));
    CHECK(isPushableEntity(QLatin1String(entityDossier)));
    CHECK_FALSE(isPushableEntity(QLatin1String(entityDossierEvent)));
    CHECK_FALSE(isPushableEntity(QLatin1String(entityScan)));
}

TEST_CASE("A scan change id is a name-based UUID of the commune and the digest", "[protocol][wire]")
{
    const QString digest = sha256Hex("abc");
    const QString id = scanChangeId(QStringLiteral("12345"), digest);
    CHECK(isCanonicalUuid(id));
    CHECK(QUuid::fromString(id).version() == QUuid::Sha1);
    CHECK(id
        == uuidText(QUuid::createUuidV5(
            QUuid::fromString(QLatin1String(scanIdNamespace)), QByteArray("12345/") + digest.toLatin1())));
    // Fixed across servers and desks: the value of this build is the value of every build.
    CHECK(id == scanChangeId(QStringLiteral("12345"), digest));
    CHECK(id != scanChangeId(QStringLiteral("12346"), digest));
    CHECK(id != scanChangeId(QStringLiteral("12345"), sha256Hex("abd")));
}

TEST_CASE("UUIDs on the wire are canonical lower-case and not nil", "[protocol][wire]")
{
    const QUuid id = QUuid::createUuid();
    CHECK(isCanonicalUuid(uuidText(id)));
    CHECK_FALSE(isCanonicalUuid(uuidText(id).toUpper()));
    CHECK_FALSE(isCanonicalUuid(id.toString()));
    CHECK_FALSE(isCanonicalUuid(QString::fromLatin1(id.toRfc4122().toHex())));
    CHECK_FALSE(isCanonicalUuid(QStringLiteral("00000000-0000-0000-0000-000000000000")));
    CHECK_FALSE(isCanonicalUuid(QStringLiteral("6f1c2a9e-3b7d-4c1e-9a55-00000000000g")));
}

TEST_CASE("SHA-256 digests are 64 lower-case hex digits", "[protocol][wire]")
{
    CHECK(sha256Hex("abc") == QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(isSha256Hex(sha256Hex("abc")));
    CHECK_FALSE(isSha256Hex(sha256Hex("abc").toUpper()));
    CHECK_FALSE(isSha256Hex(sha256Hex("abc").left(63)));
    CHECK_FALSE(isSha256Hex(QByteArray(64, 'g')));
}

TEST_CASE("Entity names, cursors, nonces, tags and codes have fixed shapes", "[protocol][wire]")
{
    CHECK(isEntityName(QStringLiteral("dossier")));
    CHECK(isEntityName(QStringLiteral("citizen_note2")));
    CHECK_FALSE(isEntityName(QStringLiteral("2dossier")));
    CHECK_FALSE(isEntityName(QString(33, QLatin1Char('a'))));
    CHECK(isPushableEntity(QStringLiteral("dossier")));
    CHECK_FALSE(isPushableEntity(QStringLiteral("catalog")));
    CHECK(isKnownEntity(QStringLiteral("calendar")));

    CHECK(isCursor(QStringLiteral("c1.AAAA-_~")));
    CHECK_FALSE(isCursor(QString()));
    CHECK_FALSE(isCursor(QStringLiteral("a/b")));
    CHECK_FALSE(isCursor(QString(257, QLatin1Char('a'))));

    const QString nonce = makeNonce();
    CHECK(nonce.size() == 32);
    CHECK(isNonce(nonce));
    CHECK(nonce != makeNonce());
    CHECK_FALSE(isNonce(QStringLiteral("short")));

    CHECK(isDeviceTag(QStringLiteral("K7Q2")));
    CHECK_FALSE(isDeviceTag(QStringLiteral("K7QU")));
    CHECK_FALSE(isDeviceTag(QStringLiteral("k7q2")));
    CHECK(isCommuneCode(QStringLiteral("01234")));
    CHECK_FALSE(isCommuneCode(QStringLiteral("1234a")));

    CHECK(isErrorCode(QStringLiteral("auth.revoked")));
    CHECK(isErrorCode(QStringLiteral("internal")));
    CHECK_FALSE(isErrorCode(QStringLiteral("auth..revoked")));
    CHECK_FALSE(isErrorCode(QStringLiteral("auth.")));
    CHECK_FALSE(isErrorCode(QStringLiteral("Auth.revoked")));
}

TEST_CASE("Human text has no control characters and no surrounding spaces", "[protocol][wire]")
{
    CHECK(isCleanText(QStringLiteral("Xã Tân Lập")));
    CHECK(isCleanText(QString()));
    CHECK_FALSE(isCleanText(QStringLiteral("Xã\tTân")));
    CHECK_FALSE(isCleanText(QStringLiteral(" Xã")));
    CHECK_FALSE(isCleanText(QString(QChar(0xD800))));
}
