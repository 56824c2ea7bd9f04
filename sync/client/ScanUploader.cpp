#include "SyncSteps.h"

#include "protocol/Blob.h"
#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"
#include "protocol/WireTypes.h"
#include "store/AttachmentStore.h"
#include "store/Database.h"
#include "store/ScanUploads.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>
#include <QLoggingCategory>

#include <memory>
#include <optional>
#include <vector>

Q_LOGGING_CATEGORY(lcScans, "motcua.sync.scans")

namespace motcua::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::sync::ScanUploader", text);
}

// Scans uploading at once. One is stop-and-wait (a round trip per chunk, about 10 % of a 100 KB
// scan's time on a 2G link); three keep the link busy while an answer travels back, and each
// scan's chunks still go in order (the server appends a chunk only at the bytes it holds).
constexpr int kLanes = 3;
// Restarts of one scan in a cycle (a discarded upload, offsets that do not add up) before it
// waits for the next cycle.
constexpr int kMaxRestarts = 4;

bool isCode(const HttpResult &result, const char *code)
{
    return result.kind == HttpResult::Kind::ServerError && result.errorCode == QLatin1String(code);
}

// One scan on its way up: its local file and the bytes the server holds.
struct Lane
{
    QString sha256;
    std::unique_ptr<QIODevice> file;
    qint64 size = 0;
    qint64 offset = 0;
    int restarts = 0;
    int chunkRetries = 0;
};

class ScanUploader final
{
public:
    explicit ScanUploader(CycleContext &context)
        : m_context(context)
        , m_uploads(context.database)
        , m_attachments(context.database)
    {
    }

    Status run();

private:
    // Gives the lane the next usable scan of the queue; false when the queue is done.
    bool take(Lane &lane);
    void sendChunk(Lane &lane);
    void answered(Lane &lane, qint64 chunkBytes, const HttpResult &result);
    void next(Lane &lane); // the lane's scan is done (or left for later): on to the next one
    void fail(const Error &error);
    void continueFrom(Lane &lane, qint64 received);

    CycleContext &m_context;
    ScanUploads m_uploads;
    AttachmentStore m_attachments;
    QList<PendingUpload> m_queue;
    qsizetype m_next = 0;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    std::optional<Error> m_failure; // the first error that ends the step: no new chunk starts
    int m_incomplete = 0; // scans left for the next cycle
};

Status ScanUploader::run()
{
    auto pending = m_uploads.pending();
    if (!pending)
        return pending.error();
    m_queue = *pending;
    if (m_queue.isEmpty())
        return {};
    m_context.phase(SyncPhase::UploadingBlobs);
    for (int i = 0; i < kLanes; ++i) {
        auto lane = std::make_unique<Lane>();
        if (!take(*lane))
            break;
        m_lanes.push_back(std::move(lane));
        sendChunk(*m_lanes.back());
    }
    m_context.http.waitForAll();
    if (m_failure)
        return *m_failure;
    if (m_context.http.isCancelled())
        return makeError(QStringLiteral("sync.cancelled"), tr("Syncing was stopped."));
    if (m_incomplete > 0) {
        return makeError(QStringLiteral("blob.incomplete"),
            QCoreApplication::translate("motcua::sync::ScanUploader",
                "%n scan(s) could not be completed on the server; they will be tried again.", nullptr, m_incomplete));
    }
    return {};
}

bool ScanUploader::take(Lane &lane)
{
    while (m_next < m_queue.size() && !m_failure && !m_context.http.isCancelled()) {
        const PendingUpload upload = m_queue.at(m_next++);
        auto opened = m_attachments.open(upload.sha256);
        if (!opened) {
            // The record is on the server already; without the bytes nothing here can help.
            qCWarning(lcScans) << "scan" << upload.sha256 << "cannot be read, left out:" << opened.error().message;
            m_uploads.refuse(upload.sha256, QStringLiteral("attachment.missing")).ok();
            continue;
        }
        lane.file = std::move(opened).value();
        lane.size = lane.file->size();
        if (lane.size > protocol::limits::maxBlobBytes) {
            qCWarning(lcScans) << "scan" << upload.sha256 << "is larger than the server accepts, left out";
            m_uploads.refuse(upload.sha256, QStringLiteral("scan.too_large")).ok();
            continue;
        }
        lane.sha256 = upload.sha256;
        lane.offset = std::clamp<qint64>(upload.offset, 0, lane.size);
        lane.restarts = 0;
        lane.chunkRetries = 0;
        return true;
    }
    return false;
}

void ScanUploader::fail(const Error &error)
{
    if (!m_failure)
        m_failure = error;
}

void ScanUploader::next(Lane &lane)
{
    lane.file.reset();
    if (take(lane))
        sendChunk(lane);
}

void ScanUploader::continueFrom(Lane &lane, qint64 received)
{
    lane.offset = std::clamp<qint64>(received, 0, lane.size);
    m_uploads.setOffset(lane.sha256, lane.offset).ok(); // a lost offset costs one 409, nothing more
    sendChunk(lane);
}

