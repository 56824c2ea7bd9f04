#pragma once

#include "BundleFormat.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QString>

#include <memory>

class QSaveFile;

namespace motcua {

// Who signs a bundle: the device's enrollment and its key pair (BundleExportIdentity).
struct BundleSigner
{
    QString deviceId;
    QString communeCode;
    QString deviceTag;
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes
    QByteArray certificate; // the province's signature over (device id, commune, public key)
};

// Writes one bundle file (docs/bundle-format.md): blobs first, streamed from their files in
// chunks, then ops, then the signed manifest. The file appears under its name only when finish()
// succeeds (temporary file, fsync, rename, directory fsync); anything else leaves no file.
class BundleWriter final
{
public:
    BundleWriter(QString path, BundleSigner signer);
    ~BundleWriter();
    BundleWriter(const BundleWriter &) = delete;
    BundleWriter &operator=(const BundleWriter &) = delete;

    // Errors: "bundle.write_failed".
    Status begin();
    // Copies the attachment file; entry.sha256 must be what its bytes hash to ("bundle.blob_corrupt"
    // otherwise: a damaged local attachment is not carried). Every blob comes before the first op.
    Status addBlob(QIODevice &source, BundleBlobEntry entry);
    // The op's wire JSON (OutboxOp::toJson, compact); entry names its op id, entity and record id.
    Status addOp(BundleOpEntry entry, const QByteArray &opJson);
    // Signs the manifest and commits the file; the manifest written.
    Result<BundleManifest> finish(const QDateTime &createdAt);

private:
    Status writeRecordHeader(char kind, qint64 length);
    Status writeBytes(const QByteArray &bytes);
    Error writeError() const;

    QString m_path;
    BundleSigner m_signer;
    std::unique_ptr<QSaveFile> m_file;
    BundleManifest m_manifest;
    bool m_opsStarted = false;
};

} // namespace motcua
