#include "TempDir.h"

#include "io/BundleCrypto.h"
#include "io/BundleReader.h"
#include "io/BundleWriter.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace motcua;

namespace {

const QString kCommune = QStringLiteral("12345");

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The province and one enrolled device of kCommune with its certificate.
struct Keys
{
    SigningKeyPair province = BundleCrypto::generateKeyPair();
    SigningKeyPair device = BundleCrypto::generateKeyPair();
    QString deviceId = uuid();

    BundleSigner signer(const QString &commune = kCommune) const
    {
        return BundleSigner{deviceId, commune, QStringLiteral("K7Q2"), device.publicKey, device.secretKey,
            BundleCrypto::issueCertificate(deviceId, commune, device.publicKey, province.secretKey)};
    }
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QJsonObject wireOp(const QString &opId, const QString &blob = {})
{
    return QJsonObject{{QStringLiteral("op_id"), opId}, {QStringLiteral("entity"), QStringLiteral("dossier")},
        {QStringLiteral("id"), uuid()}, {QStringLiteral("base_version"), 0},
        {QStringLiteral("fields"), QJsonObject{{QStringLiteral("applicant_name"), QStringLiteral("Nguyễn Văn An")}}},
        {QStringLiteral("blob_refs"), blob.isEmpty() ? QJsonArray{} : QJsonArray{blob}}};
}

// A bundle with two attachments (one of 600 KiB: several chunks; one empty) and three ops.
struct Sample
{
    QList<QByteArray> blobs;
    QList<QJsonObject> ops;
    BundleManifest manifest;
};

Sample writeSample(const TempDir &dir, const QString &path, const BundleSigner &signer)
{
    Sample sample;
    QByteArray big(600 * 1024, '\0');
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 7919) % 251);
    sample.blobs = {big, QByteArray()};
    BundleWriter writer(path, signer);
    REQUIRE(writer.begin());
    for (qsizetype i = 0; i < sample.blobs.size(); ++i) {
        const QString file = dir.file(QStringLiteral("blob%1").arg(i));
        writeAll(file, sample.blobs[i]);
        const QString sha256
            = QString::fromLatin1(QCryptographicHash::hash(sample.blobs[i], QCryptographicHash::Sha256).toHex());
        QFile source(file);
        REQUIRE(source.open(QIODevice::ReadOnly));
        REQUIRE(writer.addBlob(
            source, BundleBlobEntry{sha256, 0, QStringLiteral("image/jpeg"), QStringLiteral("scan.jpg")}));
    }
    const QString firstBlob = QString::fromLatin1(QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex());
    for (int i = 0; i < 3; ++i) {
        const QJsonObject op = wireOp(uuid(), i == 0 ? firstBlob : QString());
        sample.ops.append(op);
        REQUIRE(writer.addOp(BundleOpEntry{op.value(QStringLiteral("op_id")).toString(), QStringLiteral("dossier"),
                                 op.value(QStringLiteral("id")).toString(), {}, 0},
            QJsonDocument(op).toJson(QJsonDocument::Compact)));
    }
    auto manifest = writer.finish(QDateTime::currentDateTimeUtc());
    REQUIRE(manifest);
    sample.manifest = *manifest;
    return sample;
}

// Collects what a bundle holds, in file order.
class Collect final : public BundleVisitor
{
public:
    Status blobBegin(const BundleBlobEntry &) override
    {
        blobs.append(QByteArray());
        return {};
    }
    Status blobChunk(const QByteArray &chunk) override
    {
        blobs.last().append(chunk);
        return {};
    }
    Status op(const BundleOpEntry &, const QJsonObject &op) override
    {
        ops.append(op);
        return {};
    }

    QList<QByteArray> blobs;
    QList<QJsonObject> ops;
};

// Everything an importer checks before applying; the error code of the first refusal, or "".
QString verify(const QString &path, const QByteArray &provinceKey, const QString &commune = kCommune)
{
    BundleReader reader(path);
    if (Status s = reader.open(); !s)
        return s.error().code;
    if (Status s = reader.trust(provinceKey, commune); !s)
        return s.error().code;
    if (Status s = reader.read(nullptr); !s)
        return s.error().code;
    return {};
}

} // namespace

TEST_CASE("a bundle reads back the manifest, the attachments and the ops it was written with", "[bundle]")
{
    TempDir dir;
    const Keys keys;
    const QString path = dir.file(QStringLiteral("work.mcbundle"));
    const Sample sample = writeSample(dir, path, keys.signer());

    BundleReader reader(path);
    REQUIRE(reader.open());
    CHECK(reader.manifest() == sample.manifest);
    CHECK(reader.manifest().deviceId == keys.deviceId);
    CHECK(reader.manifest().communeCode == kCommune);
    CHECK(reader.manifest().ops.size() == 3);
    CHECK(reader.manifest().blobs.size() == 2);
    CHECK(reader.manifest().blobs[0].size == 600 * 1024);
    CHECK(reader.trust(keys.province.publicKey, kCommune));
    Collect collected;
    REQUIRE(reader.read(&collected));
    CHECK(collected.blobs == sample.blobs);
    CHECK(collected.ops == sample.ops);
    // A second pass (the importer's apply after its check) sees the same.
    Collect again;
    REQUIRE(reader.read(&again));
    CHECK(again.ops == sample.ops);
}

