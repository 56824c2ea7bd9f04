#include "BundleImport.h"

#include "BlobStore.h"
#include "BundleProvinceKey.h"
#include "ServerDatabase.h"
#include "io/BundleReader.h"
#include "protocol/Limits.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace motcua::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::BundleImport", text);
}

// The verification pass: every op must be a valid wire op, exactly what a push would accept.
class CheckOps final : public BundleVisitor
{
public:
    Status op(const BundleOpEntry &entry, const QJsonObject &json) override
    {
        const Result<protocol::PushOp> op = protocol::PushOp::fromJson(json, QStringLiteral("ops[%1]").arg(m_index++));
        if (!op) {
            return makeError(QStringLiteral("bundle.malformed"),
                tr("The change %1 in the bundle is not a valid operation (%2). Nothing was imported.")
                    .arg(entry.opId, op.error().message));
        }
        return {};
    }

private:
    int m_index = 0;
};

// The apply pass: blobs through the resumable upload's own store (so a blob half-uploaded by the
// device over the network is completed, not duplicated), ops in push batches.
class ApplyBundle final : public BundleVisitor
{
public:
    ApplyBundle(BlobStore &blobs, ServerStore &store, const DeviceInfo &device, const QDateTime &now,
        ServerBundleReport &report)
        : m_blobs(blobs)
        , m_store(store)
        , m_device(device)
        , m_now(now)
        , m_report(report)
    {
    }

    Status blobBegin(const BundleBlobEntry &blob) override
    {
        m_offset = 0;
        m_size = blob.size;
        m_sha256 = blob.sha256;
        m_wrote = false;
        const Result<protocol::BlobStatus> status = m_blobs.status(m_device, blob.sha256);
        if (!status)
            return status.error();
        m_complete = status->complete;
        m_received = status->received;
        if (status->size && *status->size != blob.size)
            return blobError();
        return {};
    }

    Status blobChunk(const QByteArray &chunk) override
    {
        const qint64 start = m_offset;
        m_offset += chunk.size();
        if (m_complete || m_offset <= m_received)
            return {}; // the server holds these bytes already
        const qint64 skip = std::max<qint64>(0, m_received - start);
        return put(chunk.mid(skip), start + skip);
    }

    Status blobEnd(const BundleBlobEntry &blob) override
    {
        if (!m_complete && blob.size == 0)
            return put({}, 0);
        if (m_wrote)
            ++m_report.blobsStored;
        return {};
    }

    Status op(const BundleOpEntry &, const QJsonObject &json) override
    {
        // Checked by the verification pass; a file changed since then is refused here.
        Result<protocol::PushOp> op = protocol::PushOp::fromJson(json);
        if (!op)
            return makeError(QStringLiteral("bundle.malformed"), op.error().message);
        m_batch.append(std::move(op).value());
        if (m_batch.size() >= protocol::limits::maxOpsPerBatch)
            return flush();
        return {};
    }

    Status flush()
    {
        if (m_batch.isEmpty())
            return {};
        const Result<QList<protocol::PushResult>> results = m_store.push(m_device, m_batch, m_now);
        if (!results)
            return results.error();
        m_report.results.append(*results);
        m_batch.clear();
        return {};
    }

private:
    Error blobError() const
    {
        return makeError(QStringLiteral("bundle.blob_failed"),
            tr("The attachment %1 could not be stored: the server holds a different upload of it.").arg(m_sha256));
    }

    Status put(const QByteArray &bytes, qint64 offset)
    {
        const Result<ChunkOutcome> outcome
            = m_blobs.putChunk(m_device, m_sha256, protocol::BlobChunkQuery{offset, m_size}, bytes, m_now);
        if (!outcome)
            return outcome.error();
        if (outcome->hashMismatch || outcome->offsetMismatch)
            return blobError();
        m_wrote = true;
        m_received = outcome->ack.received;
        return {};
    }

    BlobStore &m_blobs;
    ServerStore &m_store;
    const DeviceInfo &m_device;
    QDateTime m_now;
    ServerBundleReport &m_report;
    QList<protocol::PushOp> m_batch;
    QString m_sha256;
    qint64 m_size = 0;
    qint64 m_offset = 0;
    qint64 m_received = 0;
    bool m_complete = false;
    bool m_wrote = false;
};

} // namespace

ServerBundleImport::ServerBundleImport(ServerDatabase &db, ServerStore &store)
    : m_db(db)
    , m_store(store)
{
}

Result<ServerBundleReport> ServerBundleImport::importFile(const QString &path, const QDateTime &nowUtc)
{
    const Result<SigningKeyPair> provinceKey = BundleProvinceKey(m_db).get();
    if (!provinceKey)
        return provinceKey.error();
    BundleReader reader(path);
    if (Status s = reader.open(); !s)
        return s.error();
    // Every commune's bundle is welcome here; the commune must be the one the province certified.
    if (Status s = reader.trust(provinceKey->publicKey, {}); !s)
        return s.error();
    const BundleManifest &manifest = reader.manifest();

    const Result<std::optional<QVariantList>> row = m_db.selectRow(
        QStringLiteral("SELECT commune_code, commune_name, device_tag, device_name, enrolled_at, revoked_at "
                       "FROM devices WHERE device_id = ?"),
        {manifest.deviceId});
    if (!row)
        return row.error();
    if (!*row) {
        return makeError(QStringLiteral("bundle.unknown_device"),
            tr("The bundle's device %1 is not enrolled on this server. Nothing was imported.").arg(manifest.deviceId));
    }
    const QVariantList &columns = **row;
    DeviceInfo device{manifest.deviceId, columns[0].toString(), columns[1].toString(), columns[2].toString(),
        columns[3].toString(), parseTimeText(columns[4]), std::nullopt};
    if (device.communeCode != manifest.communeCode) {
        return makeError(QStringLiteral("bundle.foreign_commune"),
            tr("The bundle says commune %1, but device %2 is enrolled in commune %3. Nothing was imported.")
                .arg(manifest.communeCode, manifest.deviceId, device.communeCode));
    }
    if (!columns[5].isNull() && !columns[5].toString().isEmpty()) {
        // A revoked device's key is no longer trusted (a stolen laptop could still sign).
        return makeError(QStringLiteral("bundle.device_revoked"),
            tr("The bundle's device %1 was revoked by the province; its bundles are not accepted. "
               "Nothing was imported.")
                .arg(manifest.deviceId));
    }
    CheckOps check;
    if (Status s = reader.read(&check); !s)
        return s.error();

    ServerBundleReport report;
    report.manifest = manifest;
    BlobStore blobs(m_db);
    ApplyBundle apply(blobs, m_store, device, nowUtc, report);
    if (Status s = reader.read(&apply); !s)
        return s.error();
    if (Status s = apply.flush(); !s)
        return s.error();
    return report;
}

} // namespace motcua::server
