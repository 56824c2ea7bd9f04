#include "BlobStore.h"

#include "ChangeLog.h"
#include "ServerDatabase.h"
#include "ServerStore.h"
#include "protocol/ErrorBody.h"
#include "protocol/WireTypes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>

namespace motcua::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::BlobStore", text);
}

// size, received, complete of a commune's scan row.
struct ScanRow
{
    std::optional<qint64> size;
    qint64 received = 0;
    bool complete = false;
};

Result<std::optional<ScanRow>> readScan(ServerDatabase &db, const QString &communeCode, const QString &sha256)
{
    const Result<std::optional<QVariantList>> found = db.selectRow(
        QStringLiteral("SELECT size, received, complete FROM commune_scans WHERE commune_code = ? AND sha256 = ?"),
        {communeCode, sha256});
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<ScanRow>();
    const QVariantList &row = **found;
    ScanRow scan;
    if (!row[0].isNull())
        scan.size = row[0].toLongLong();
    scan.received = row[1].toLongLong();
    scan.complete = row[2].toInt() != 0;
    return std::optional<ScanRow>(scan);
}

Error quotaExceeded(qint64 quota, qint64 used)
{
    return Error{QString::fromLatin1(protocol::errors::quotaExceeded),
        tr("The commune's scans would exceed its storage quota of %1 bytes (%2 bytes are stored); the province "
           "administrator can raise it.")
            .arg(quota)
            .arg(used)};
}

} // namespace

BlobStore::BlobStore(ServerDatabase &db, qint64 communeQuota)
    : m_db(db)
    , m_quota(communeQuota)
{
}

Result<protocol::BlobStatus> BlobStore::status(const DeviceInfo &device, const QString &sha256)
{
    const Result<std::optional<ScanRow>> found = readScan(m_db, device.communeCode, sha256);
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
    const QString &commune = device.communeCode;
    return m_db.transaction([&]() -> Result<ChunkOutcome> {
        Result<std::optional<ScanRow>> found = readScan(m_db, commune, sha256);
        if (!found)
            return found.error();
        if (!*found) {
            // The first chunk declares the size. A guarded write: a concurrent first chunk of
            // another device of the commune makes it change nothing, and the row read again below
            // is the one that won.
            const Result<qint64> declared = m_db.exec(
                QStringLiteral("INSERT INTO commune_scans (commune_code, sha256, size, received, complete, started_at, "
                               "touched_at) VALUES (?, ?, ?, 0, 0, ?, ?) ON CONFLICT DO NOTHING"),
                {commune, sha256, query.size, timeText(nowUtc), timeText(nowUtc)});
            if (!declared)
                return declared.error();
            found = readScan(m_db, commune, sha256);
            if (!found)
                return found.error();
            if (!*found || !(*found)->size)
                return Error{QString::fromLatin1(protocol::errors::unavailable), tr("The upload changed; try again.")};
        }
        const ScanRow scan = **found;
        if (*scan.size != query.size)
            return Error{QString::fromLatin1(protocol::errors::blobSizeMismatch),
                tr("This file was declared with %1 bytes, not %2.").arg(*scan.size).arg(query.size)};
        if (scan.complete)
            return ChunkOutcome{protocol::BlobChunkAck{scan.received, true}, false, std::nullopt};
        const qint64 length = chunk.size();
        if (query.offset != scan.received) {
            // A chunk the server holds already (the answer to an earlier try was lost): say where
            // the upload stands and write nothing.
            if (query.offset + length <= scan.received)
                return ChunkOutcome{protocol::BlobChunkAck{scan.received, false}, false, std::nullopt};
            return ChunkOutcome{protocol::BlobChunkAck{scan.received, false}, false, scan.received};
        }
        const Result<std::optional<QVariantList>> usage = m_db.selectRow(
            QStringLiteral("SELECT COALESCE(SUM(received), 0) FROM commune_scans WHERE commune_code = ?"), {commune});
        if (!usage)
            return usage.error();
        const qint64 used = *usage ? (**usage)[0].toLongLong() : 0;
        if (length > 0 && used + length > m_quota)
            return quotaExceeded(m_quota, used);

        const qint64 received = scan.received + length;
        const Result<qint64> advanced = m_db.exec(
            QStringLiteral(
                "UPDATE commune_scans SET received = ?, touched_at = ? WHERE commune_code = ? AND sha256 = ? "
                "AND received = ? AND complete = 0"),
            {received, timeText(nowUtc), commune, sha256, scan.received});
        if (!advanced)
            return advanced.error();
        if (*advanced != 1)
            return ChunkOutcome{protocol::BlobChunkAck{scan.received, false}, false, scan.received};
        if (length > 0) {
            const Result<qint64> stored = m_db.exec(
                QStringLiteral(
                    "INSERT INTO scan_chunks (commune_code, sha256, start, bytes, data) VALUES (?, ?, ?, ?, ?)"),
                {commune, sha256, query.offset, length, chunk});
            if (!stored)
                return stored.error();
        }
        if (received < *scan.size)
            return ChunkOutcome{protocol::BlobChunkAck{received, false}, false, std::nullopt};

        const Result<bool> matches = wholeFileMatches(commune, sha256, *scan.size);
        if (!matches)
            return matches.error();
        if (*matches) {
            if (Status done = completed(device, sha256, *scan.size, nowUtc); !done)
                return done.error();
            return ChunkOutcome{protocol::BlobChunkAck{received, true}, false, std::nullopt};
        }
        // Discarded: the bytes are useless, and a fresh start at 0 may declare the size again.
        for (const QString &sql : {QStringLiteral("DELETE FROM scan_chunks WHERE commune_code = ? AND sha256 = ?"),
                 QStringLiteral("DELETE FROM commune_scans WHERE commune_code = ? AND sha256 = ?")}) {
            if (const Result<qint64> dropped = m_db.exec(sql, {commune, sha256}); !dropped)
                return dropped.error();
        }
        return ChunkOutcome{protocol::BlobChunkAck{0, false}, true, std::nullopt};
    });
}