void ScanUploader::sendChunk(Lane &lane)
{
    if (m_failure || m_context.http.isCancelled())
        return;
    // Memory stays at one chunk per lane whatever the size of the scan.
    const qint64 chunkBytes = std::min<qint64>(
        m_context.chunks ? m_context.chunks->current() : protocol::limits::maxChunkBytes, lane.size - lane.offset);
    QByteArray chunk;
    if (!lane.file->seek(lane.offset) || (chunk = lane.file->read(chunkBytes)).size() != chunkBytes) {
        qCWarning(lcScans) << "scan" << lane.sha256 << "cannot be read, left out";
        m_uploads.drop(lane.sha256).ok();
        next(lane);
        return;
    }
    HttpRequest put;
    put.verb = "PUT";
    put.path = protocol::blobPath(lane.sha256);
    put.query = protocol::BlobChunkQuery{lane.offset, lane.size}.toQuery();
    put.body = chunk;
    put.contentType = "application/octet-stream";
    put.headers.append(
        {QByteArrayLiteral("X-Chunk-SHA256"), QCryptographicHash::hash(chunk, QCryptographicHash::Sha256).toHex()});
    put.maxResponseBytes = protocol::limits::maxSmallBody;
    put.freshConnection = m_context.freshConnections;
    m_context.http.start(
        put, [this, &lane, chunkBytes](const HttpResult &result) { answered(lane, chunkBytes, result); });
}

void ScanUploader::answered(Lane &lane, qint64 chunkBytes, const HttpResult &result)
{
    if (m_context.chunks) {
        const bool dropped
            = result.kind == HttpResult::Kind::Offline || result.kind == HttpResult::Kind::Timeout || result.bodyResent;
        if (dropped)
            m_context.chunks->onDropped(chunkBytes);
        else if (result.ok())
            m_context.chunks->onSuccess(result.elapsedMs);
    }
    if (result.ok()) {
        const Result<protocol::BlobChunkAck> ack = protocol::BlobChunkAck::fromJson(result.body);
        if (!ack || ack->received > lane.size) {
            fail(makeError(QString::fromLatin1(protocol::errors::responseMalformed),
                ack ? tr("The server acknowledged more bytes than the scan has.") : ack.error().message));
            return;
        }
        madeProgress(m_context);
        m_context.report.blobBytesSent += std::max<qint64>(0, ack->received - lane.offset);
        m_context.progress();
        if (ack->complete) {
            if (auto done = m_uploads.complete(lane.sha256); !done) {
                fail(done.error());
                return;
            }
            next(lane);
            return;
        }
        if (ack->received <= lane.offset && ++lane.restarts > kMaxRestarts) {
            ++m_incomplete; // the server does not take it as expected: the next cycle tries again
            next(lane);
            return;
        }
        lane.chunkRetries = 0;
        continueFrom(lane, ack->received);
        return;
    }
    if (isCode(result, protocol::errors::blobChunkMismatch) && ++lane.chunkRetries < 3) {
        sendChunk(lane); // damaged on the way: the same chunk again
        return;
    }
    if (isCode(result, protocol::errors::blobOffsetMismatch)) {
        // The body says what the server holds; without it, offset 0 is answered with the state
        // (bytes it holds are acknowledged, not refused), so no status question is needed.
        const auto body = protocol::ErrorBody::fromJson(result.body);
        const qint64 received = body && body->received ? *body->received : 0;
        // Ahead of us (an answer was lost) is progress; only going back counts as a restart.
        if (received <= lane.offset && ++lane.restarts > kMaxRestarts) {
            ++m_incomplete;
            next(lane);
            return;
        }
        continueFrom(lane, received);
        return;
    }
    if (isCode(result, protocol::errors::blobHashMismatch)) {
        // The server discarded the upload. If our file is damaged, nothing will fix it here.
        if (auto verified = m_attachments.verify(lane.sha256); !verified || ++lane.restarts > kMaxRestarts) {
            qCWarning(lcScans) << "scan" << lane.sha256 << "does not match its name, left out";
            if (!verified)
                m_uploads.drop(lane.sha256).ok();
            else
                ++m_incomplete;
            next(lane);
            return;
        }
        qCWarning(lcScans) << "server discarded" << lane.sha256 << "after a whole-file mismatch; restarting";
        continueFrom(lane, 0);
        return;
    }
    if (retryAtOnce(m_context, result)) {
        qCDebug(lcScans) << "connection dropped under" << lane.sha256 << "at" << lane.offset << "; again with"
                         << (m_context.chunks ? m_context.chunks->current() : 0) << "bytes";
        sendChunk(lane);
        return;
    }
    fail(stepError(m_context, result));
}

} // namespace

bool retryAtOnce(CycleContext &context, const HttpResult &result)
{
    // Only a connection that ended without any answer: a gateway's error page (status ≠ 0) says
    // the server is not reachable through it, which an immediate retry does not change.
    if (result.kind != HttpResult::Kind::Offline || result.status != 0 || context.http.isCancelled())
        return false;
    if (!context.freshConnections) {
        // The first drop of a link not known to drop: start small at once instead of halving
        // through sizes that the next cuts would cost in full.
        context.freshConnections = true;
        context.batch.onLinkDrops();
        if (context.chunks)
            context.chunks->onLinkDrops();
    }
    return ++context.fruitlessDrops <= kMaxFruitlessDrops;
}

Status uploadScans(CycleContext &context)
{
    return ScanUploader(context).run();
}

} // namespace motcua::sync
