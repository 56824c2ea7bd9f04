#include "BundleWriter.h"

#include "BundleCrypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>
#include <QtEndian>

#include <algorithm>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::BundleWriter", text);
}

// The rename is durable only once the directory entry is on disk too.
bool syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

BundleWriter::BundleWriter(QString path, BundleSigner signer)
    : m_path(std::move(path))
    , m_signer(std::move(signer))
{
}

BundleWriter::~BundleWriter()
{
    if (m_file)
        m_file->cancelWriting();
}

Error BundleWriter::writeError() const
{
    return makeError(QStringLiteral("bundle.write_failed"),
        tr("The bundle %1 could not be written: %2").arg(m_path, m_file ? m_file->errorString() : QString()));
}

Status BundleWriter::writeBytes(const QByteArray &bytes)
{
    if (m_file->write(bytes) != bytes.size())
        return writeError();
    return {};
}

Status BundleWriter::writeRecordHeader(char kind, qint64 length)
{
    QByteArray header(BundleFormat::kRecordHeaderBytes, '\0');
    header[0] = kind;
    qToBigEndian<quint64>(static_cast<quint64>(length), header.data() + 1);
    return writeBytes(header);
}

Status BundleWriter::begin()
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly))
        return writeError();
    QByteArray header(BundleFormat::kHeaderBytes, '\0');
    std::memcpy(header.data(), BundleFormat::kMagic, 8);
    qToBigEndian<quint32>(BundleFormat::kVersion, header.data() + 8);
    m_manifest = BundleManifest{};
    m_manifest.bundleId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_manifest.deviceId = m_signer.deviceId;
    m_manifest.communeCode = m_signer.communeCode;
    m_manifest.deviceTag = m_signer.deviceTag;
    m_manifest.devicePublicKey = m_signer.publicKey;
    m_manifest.deviceCertificate = m_signer.certificate;
    return writeBytes(header);
}

Status BundleWriter::addBlob(QIODevice &source, BundleBlobEntry entry)
{
    Q_ASSERT(m_file && !m_opsStarted);
    entry.size = source.size();
    if (entry.size > BundleFormat::kMaxBlobBytes) {
        return makeError(
            QStringLiteral("bundle.blob_too_large"), tr("The attachment %1 is larger than 64 MiB.").arg(entry.sha256));
    }
    if (auto s = writeRecordHeader(BundleFormat::kBlobRecord, entry.size); !s)
        return s;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 copied = 0;
    while (copied < entry.size) {
        const QByteArray chunk = source.read(std::min(BundleFormat::kChunkBytes, entry.size - copied));
        if (chunk.isEmpty())
            break;
        hash.addData(chunk);
        if (auto s = writeBytes(chunk); !s)
            return s;
        copied += chunk.size();
    }
    if (copied != entry.size || QString::fromLatin1(hash.result().toHex()) != entry.sha256) {
        return makeError(QStringLiteral("bundle.blob_corrupt"),
            tr("The attachment %1 on this computer is damaged (its content does not match its name); "
               "it was not put in the bundle.")
                .arg(entry.sha256));
    }
    m_manifest.bodyBytes += BundleFormat::kRecordHeaderBytes + entry.size;
    m_manifest.blobs.append(entry);
    return {};
}

Status BundleWriter::addOp(BundleOpEntry entry, const QByteArray &opJson)
{
    Q_ASSERT(m_file);
    m_opsStarted = true;
    if (opJson.size() > BundleFormat::kMaxOpBytes) {
        return makeError(
            QStringLiteral("bundle.op_too_large"), tr("The change %1 is too large for a bundle.").arg(entry.opId));
    }
    entry.bytes = opJson.size();
    entry.sha256 = QString::fromLatin1(QCryptographicHash::hash(opJson, QCryptographicHash::Sha256).toHex());
    if (auto s = writeRecordHeader(BundleFormat::kOpRecord, opJson.size()); !s)
        return s;
    if (auto s = writeBytes(opJson); !s)
        return s;
    m_manifest.bodyBytes += BundleFormat::kRecordHeaderBytes + entry.bytes;
    m_manifest.ops.append(entry);
    return {};
}

Result<BundleManifest> BundleWriter::finish(const QDateTime &createdAt)
{
    Q_ASSERT(m_file);
    m_manifest.createdAt = createdAt;
    const qint64 manifestOffset = BundleFormat::kHeaderBytes + m_manifest.bodyBytes;
    Q_ASSERT(m_file->pos() == manifestOffset);
    const QByteArray manifestJson = m_manifest.toJson();
    const QByteArray signature = BundleCrypto::sign(BundleFormat::signedMessage(manifestJson), m_signer.secretKey);
    if (signature.isEmpty())
        return makeError(QStringLiteral("bundle.no_key"), tr("This device has no valid signing key."));
    QByteArray trailer(BundleFormat::kTrailerBytes, '\0');
    qToBigEndian<quint64>(static_cast<quint64>(manifestOffset), trailer.data());
    std::memcpy(trailer.data() + 8, BundleFormat::kTrailerMagic, 8);
    for (const Status &s : {writeRecordHeader(BundleFormat::kManifestRecord, manifestJson.size()),
             writeBytes(manifestJson), writeRecordHeader(BundleFormat::kSignatureRecord, signature.size()),
             writeBytes(signature), writeBytes(trailer)}) {
        if (!s)
            return s.error();
    }
    // The bundle may be the only copy of a week's work once the laptop is gone: on disk before
    // its name appears.
    if (!m_file->flush() || ::fsync(m_file->handle()) != 0 || !m_file->commit()) {
        Error error = writeError();
        m_file.reset();
        return error;
    }
    m_file.reset();
    syncDirectory(QFileInfo(m_path).absolutePath());
    return m_manifest;
}

} // namespace motcua
