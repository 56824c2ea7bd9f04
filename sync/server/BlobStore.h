#pragma once

#include "domain/Result.h"
#include "protocol/Blob.h"
#include "protocol/Limits.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace motcua::server {

class ServerDatabase;
struct DeviceInfo;

// What a chunk upload did. hashMismatch: the last chunk completed the declared size but the whole
// file did not hash to its name, so the upload was discarded (422 blob.hash_mismatch).
// offsetMismatch: the chunk does not continue the upload; the bytes the commune holds (409
// blob.offset_mismatch with "received").
struct ChunkOutcome
{
    protocol::BlobChunkAck ack;
    bool hashMismatch = false;
    std::optional<qint64> offsetMismatch;
};

// A blob download as it was granted: the requested range (or the whole blob). The bytes are read
// afterwards piece by piece (readContent), so a download never holds the whole blob.
struct BlobContent
{
    qint64 total = 0;
    std::optional<protocol::ByteRange> range; // nullopt: the whole blob

    qint64 first() const { return range ? range->first : 0; }
    qint64 length() const { return range ? range->last - range->first + 1 : total; }
};

// How much a commune may store (serve --commune-quota).
inline constexpr qint64 defaultCommuneQuota = 20 * 1024 * protocol::limits::MiB;

// Scans as the protocol's resumable chunked upload leaves them (docs/protocol.md "Blobs"), per
// commune: a commune's status, upload, completion and download concern its own rows only, so no
// device can block, complete, probe or read another commune's scan. Kept in the database as chunk
// rows, so server instances that share a PostgreSQL database hold nothing on their own disks.
// Every write is one transaction whose guard is the row's `received`: a chunk is appended only at
// exactly that offset, so two uploaders (or a resent chunk) can never interleave bytes. When a
// commune's scan completes, a `scan` change goes into the commune's log.
class BlobStore final
{
public:
    explicit BlobStore(ServerDatabase &db, qint64 communeQuota = defaultCommuneQuota);

    // What the device's commune holds; a scan it never started is {size: null, received: 0,
    // complete: false}, whatever other communes hold.
    Result<protocol::BlobStatus> status(const DeviceInfo &device, const QString &sha256);

    // One verified chunk (its length and X-Chunk-SHA256 already checked by the caller). Errors:
    // blob.size_mismatch, quota.exceeded, unavailable, internal.
    Result<ChunkOutcome> putChunk(const DeviceInfo &device, const QString &sha256,
        const protocol::BlobChunkQuery &query, const QByteArray &chunk, const QDateTime &nowUtc);

    // A complete scan of the device's commune. Errors: blob.pending (referenced by the commune's
    // records, not complete yet), not_found (anything else), range.not_satisfiable.
    Result<BlobContent> content(const DeviceInfo &device, const QString &sha256, const QByteArray &rangeHeader);

    // Up to maxBytes of a complete blob from position on, at most one stored chunk's worth (a
    // download reads on from where the last piece ended). Errors: internal when nothing is stored
    // at position.
    Result<QByteArray> readContent(const QString &communeCode, const QString &sha256, qint64 position, qint64 maxBytes);

private:
    Result<bool> wholeFileMatches(const QString &communeCode, const QString &sha256, qint64 size);
    Status completed(const DeviceInfo &device, const QString &sha256, qint64 size, const QDateTime &nowUtc);

    ServerDatabase &m_db;
    qint64 m_quota;
};

} // namespace motcua::server
