#pragma once

#include "BundleFormat.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QFile>
#include <QJsonObject>
#include <QString>

namespace motcua {

// What an importer does with the records of a bundle, in file order: every blob (streamed in
// chunks; blobEnd only once its bytes hashed to its name), then every op (its record hashed to
// the manifest's value before op() sees it).
class BundleVisitor
{
public:
    virtual ~BundleVisitor() = default;
    virtual Status blobBegin(const BundleBlobEntry &) { return {}; }
    virtual Status blobChunk(const QByteArray &) { return {}; }
    virtual Status blobEnd(const BundleBlobEntry &) { return {}; }
    virtual Status op(const BundleOpEntry &, const QJsonObject &) { return {}; }
};

// Reads a bundle file without holding more than one chunk (or one op) of its body in memory.
// open() checks the frame (header, trailer, manifest, signature record, exact size); trust() the
// certificate and signature; read() streams the body and checks every record against the manifest.
// An importer calls read(nullptr) first and applies only after the whole file proved sound.
//
// Every refusal is an Error with a code: bundle.unreadable, bundle.not_a_bundle,
// bundle.unsupported_version, bundle.truncated, bundle.malformed, bundle.untrusted_certificate,
// bundle.bad_signature, bundle.foreign_commune, bundle.checksum_mismatch.
class BundleReader final
{
public:
    explicit BundleReader(QString path);

    Status open();
    const BundleManifest &manifest() const { return m_manifest; }

    // The certificate is the province's (provincePublicKey), it certifies the manifest's device,
    // commune and key, the commune is `commune` (skipped when empty: the server serves them all)
    // and the device signed this manifest.
    Status trust(const QByteArray &provincePublicKey, const QString &commune) const;

    // Streams the body; visitor may be null (a check only).
    Status read(BundleVisitor *visitor);

private:
    Error truncated() const;
    Result<QByteArray> readExactly(qint64 bytes);
    Result<qint64> readRecordHeader(char expectedKind, qint64 expectedLength);

    QString m_path;
    QFile m_file;
    BundleManifest m_manifest;
    QByteArray m_manifestJson;
    QByteArray m_signature;
};

} // namespace motcua
