#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

// The container of a USB bundle (docs/bundle-format.md): a header, the blob records, the op
// records, the manifest, the device's signature over the manifest, and a trailer that says where
// the manifest starts. Every record is one kind byte and a 64-bit big-endian length.
namespace BundleFormat {

constexpr char kMagic[] = "MCBUNDLE"; // 8 bytes at offset 0
constexpr char kTrailerMagic[] = "MCBEND\r\n"; // the last 8 bytes
constexpr quint32 kVersion = 1;
constexpr qint64 kHeaderBytes = 16; // magic, u32 version, u32 zero
constexpr qint64 kRecordHeaderBytes = 9; // kind, u64 length
constexpr qint64 kTrailerBytes = 16; // u64 manifest offset, trailer magic
constexpr char kBlobRecord = 'B';
constexpr char kOpRecord = 'O';
constexpr char kManifestRecord = 'M';
constexpr char kSignatureRecord = 'S';

// Bounds that a reader enforces before allocating anything.
constexpr qint64 kMaxManifestBytes = 64LL * 1024 * 1024;
constexpr qint64 kMaxOpBytes = 1024 * 1024; // an op's fields are at most 64 KiB on the wire
constexpr qint64 kMaxBlobBytes = 64LL * 1024 * 1024; // the protocol's blob limit
constexpr int kMaxOps = 200000;
constexpr int kMaxBlobs = 100000;
constexpr qint64 kChunkBytes = 256 * 1024; // the unit of streaming copies

// The label before the manifest in the signed message (a signature made for anything else can
// never pass as a bundle's).
QByteArray signedMessage(const QByteArray &manifestJson);

} // namespace BundleFormat

// One op of the bundle as the manifest lists it; the op record holds its wire JSON.
struct BundleOpEntry
{
    QString opId;
    QString entity;
    QString entityId;
    QString sha256; // of the op record's bytes
    qint64 bytes = 0;

    bool operator==(const BundleOpEntry &) const = default;
};

// One attachment of the bundle: its bytes hash to its name.
struct BundleBlobEntry
{
    QString sha256;
    qint64 size = 0;
    QString mediaType;
    QString originalName;

    bool operator==(const BundleBlobEntry &) const = default;
};

// What a bundle says about itself; signed as a whole by the device that made it.
struct BundleManifest
{
    int formatVersion = static_cast<int>(BundleFormat::kVersion);
    QString bundleId; // UUID made at export
    QString deviceId; // the origin device: the server deduplicates on (device_id, op_id)
    QString communeCode;
    QString deviceTag;
    QDateTime createdAt;
    QByteArray devicePublicKey; // 32 bytes
    QByteArray deviceCertificate; // the province's signature over (device id, commune, public key)
    qint64 bodyBytes = 0; // bytes of the blob and op records
    QList<BundleBlobEntry> blobs; // in file order, before the ops
    QList<BundleOpEntry> ops; // in file order: the outbox order

    QByteArray toJson() const;
    // Strict: unknown members, wrong types, malformed ids or hashes, repeated ops or blobs, and
    // counts or sizes past the bounds are refused with "bundle.malformed".
    static Result<BundleManifest> fromJson(const QByteArray &json);

    bool operator==(const BundleManifest &) const = default;
};

} // namespace motcua
