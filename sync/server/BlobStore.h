#pragma once

#include "domain/Result.h"
#include "protocol/Blob.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace motcua::server {

class ServerDatabase;
struct DeviceInfo;

// What a chunk upload did. hashMismatch: the last chunk completed the declared size but the whole
// file did not hash to its name, so the upload was discarded (422 blob.hash_mismatch).
struct ChunkOutcome
{
    protocol::BlobChunkAck ack;
    bool hashMismatch = false;
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

// Attachments as the protocol's resumable chunked upload leaves them (docs/protocol.md "Blobs"):
// content-addressed by SHA-256 and kept in the database as chunk rows, so server instances that
// share a PostgreSQL database hold nothing on their own disks. Every write is one transaction
// whose guard is the row's `received`: a chunk is appended only at exactly that offset, so two
// uploaders of the same blob (or a resent chunk) can never interleave bytes.
class BlobStore final
{
public:
    explicit BlobStore(ServerDatabase &db);

    // What the server holds; an unknown blob is {size: null, received: 0, complete: false}.
    Result<protocol::BlobStatus> status(const QString &sha256);

    // One verified chunk (its length and X-Chunk-SHA256 already checked by the caller). Errors:
    // blob.size_mismatch, blob.offset_mismatch, unavailable, internal.
    Result<ChunkOutcome> putChunk(const DeviceInfo &device, const QString &sha256,
        const protocol::BlobChunkQuery &query, const QByteArray &chunk, const QDateTime &nowUtc);

    // A complete blob for a device of a commune whose records reference it. Errors: not_found
    // (unknown or incomplete), scope.commune, range.not_satisfiable.
    Result<BlobContent> content(const DeviceInfo &device, const QString &sha256, const QByteArray &rangeHeader);

    // Up to maxBytes of a complete blob from position on, at most one stored chunk's worth (a
    // download reads on from where the last piece ended). Errors: internal when nothing is stored
    // at position.
    Result<QByteArray> readContent(const QString &sha256, qint64 position, qint64 maxBytes);

private:
    Result<bool> wholeFileMatches(const QString &sha256, qint64 size);

    ServerDatabase &m_db;
};

} // namespace motcua::server
