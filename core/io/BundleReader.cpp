#include "BundleReader.h"

#include "domain/SystemErrorText.h"

#include "BundleCrypto.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::BundleReader", text);
}

Error checksumMismatch(const QString &what)
{
    return makeError(QStringLiteral("bundle.checksum_mismatch"),
        tr("The bundle was altered or damaged: %1 does not match its checksum. Nothing was imported.").arg(what));
}

// The op record must be the wire op the manifest names: an object whose op_id, entity and id are
// the entry's (the rest is checked by whoever applies it).
bool opMatches(const QJsonObject &op, const BundleOpEntry &entry)
{
    return op.value(QStringLiteral("op_id")).toString() == entry.opId
        && op.value(QStringLiteral("entity")).toString() == entry.entity
        && op.value(QStringLiteral("id")).toString() == entry.entityId;
}

} // namespace

BundleReader::BundleReader(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{
}

Error BundleReader::truncated() const
{
    return makeError(QStringLiteral("bundle.truncated"),
        tr("The bundle %1 is incomplete (the copy was interrupted or the file was cut). Nothing was imported.")
            .arg(m_path));
}

Result<QByteArray> BundleReader::readExactly(qint64 bytes)
{
    QByteArray data = m_file.read(bytes);
    if (data.size() != bytes)
        return truncated();
    return data;
}

Result<qint64> BundleReader::readRecordHeader(char expectedKind, qint64 expectedLength)
{
    auto header = readExactly(BundleFormat::kRecordHeaderBytes);
    if (!header)
        return header.error();
    const qint64 length = static_cast<qint64>(qFromBigEndian<quint64>(header->constData() + 1));
    if (header->at(0) != expectedKind || (expectedLength >= 0 && length != expectedLength))
        return checksumMismatch(tr("the record at byte %1").arg(m_file.pos() - BundleFormat::kRecordHeaderBytes));
    return length;
}

Status BundleReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("bundle.unreadable"),
            tr("The bundle %1 cannot be read: %2").arg(m_path, SystemErrorText::file(m_file.errorString())));
    }
    const qint64 size = m_file.size();
    const QByteArray header = m_file.read(BundleFormat::kHeaderBytes);
    if (header.size() < 8 || std::memcmp(header.constData(), BundleFormat::kMagic, 8) != 0) {
        return makeError(QStringLiteral("bundle.not_a_bundle"), tr("%1 is not a MotCua bundle file.").arg(m_path));
    }
    if (header.size() != BundleFormat::kHeaderBytes)
        return truncated();
    const quint32 version = qFromBigEndian<quint32>(header.constData() + 8);
    if (version != BundleFormat::kVersion) {
        return makeError(QStringLiteral("bundle.unsupported_version"),
            tr("This bundle has format version %1; this program reads version %2. Update MotCua.")
                .arg(version)
                .arg(BundleFormat::kVersion));
    }
    if (qFromBigEndian<quint32>(header.constData() + 12) != 0)
        return checksumMismatch(tr("the header"));
    const qint64 minimum = BundleFormat::kHeaderBytes + 2 * BundleFormat::kRecordHeaderBytes
        + BundleCrypto::kSignatureBytes + BundleFormat::kTrailerBytes;
    if (size < minimum)
        return truncated();

    // The trailer: a cut file has none (or another record's bytes where it should be).
    if (!m_file.seek(size - BundleFormat::kTrailerBytes))
        return truncated();
    auto trailer = readExactly(BundleFormat::kTrailerBytes);
    if (!trailer)
        return trailer.error();
    if (std::memcmp(trailer->constData() + 8, BundleFormat::kTrailerMagic, 8) != 0)
        return truncated();
    // Compared unsigned first: a huge offset must not overflow the subtraction below.
    const quint64 storedOffset = qFromBigEndian<quint64>(trailer->constData());
    if (storedOffset > static_cast<quint64>(size))
        return truncated();
    const qint64 manifestOffset = static_cast<qint64>(storedOffset);
    const qint64 tail = size - manifestOffset;
    const qint64 fixedTail
        = 2 * BundleFormat::kRecordHeaderBytes + BundleCrypto::kSignatureBytes + BundleFormat::kTrailerBytes;
    if (manifestOffset < BundleFormat::kHeaderBytes || tail < fixedTail
        || tail - fixedTail > BundleFormat::kMaxManifestBytes)
        return truncated();

    if (!m_file.seek(manifestOffset))
        return truncated();
    auto manifestLength = readRecordHeader(BundleFormat::kManifestRecord, tail - fixedTail);
    if (!manifestLength)
        return manifestLength.error();
    auto manifestJson = readExactly(*manifestLength);
    if (!manifestJson)
        return manifestJson.error();
    if (auto signatureLength = readRecordHeader(BundleFormat::kSignatureRecord, BundleCrypto::kSignatureBytes);
        !signatureLength)
        return signatureLength.error();
    auto signature = readExactly(BundleCrypto::kSignatureBytes);
    if (!signature)
        return signature.error();

    auto manifest = BundleManifest::fromJson(*manifestJson);
    if (!manifest)
        return manifest.error();
    if (manifest->bodyBytes != manifestOffset - BundleFormat::kHeaderBytes)
        return truncated();
    m_manifest = *manifest;
    m_manifestJson = *manifestJson;
    m_signature = *signature;
    return {};
}

