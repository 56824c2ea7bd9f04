#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace motcua::protocol {

// Paths of the blob endpoints for a digest: /v2/blobs/<sha256> and /v2/blobs/<sha256>/content.
QString blobPath(const QString &sha256);
QString blobContentPath(const QString &sha256);

// GET /v2/blobs/<sha256>: what the server holds of an attachment. A blob the server has never
// seen is {"size": null, "received": 0, "complete": false}, not a 404, so resuming and starting are
// the same code path.
struct BlobStatus
{
    QString sha256;
    std::optional<qint64> size; // declared by the first chunk; null before
    qint64 received = 0; // bytes held, from offset 0
    bool complete = false; // received == size and the whole-file SHA-256 matched

    static Result<BlobStatus> fromJson(const QByteArray &body);
    static Result<BlobStatus> fromJson(const QJsonObject &object, const QString &path = {});
    QJsonObject toJson() const;

    bool operator==(const BlobStatus &) const = default;
};

// PUT /v2/blobs/<sha256>?offset=N&size=TOTAL: the query of one chunk upload.
struct BlobChunkQuery
{
    qint64 offset = 0; // must equal what the server has received (409 otherwise)
    qint64 size = 0; // the whole blob, ≤ limits::maxBlobBytes; the same for every chunk

    static Result<BlobChunkQuery> fromQuery(const QUrlQuery &query);
    QUrlQuery toQuery() const;

    // A chunk of chunkLength bytes fits this query: 1 to limits::maxChunkBytes bytes (0 only for an
    // empty blob) that end at or before size. "request.too_large" or "request.malformed".
    Status checkChunkLength(qint64 chunkLength) const;

    bool operator==(const BlobChunkQuery &) const = default;
};

// The chunk's own digest, header X-Chunk-SHA256: "request.malformed" when the header is not 64
// lower-case hex digits, "blob.chunk_mismatch" when the chunk does not hash to it.
Status verifyChunk(const QByteArray &chunk, const QByteArray &chunkSha256Header);

// The answer to a chunk upload.
struct BlobChunkAck
{
    qint64 received = 0;
    bool complete = false;

    static Result<BlobChunkAck> fromJson(const QByteArray &body);
    static Result<BlobChunkAck> fromJson(const QJsonObject &object, const QString &path = {});
    QJsonObject toJson() const;

    bool operator==(const BlobChunkAck &) const = default;
};

// A single byte range of GET /v2/blobs/<sha256>/content, both ends included.
struct ByteRange
{
    qint64 first = 0;
    qint64 last = 0;

    qint64 length() const { return last - first + 1; }
    // "bytes 0-99/1000"
    QByteArray contentRange(qint64 total) const;

    // The Range request header against a blob of `total` bytes. nullopt: serve the whole blob
    // (no header, or a form the server may ignore under RFC 9110 such as several ranges);
    // "range.not_satisfiable" when the range starts at or after the end.
    static Result<std::optional<ByteRange>> fromRangeHeader(const QByteArray &header, qint64 total);
    // "bytes=N-" for resuming a download at offset N.
    static QByteArray rangeHeaderFrom(qint64 offset);

    bool operator==(const ByteRange &) const = default;
};

// A Content-Range response header "bytes FIRST-LAST/TOTAL" (a client resuming a download checks
// it); total is in *total. "response.malformed" otherwise.
Result<ByteRange> parseContentRange(const QByteArray &header, qint64 *total);

} // namespace motcua::protocol
