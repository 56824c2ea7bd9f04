#include "BlobStore.h"

#include "ServerDatabase.h"
#include "ServerStore.h"
#include "protocol/ErrorBody.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace motcua::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::BlobStore", text);
}

// size, received, complete of a blob row.
struct BlobRow
{
    std::optional<qint64> size;
    qint64 received = 0;
    bool complete = false;
};

Result<std::optional<BlobRow>> readBlob(ServerDatabase &db, const QString &sha256)
{
    const Result<std::optional<QVariantList>> found
        = db.selectRow(QStringLiteral("SELECT size, received, complete FROM blobs WHERE sha256 = ?"), {sha256});
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<BlobRow>();
    const QVariantList &row = **found;
    BlobRow blob;
    if (!row[0].isNull())
        blob.size = row[0].toLongLong();
    blob.received = row[1].toLongLong();
    blob.complete = row[2].toInt() != 0;
    return std::optional<BlobRow>(blob);
}

Error offsetMismatch(qint64 received)
{
    return Error{QString::fromLatin1(protocol::errors::blobOffsetMismatch),
        tr("The server holds the first %1 bytes of this file; continue from there.").arg(received)};
}

} // namespace

BlobStore::BlobStore(ServerDatabase &db)
    : m_db(db)
{
}

Result<protocol::BlobStatus> BlobStore::status(const QString &sha256)
{
    const Result<std::optional<BlobRow>> found = readBlob(m_db, sha256);
    if (!found)
        return found.error();
    protocol::BlobStatus status;
    status.sha256 = sha256;
    if (*found) {
        status.size = (*found)->size;
        status.received = (*found)->received;
        status.complete = (*found)->complete;
    }
    return status;
}

Result<ChunkOutcome> BlobStore::putChunk(const DeviceInfo &device, const QString &sha256,
    const protocol::BlobChunkQuery &query, const QByteArray &chunk, const QDateTime &nowUtc)
{
    return m_db.transaction([&]() -> Result<ChunkOutcome> {
        Result<std::optional<BlobRow>> found = readBlob(m_db, sha256);
        if (!found)
            return found.error();
        if (!*found || !(*found)->size) {
            // The first chunk declares the size (also after a discarded upload). Guarded writes:
            // a concurrent first chunk of another device makes these change nothing, and the row
            // read again below is the one that won.
            const Result<qint64> declared = *found
                ? m_db.exec(QStringLiteral("UPDATE blobs SET size = ?, commune_code = ?, started_at = ? "
                                           "WHERE sha256 = ? AND size IS NULL"),
                    {query.size, device.communeCode, timeText(nowUtc), sha256})
                : m_db.exec(QStringLiteral("INSERT INTO blobs (sha256, size, received, complete, commune_code, "
                                           "started_at) VALUES (?, ?, 0, 0, ?, ?) ON CONFLICT DO NOTHING"),
                    {sha256, query.size, device.communeCode, timeText(nowUtc)});
            if (!declared)
                return declared.error();
            found = readBlob(m_db, sha256);
            if (!found)
                return found.error();
            if (!*found || !(*found)->size)
                return Error{QString::fromLatin1(protocol::errors::unavailable), tr("The upload changed; try again.")};
        }
        const BlobRow blob = **found;
        if (*blob.size != query.size)
            return Error{QString::fromLatin1(protocol::errors::blobSizeMismatch),
                tr("This file was declared with %1 bytes, not %2.").arg(*blob.size).arg(query.size)};
        if (blob.complete)
            return ChunkOutcome{protocol::BlobChunkAck{blob.received, true}, false};
        const qint64 length = chunk.size();
        if (query.offset != blob.received) {
            // A chunk the server holds already (the answer to an earlier try was lost): say where
            // the upload stands and write nothing.
            if (query.offset + length <= blob.received)
                return ChunkOutcome{protocol::BlobChunkAck{blob.received, false}, false};
            return offsetMismatch(blob.received);
        }
        const qint64 received = blob.received + length;
        const Result<qint64> advanced = m_db.exec(
            QStringLiteral("UPDATE blobs SET received = ? WHERE sha256 = ? AND received = ? AND complete = 0"),
            {received, sha256, blob.received});
        if (!advanced)
            return advanced.error();
        if (*advanced != 1)
            return offsetMismatch(blob.received);
        if (length > 0) {
            const Result<qint64> stored
                = m_db.exec(QStringLiteral("INSERT INTO blob_chunks (sha256, start, bytes, data) VALUES (?, ?, ?, ?)"),
                    {sha256, query.offset, length, chunk});
            if (!stored)
                return stored.error();
        }
        if (received < *blob.size)
            return ChunkOutcome{protocol::BlobChunkAck{received, false}, false};

        const Result<bool> matches = wholeFileMatches(sha256, *blob.size);
        if (!matches)
            return matches.error();
        if (*matches) {
            const Result<qint64> completed
                = m_db.exec(QStringLiteral("UPDATE blobs SET complete = 1, completed_at = ? WHERE sha256 = ?"),
                    {timeText(nowUtc), sha256});
            if (!completed)
                return completed.error();
            return ChunkOutcome{protocol::BlobChunkAck{received, true}, false};
        }
        // Discarded: the bytes are useless, and a fresh start at 0 may declare the size again.
        const Result<qint64> dropped = m_db.exec(QStringLiteral("DELETE FROM blob_chunks WHERE sha256 = ?"), {sha256});
        if (!dropped)
            return dropped.error();
        const Result<qint64> reset
            = m_db.exec(QStringLiteral("UPDATE blobs SET size = NULL, received = 0, commune_code = NULL, "
                                       "started_at = NULL WHERE sha256 = ?"),
                {sha256});
        if (!reset)
            return reset.error();
        return ChunkOutcome{protocol::BlobChunkAck{0, false}, true};
    });
}

