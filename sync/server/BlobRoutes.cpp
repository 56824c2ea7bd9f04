// The blob endpoints of Routes (docs/protocol.md "Blobs"): upload state, chunk upload, download.
#include "BlobDownload.h"
#include "BlobStore.h"
#include "HttpReplies.h"
#include "Routes.h"
#include "protocol/Blob.h"
#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"
#include "protocol/QueryReader.h"
#include "protocol/WireTypes.h"

#include <QCoreApplication>

namespace motcua::server {

namespace {

using http::HttpRequest;
using http::HttpResponse;
using Method = http::Method;

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::Routes", text);
}

// The digest in the path, and no query parameters (requests are strict).
Status checkBlobRequest(const QString &sha256, const HttpRequest &request)
{
    if (!protocol::isSha256Hex(sha256))
        return Error{QString::fromLatin1(protocol::errors::requestMalformed),
            tr("%1: the file's name must be its SHA-256 in 64 lower-case hex digits").arg(request.path)};
    return {};
}

Status checkNoQuery(const HttpRequest &request)
{
    protocol::QueryReader reader(request.query, {});
    if (!reader.ok())
        return reader.error();
    return {};
}

} // namespace

HttpResponse Routes::blob(const QString &sha256, const HttpRequest &request)
{
    if (request.method != Method::Get && request.method != Method::Put)
        return http::methodNotAllowed(request);
    const Result<DeviceInfo> device = authenticate(request);
    if (!device)
        return http::error(request, device.error());
    if (Status valid = checkBlobRequest(sha256, request); !valid)
        return http::error(request, valid.error());
    if (request.method == Method::Put)
        return putChunk(*device, sha256, request);
    if (Status valid = checkNoQuery(request); !valid)
        return http::error(request, valid.error());
    const Result<protocol::BlobStatus> status = m_blobs.status(*device, sha256);
    if (!status)
        return http::error(request, status.error());
    return http::json(request, status->toJson());
}

HttpResponse Routes::putChunk(const DeviceInfo &device, const QString &sha256, const HttpRequest &request)
{
    const Result<protocol::BlobChunkQuery> query = protocol::BlobChunkQuery::fromQuery(request.query);
    if (!query)
        return http::error(request, query.error());
    const Result<QByteArray> chunk = http::body(request, protocol::limits::maxChunkBytes, false);
    if (!chunk)
        return http::error(request, chunk.error());
    if (Status fits = query->checkChunkLength(chunk->size()); !fits)
        return http::error(request, fits.error());
    if (Status intact = protocol::verifyChunk(*chunk, request.header("X-Chunk-SHA256")); !intact)
        return http::error(request, intact.error());
    const Result<ChunkOutcome> outcome
        = m_blobs.putChunk(device, sha256, *query, *chunk, QDateTime::currentDateTimeUtc());
    if (!outcome)
        return http::error(request, outcome.error());
    if (outcome->offsetMismatch) {
        // The body says where the upload stands, so the device continues without asking.
        const protocol::ErrorBody mismatch = protocol::ErrorBody::offsetMismatch(*outcome->offsetMismatch,
            tr("The server holds the first %1 bytes of this file; continue from there.").arg(*outcome->offsetMismatch));
        return http::json(request, mismatch.toJson(), protocol::httpStatusFor(mismatch.code));
    }
    if (outcome->hashMismatch)
        return http::error(request,
            Error{QString::fromLatin1(protocol::errors::blobHashMismatch),
                tr("The uploaded file does not match its SHA-256 and was discarded; send it again from the "
                   "start.")});
    return http::json(request, outcome->ack.toJson());
}

HttpResponse Routes::blobContent(const QString &sha256, const HttpRequest &request)
{
    if (request.method != Method::Get)
        return http::methodNotAllowed(request);
    const Result<DeviceInfo> device = authenticate(request);
    if (!device)
        return http::error(request, device.error());
    if (Status valid = checkBlobRequest(sha256, request); !valid)
        return http::error(request, valid.error());
    if (Status valid = checkNoQuery(request); !valid)
        return http::error(request, valid.error());
    const Result<BlobContent> content = m_blobs.content(*device, sha256, request.header("Range"));
    if (!content)
        return http::error(request, content.error());
    // Never compressed: byte ranges address the stored bytes. Streamed a stored chunk at a time,
    // so a download holds about one chunk of memory however large the scan.
    HttpResponse response;
    response.status = content->range ? 206 : 200;
    response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream"));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("ETag"), '"' + sha256.toLatin1() + '"');
    response.setHeader(QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes"));
    if (content->range)
        response.setHeader(QByteArrayLiteral("Content-Range"), content->range->contentRange(content->total));
    response.stream
        = std::make_shared<BlobDownload>(m_blobs, device->communeCode, sha256, content->first(), content->length());
    response.streamLength = content->length();
    return response;
}

} // namespace motcua::server
