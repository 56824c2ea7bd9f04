#include "SyncSteps.h"

#include "protocol/Blob.h"
#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"
#include "protocol/WireTypes.h"
#include "store/AttachmentStore.h"
#include "store/Database.h"
#include "store/SyncState.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBlobs, "motcua.sync.blobs")

namespace motcua::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::sync::BlobTransfer", text);
}

// Rounds of "ask what the server holds, send the rest" before giving up for this cycle; each
// round follows a cut, an offset mismatch or a discarded upload.
constexpr int kMaxRounds = 6;

bool isCode(const HttpResult &result, const char *code)
{
    return result.kind == HttpResult::Kind::ServerError && result.errorCode == QLatin1String(code);
}

} // namespace

Error stepError(CycleContext &context, const HttpResult &result)
{
    if (result.retryAfterSeconds >= 0)
        context.report.retryAfterSeconds = result.retryAfterSeconds;
    return result.toError();
}

Result<qint64> uploadBlob(CycleContext &context, const QString &sha256)
{
    AttachmentStore attachments(context.database);
    auto opened = attachments.open(sha256);
    if (!opened) {
        return makeError(QStringLiteral("attachment.missing"),
            tr("The scan %1 is missing from this computer; the dossier that needs it cannot be sent.").arg(sha256));
    }
    QIODevice &file = **opened;
    const qint64 size = file.size();
    if (size > protocol::limits::maxBlobBytes) {
        return makeError(QStringLiteral("blob.too_large"),
            tr("The scan %1 is larger than the server accepts (64 MiB).").arg(sha256));
    }
    qint64 sent = 0;
    for (int round = 0; round < kMaxRounds; ++round) {
        HttpRequest ask;
        ask.path = protocol::blobPath(sha256);
        ask.maxResponseBytes = protocol::limits::maxSmallBody;
        const HttpResult asked = context.http.send(ask);
        if (!asked.ok())
            return stepError(context, asked);
        const Result<protocol::BlobStatus> status = protocol::BlobStatus::fromJson(asked.body);
        if (!status)
            return makeError(QString::fromLatin1(protocol::errors::responseMalformed), status.error().message);
        if (status->complete)
            return sent;
        if (status->size && *status->size != size) {
            // The server holds the start of another size under this name: only a bug does that.
            return makeError(QString::fromLatin1(protocol::errors::blobSizeMismatch),
                tr("The server holds a different size for the scan %1.").arg(sha256));
        }
        qint64 offset = status->received;
        bool restart = false;
        int chunkRetries = 0;
        while (!restart) {
            if (!file.seek(offset)) {
                return makeError(QStringLiteral("attachment.corrupt"), tr("The scan %1 cannot be read.").arg(sha256));
            }
            // Memory stays at one chunk whatever the size of the scan.
            const qint64 chunkBytes = std::min<qint64>(
                context.chunks ? context.chunks->current() : protocol::limits::maxChunkBytes, size - offset);
            const QByteArray chunk = file.read(chunkBytes);
            if (chunk.size() != chunkBytes) {
                return makeError(QStringLiteral("attachment.corrupt"), tr("The scan %1 cannot be read.").arg(sha256));
            }
            HttpRequest put;
            put.verb = "PUT";
            put.path = protocol::blobPath(sha256);
            put.query = protocol::BlobChunkQuery{offset, size}.toQuery();
            put.body = chunk;
            put.contentType = "application/octet-stream";
            put.headers.append({QByteArrayLiteral("X-Chunk-SHA256"),
                QCryptographicHash::hash(chunk, QCryptographicHash::Sha256).toHex()});
            put.maxResponseBytes = protocol::limits::maxSmallBody;
            const HttpResult putResult = context.http.send(put);
            if (context.chunks) {
                const bool dropped = putResult.kind == HttpResult::Kind::Offline
                    || putResult.kind == HttpResult::Kind::Timeout || putResult.bodyResent;
                if (dropped)
                    context.chunks->onDropped(chunk.size());
                else if (putResult.ok())
                    context.chunks->onSuccess(putResult.elapsedMs);
            }
            if (putResult.ok()) {
                const Result<protocol::BlobChunkAck> ack = protocol::BlobChunkAck::fromJson(putResult.body);
                if (!ack)
                    return makeError(QString::fromLatin1(protocol::errors::responseMalformed), ack.error().message);
                sent += chunk.size();
                context.report.blobBytesSent += chunk.size();
                context.progress();
                if (ack->complete)
                    return sent;
                if (ack->received <= offset || ack->received > size)
                    restart = true; // the server did not take it as we expected: ask again
                offset = ack->received;
                if (offset >= size)
                    restart = true;
                continue;
            }
            if (isCode(putResult, protocol::errors::blobChunkMismatch) && ++chunkRetries < 3)
                continue; // damaged on the way: the same chunk again
            if (isCode(putResult, protocol::errors::blobOffsetMismatch)) {
                restart = true;
                continue;
            }
            if (isCode(putResult, protocol::errors::blobHashMismatch)) {
                // The server discarded the upload. If our file is damaged, nothing will fix it here.
                if (auto verified = attachments.verify(sha256); !verified)
                    return verified.error();
                qCWarning(lcBlobs) << "server discarded" << sha256 << "after a whole-file mismatch; restarting";
                restart = true;
                continue;
            }
            return stepError(context, putResult);
        }
    }
    return makeError(QStringLiteral("blob.incomplete"),
        tr("The scan %1 could not be completed on the server; it will be tried again.").arg(sha256));
}

Status downloadBlob(CycleContext &context, const QString &sha256)
{
    HttpRequest request;
    request.path = protocol::blobContentPath(sha256);
    request.acceptZstd = false;
    request.maxResponseBytes = protocol::limits::maxBlobBytes;
    const HttpResult result = context.http.send(request);
    if (!result.ok())
        return stepError(context, result);
    if (protocol::sha256Hex(result.body) != sha256) {
        return makeError(QString::fromLatin1(protocol::errors::responseMalformed),
            tr("The scan %1 downloaded from the server is damaged.").arg(sha256));
    }
    auto stored = AttachmentStore(context.database).put(result.body, sha256);
    if (!stored)
        return stored.error();
    return SyncState(context.database).confirmBlob(sha256);
}

} // namespace motcua::sync