Result<bool> BlobStore::wholeFileMatches(const QString &sha256, qint64 size)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 expectedStart = 0;
    bool contiguous = true;
    const Status read
        = m_db.forEachRow(QStringLiteral("SELECT start, data FROM blob_chunks WHERE sha256 = ? ORDER BY start"),
            {sha256}, [&](const QSqlQuery &row) {
                const QByteArray data = row.value(1).toByteArray();
                contiguous = row.value(0).toLongLong() == expectedStart;
                expectedStart += data.size();
                hash.addData(data);
                return contiguous;
            });
    if (!read)
        return read.error();
    return contiguous && expectedStart == size && QString::fromLatin1(hash.result().toHex()) == sha256;
}

Result<BlobContent> BlobStore::content(const DeviceInfo &device, const QString &sha256, const QByteArray &rangeHeader)
{
    const Result<std::optional<BlobRow>> found = readBlob(m_db, sha256);
    if (!found)
        return found.error();
    if (!*found || !(*found)->complete)
        return Error{QString::fromLatin1(protocol::errors::notFound),
            tr("The server does not hold this file (or not all of it yet).")};
    const Result<std::optional<QVariantList>> referenced = m_db.selectRow(
        QStringLiteral("SELECT 1 FROM blob_refs WHERE commune_code = ? AND sha256 = ?"), {device.communeCode, sha256});
    if (!referenced)
        return referenced.error();
    if (!*referenced)
        return Error{
            QString::fromLatin1(protocol::errors::scopeCommune), tr("No record of this commune refers to this file.")};

    BlobContent content;
    content.total = *(*found)->size;
    const Result<std::optional<protocol::ByteRange>> range
        = protocol::ByteRange::fromRangeHeader(rangeHeader, content.total);
    if (!range)
        return range.error();
    content.range = *range;
    return content;
}

Result<QByteArray> BlobStore::readContent(const QString &sha256, qint64 position, qint64 maxBytes)
{
    QByteArray bytes;
    const Status read = m_db.forEachRow(
        QStringLiteral("SELECT start, data FROM blob_chunks WHERE sha256 = ? AND start <= ? AND start + bytes > ? "
                       "ORDER BY start LIMIT 1"),
        {sha256, position, position}, [&](const QSqlQuery &row) {
            const qint64 start = row.value(0).toLongLong();
            const QByteArray data = row.value(1).toByteArray();
            const qint64 from = position - start;
            bytes = data.mid(from, std::min<qint64>(maxBytes, data.size() - from));
            return false;
        });
    if (!read)
        return read.error();
    if (bytes.isEmpty())
        return Error{QString::fromLatin1(protocol::errors::internal), tr("The stored file is incomplete.")};
    return bytes;
}

} // namespace motcua::server