Status BundleReader::trust(const QByteArray &provincePublicKey, const QString &commune) const
{
    if (!BundleCrypto::verifyCertificate(m_manifest.deviceCertificate, m_manifest.deviceId, m_manifest.communeCode,
            m_manifest.devicePublicKey, provincePublicKey)) {
        return makeError(QStringLiteral("bundle.untrusted_certificate"),
            tr("The bundle's device certificate was not issued by this province for device %1 of commune %2. "
               "Nothing was imported.")
                .arg(m_manifest.deviceId, m_manifest.communeCode));
    }
    if (!commune.isEmpty() && m_manifest.communeCode != commune) {
        return makeError(QStringLiteral("bundle.foreign_commune"),
            tr("The bundle belongs to commune %1, this device to commune %2. Nothing was imported.")
                .arg(m_manifest.communeCode, commune));
    }
    if (!BundleCrypto::verify(BundleFormat::signedMessage(m_manifestJson), m_signature, m_manifest.devicePublicKey)) {
        return makeError(QStringLiteral("bundle.bad_signature"),
            tr("The bundle's signature is not valid: it was altered after device %1 made it. Nothing was imported.")
                .arg(m_manifest.deviceId));
    }
    return {};
}

Status BundleReader::read(BundleVisitor *visitor)
{
    if (!m_file.seek(BundleFormat::kHeaderBytes))
        return truncated();
    for (const BundleBlobEntry &blob : std::as_const(m_manifest.blobs)) {
        if (auto length = readRecordHeader(BundleFormat::kBlobRecord, blob.size); !length)
            return length.error();
        if (visitor) {
            if (auto s = visitor->blobBegin(blob); !s)
                return s;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 remaining = blob.size;
        while (remaining > 0) {
            auto chunk = readExactly(std::min(remaining, BundleFormat::kChunkBytes));
            if (!chunk)
                return chunk.error();
            hash.addData(*chunk);
            remaining -= chunk->size();
            if (visitor) {
                if (auto s = visitor->blobChunk(*chunk); !s)
                    return s;
            }
        }
        if (QString::fromLatin1(hash.result().toHex()) != blob.sha256)
            return checksumMismatch(tr("the attachment %1").arg(blob.sha256));
        if (visitor) {
            if (auto s = visitor->blobEnd(blob); !s)
                return s;
        }
    }
    for (const BundleOpEntry &entry : std::as_const(m_manifest.ops)) {
        if (auto length = readRecordHeader(BundleFormat::kOpRecord, entry.bytes); !length)
            return length.error();
        auto bytes = readExactly(entry.bytes);
        if (!bytes)
            return bytes.error();
        if (QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex()) != entry.sha256)
            return checksumMismatch(tr("the change %1").arg(entry.opId));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject() || !opMatches(document.object(), entry)) {
            return makeError(QStringLiteral("bundle.malformed"),
                tr("The change %1 in the bundle is not a valid operation. Nothing was imported.").arg(entry.opId));
        }
        if (visitor) {
            if (auto s = visitor->op(entry, document.object()); !s)
                return s;
        }
    }
    if (m_file.pos() != BundleFormat::kHeaderBytes + m_manifest.bodyBytes)
        return checksumMismatch(tr("the end of the records"));
    return {};
}

} // namespace motcua