Status BlobStore::completed(const DeviceInfo &device, const QString &sha256, qint64 size, const QDateTime &nowUtc)
{
    const Result<qint64> marked = m_db.exec(
        QStringLiteral("UPDATE commune_scans SET complete = 1, completed_at = ? WHERE commune_code = ? AND sha256 = ?"),
        {timeText(nowUtc), device.communeCode, sha256});
    if (!marked)
        return marked.error();
    // Every desk of the commune learns that the documents naming this scan are available now
    // (the uploader, which has the file, is not sent it).
    ChangeLog log(m_db, device.communeCode);
    if (Status locked = log.lock(); !locked)
        return locked;
    const QJsonObject payload{
        {QStringLiteral("sha256"), sha256}, {QStringLiteral("size"), size}, {QStringLiteral("complete"), true}};
    if (Status logged = log.append(
            LoggedChange{QString::fromLatin1(protocol::entityScan), protocol::scanChangeId(device.communeCode, sha256),
                1, QString(), device.deviceId, QString::fromUtf8(protocol::compactJson(payload))});
        !logged)
        return logged;
    return log.finish();
}

Result<bool> BlobStore::wholeFileMatches(const QString &communeCode, const QString &sha256, qint64 size)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 expectedStart = 0;
    bool contiguous = true;
    const Status read = m_db.forEachRow(
        QStringLiteral("SELECT start, data FROM scan_chunks WHERE commune_code = ? AND sha256 = ? ORDER BY start"),
        {communeCode, sha256}, [&](const QSqlQuery &row) {
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
    const Result<std::optional<ScanRow>> found = readScan(m_db, device.communeCode, sha256);
    if (!found)
        return found.error();
    if (!*found || !(*found)->complete) {
        // Pending only for a scan the commune's own records name: any other digest is unknown,
        // so the answer says nothing about other communes.
        const Result<std::optional<QVariantList>> referenced
            = m_db.selectRow(QStringLiteral("SELECT 1 FROM blob_refs WHERE commune_code = ? AND sha256 = ?"),
                {device.communeCode, sha256});
        if (!referenced)
            return referenced.error();
        if (*referenced)
            return Error{QString::fromLatin1(protocol::errors::blobPending),
                tr("This scan is not all on the server yet; the desk that made it is still sending it.")};
        return Error{QString::fromLatin1(protocol::errors::notFound), tr("The commune holds no such file.")};
    }

    BlobContent content;
    content.total = *(*found)->size;
    const Result<std::optional<protocol::ByteRange>> range
        = protocol::ByteRange::fromRangeHeader(rangeHeader, content.total);
    if (!range)
        return range.error();
    content.range = *range;
    return content;
}

Result<QByteArray> BlobStore::readContent(
    const QString &communeCode, const QString &sha256, qint64 position, qint64 maxBytes)
{
    QByteArray bytes;
    const Status read = m_db.forEachRow(
        QStringLiteral("SELECT start, data FROM scan_chunks WHERE commune_code = ? AND sha256 = ? AND start <= ? "
                       "AND start + bytes > ? ORDER BY start LIMIT 1"),
        {communeCode, sha256, position, position}, [&](const QSqlQuery &row) {
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