TEST_CASE("a bundle cut at any length is refused as incomplete or damaged", "[bundle]")
{
    TempDir dir;
    const Keys keys;
    const QString path = dir.file(QStringLiteral("work.mcbundle"));
    writeSample(dir, path, keys.signer());
    const QByteArray whole = readAll(path);
    const QString cut = dir.file(QStringLiteral("cut.mcbundle"));
    int refused = 0;
    for (qsizetype length = 0; length < whole.size();
         length += (length < 256 || length > whole.size() - 4096) ? 1 : 4093) {
        writeAll(cut, whole.left(length));
        const QString code = verify(cut, keys.province.publicKey);
        INFO("length " << length);
        CHECK(!code.isEmpty());
        if (length >= 8)
            CHECK((code == QLatin1String("bundle.truncated") || code == QLatin1String("bundle.checksum_mismatch")));
        ++refused;
    }
    CHECK(refused > 2000); // every length past the big attachment, and a sample inside it
    // Bytes appended after the trailer are refused too.
    writeAll(cut, whole + QByteArray("x"));
    CHECK(verify(cut, keys.province.publicKey) == QLatin1String("bundle.truncated"));
}

TEST_CASE("a bundle with any one byte changed is refused", "[bundle]")
{
    TempDir dir;
    const Keys keys;
    const QString path = dir.file(QStringLiteral("work.mcbundle"));
    writeSample(dir, path, keys.signer());
    const QByteArray whole = readAll(path);
    const QString altered = dir.file(QStringLiteral("altered.mcbundle"));
    const qsizetype bigStart = 16 + 9;
    const qsizetype bigEnd = bigStart + 600 * 1024;
    // Every byte of the frame, ops, manifest and signature; a sample of the big attachment (each
    // altered copy is a 600 KiB write).
    for (qsizetype i = 0; i < whole.size(); i += (i > bigStart + 64 && i < bigEnd - 64) ? 1021 : 1) {
        QByteArray bytes = whole;
        bytes[i] = char(bytes[i] ^ 0x01);
        writeAll(altered, bytes);
        INFO("byte " << i);
        CHECK(!verify(altered, keys.province.publicKey).isEmpty());
    }
    CHECK(verify(path, keys.province.publicKey).isEmpty());
}

TEST_CASE("a bundle certified by another province key is refused", "[bundle]")
{
    TempDir dir;
    const Keys keys;
    const QString path = dir.file(QStringLiteral("work.mcbundle"));
    writeSample(dir, path, keys.signer());
    const SigningKeyPair otherProvince = BundleCrypto::generateKeyPair();
    CHECK(verify(path, otherProvince.publicKey) == QLatin1String("bundle.untrusted_certificate"));
}

TEST_CASE("a bundle of another commune is refused by a device of this commune", "[bundle]")
{
    TempDir dir;
    const Keys keys;
    const QString path = dir.file(QStringLiteral("work.mcbundle"));
    writeSample(dir, path, keys.signer(QStringLiteral("54321")));
    CHECK(verify(path, keys.province.publicKey) == QLatin1String("bundle.foreign_commune"));
    // The server serves every commune: it checks only that the province certified it.
    CHECK(verify(path, keys.province.publicKey, QString()).isEmpty());
}

TEST_CASE("a bundle re-signed by another device is refused", "[bundle]")
{
    TempDir dir;
    const Keys origin;
    Keys other;
    other.province = origin.province; // another enrolled device of the same province and commune
    const QString path = dir.file(QStringLiteral("work.mcbundle"));

    SECTION("its own certificate and key, but the origin's device id")
    {
        BundleSigner signer = other.signer();
        signer.deviceId = origin.deviceId;
        writeSample(dir, path, signer);
        CHECK(verify(path, origin.province.publicKey) == QLatin1String("bundle.untrusted_certificate"));
    }
    SECTION("the origin's certificate, signed with another key")
    {
        BundleSigner signer = origin.signer();
        signer.secretKey = other.device.secretKey;
        writeSample(dir, path, signer);
        CHECK(verify(path, origin.province.publicKey) == QLatin1String("bundle.bad_signature"));
    }
}

TEST_CASE("a file that is not a bundle is named as such", "[bundle]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("photo.jpg"));
    writeAll(path, QByteArray("\xff\xd8\xff\xe0 not a bundle at all", 24));
    CHECK(verify(path, BundleCrypto::generateKeyPair().publicKey) == QLatin1String("bundle.not_a_bundle"));
    CHECK(verify(dir.file(QStringLiteral("missing.mcbundle")), {}) == QLatin1String("bundle.unreadable"));
}

TEST_CASE("a damaged local attachment is not written into a bundle and leaves no file", "[bundle]")
{
    TempDir dir;
    const Keys keys;
    const QString path = dir.file(QStringLiteral("work.mcbundle"));
    const QString blob = dir.file(QStringLiteral("blob"));
    writeAll(blob, QByteArray("the scan"));
    {
        BundleWriter writer(path, keys.signer());
        REQUIRE(writer.begin());
        QFile source(blob);
        REQUIRE(source.open(QIODevice::ReadOnly));
        const Status added = writer.addBlob(source, BundleBlobEntry{QString(64, u'a'), 0, {}, {}});
        REQUIRE(!added);
        CHECK(added.error().code == QLatin1String("bundle.blob_corrupt"));
    }
    CHECK(!QFile::exists(path));
}

TEST_CASE("base64url keys have exactly one spelling", "[bundle]")
{
    const QByteArray key = BundleCrypto::generateKeyPair().publicKey;
    const QString text = BundleCrypto::toBase64Url(key);
    CHECK(text.size() == 43);
    CHECK(BundleCrypto::fromBase64Url(text, 32) == key);
    CHECK(!BundleCrypto::fromBase64Url(text + QStringLiteral("="), 32));
    CHECK(!BundleCrypto::fromBase64Url(text.left(42), 32));
    CHECK(!BundleCrypto::fromBase64Url(text, 64));
}
