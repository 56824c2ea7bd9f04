#include "SyncSteps.h"

#include "protocol/Compression.h"
#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"
#include "protocol/Push.h"
#include "protocol/WireTypes.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "store/RemoteChanges.h"
#include "store/ScanUploads.h"
#include "store/SyncState.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QUuid>

Q_LOGGING_CATEGORY(lcPush, "motcua.sync.push")

namespace motcua::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::sync::Pusher", text);
}

// Room left under the 4 MiB body limit for the envelope and the JSON of the batch itself.
constexpr qint64 kBatchBytes = protocol::limits::maxPushBody - 256 * protocol::limits::KiB;
// Compressing tiny bodies costs more than it saves.
constexpr qint64 kCompressFrom = 1024;

PushedOpOutcome setAside(const OutboxOp &op, const QString &reason, const QString &message)
{
    PushedOpOutcome outcome;
    outcome.op = op;
    outcome.kind = PushedOpOutcome::Kind::Rejected;
    outcome.reason = reason;
    outcome.message = message;
    outcome.rejectedByClient = true;
    return outcome;
}

RemoteRecord toRecord(const protocol::Change &change)
{
    return RemoteRecord{change.entity, change.id, change.version, change.fields,
        change.originDevice.value_or(QString()), change.deleted};
}

PushedOpOutcome toOutcome(const OutboxOp &op, const protocol::PushResult &result)
{
    PushedOpOutcome outcome;
    outcome.op = op;
    outcome.version = result.version.value_or(0);
    outcome.reason = result.reason.value_or(QString());
    outcome.message = result.message.value_or(QString());
    switch (result.result) {
    case protocol::PushOutcome::Applied:
        outcome.kind = PushedOpOutcome::Kind::Applied;
        break;
    case protocol::PushOutcome::Duplicate:
        outcome.kind = PushedOpOutcome::Kind::Duplicate;
        break;
    case protocol::PushOutcome::Conflict:
        outcome.kind = PushedOpOutcome::Kind::Conflict;
        if (result.serverRecord)
            outcome.serverRecord = toRecord(*result.serverRecord);
        break;
    case protocol::PushOutcome::Rejected:
        outcome.kind = PushedOpOutcome::Kind::Rejected;
        break;
    }
    return outcome;
}

class Pusher final
{
public:
    explicit Pusher(CycleContext &context)
        : m_context(context)
        , m_outbox(context.database)
        , m_remote(context.database)
    {
    }

    Status run();

private:
    Status send(const QList<OutboxOp> &ops);
    Status record(const QList<PushedOpOutcome> &outcomes);

    CycleContext &m_context;
    Outbox m_outbox;
    RemoteChanges m_remote;
};

Status Pusher::record(const QList<PushedOpOutcome> &outcomes)
{
    if (outcomes.isEmpty())
        return {};
    auto summary = m_remote.recordPushOutcomes(outcomes);
    if (!summary)
        return summary.error();
    SyncReport &report = m_context.report;
    report.pushed += summary->applied;
    report.duplicates += summary->duplicates;
    report.conflicts += summary->conflicts;
    report.rejected += summary->rejected;
    report.retried += summary->retried;
    m_context.progress();
    return {};
}

Status Pusher::send(const QList<OutboxOp> &ops)
{
    protocol::PushRequest request;
    request.batchId = protocol::uuidText(QUuid::createUuid());
    for (const OutboxOp &op : ops) {
        // Checked when the batch was built: this parse cannot fail.
        request.ops.append(protocol::PushOp::fromJson(op.toJson()).value());
    }
    const QByteArray body = protocol::compactJson(request.toJson());
    HttpRequest http;
    http.verb = "POST";
    http.path = protocol::apiPath("push");
    http.body = body;
    http.maxResponseBytes = protocol::limits::maxPushResponseBody;
    http.freshConnection = m_context.freshConnections;
    if (m_context.compress && body.size() >= kCompressFrom) {
        if (auto packed = protocol::zstdCompress(body); packed) {
            http.body = std::move(packed).value();
            http.contentEncoding = "zstd";
        }
    }
    m_context.phase(SyncPhase::Pushing);
    const HttpResult result = m_context.http.send(http);
    if (result.kind == HttpResult::Kind::ServerError) {
        const QString &code = result.errorCode;
        if (code == QLatin1String(protocol::errors::requestBadEncoding) && !http.contentEncoding.isEmpty()) {
            m_context.compress = false;
            return send(ops);
        }
        const bool tooLarge = code == QLatin1String(protocol::errors::requestTooLarge);
        if (tooLarge || code == QLatin1String(protocol::errors::requestMalformed)) {
            if (tooLarge)
                m_context.batch.onTooLarge();
            if (ops.size() == 1) {
                // Isolated: this op is what the server refuses. It leaves the queue with the reason.
                qCWarning(lcPush) << "op" << ops.first().opId << "refused by the server:" << result.errorMessage;
                return record({setAside(ops.first(), code, result.errorMessage)});
            }
            const qsizetype half = ops.size() / 2;
            if (auto s = send(ops.mid(0, half)); !s)
                return s;
            return send(ops.mid(half));
        }
    }
    if (!result.ok()) {
        if (result.kind == HttpResult::Kind::Timeout)
            m_context.batch.onTimeout();
        const bool knownToDrop = m_context.freshConnections;
        if (retryAtOnce(m_context, result)) {
            // A fresh connection at once, with half the batch: resending is safe (the server
            // deduplicates every op), and a smaller body fits a link that drops long ones. (The
            // first drop has set the batch to a dropping link's size already.)
            if (knownToDrop)
                m_context.batch.onTimeout();
            if (ops.size() == 1)
                return send(ops);
            const qsizetype half = ops.size() / 2;
            if (auto s = send(ops.mid(0, half)); !s)
                return s;
            return send(ops.mid(half));
        }
        return stepError(m_context, result);
    }
    const Result<protocol::PushResponse> response = protocol::PushResponse::fromJson(result.body);
    if (!response)
        return makeError(QString::fromLatin1(protocol::errors::responseMalformed), response.error().message);
    if (auto matches = response->matches(request); !matches)
        return makeError(QString::fromLatin1(protocol::errors::responseMalformed), matches.error().message);
    m_context.batch.onSuccess(static_cast<int>(ops.size()), result.elapsedMs);

    madeProgress(m_context);

    QList<PushedOpOutcome> outcomes;
    QStringList pendingScans; // the server has the record, not yet these scans: the upload queue
    QStringList heldScans; // the commune's scans complete on the server already: nothing to send
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const protocol::PushResult &answer = response->results.at(i);
        outcomes.append(toOutcome(ops.at(i), answer));
        if (answer.result != protocol::PushOutcome::Applied && answer.result != protocol::PushOutcome::Duplicate)
            continue;
        for (const QString &sha256 : ops.at(i).blobRefs)
            (answer.pendingBlobs.contains(sha256) ? pendingScans : heldScans).append(sha256);
    }
    // With the acknowledgement, so that a scan never leaves the outbox without joining the queue.
    return m_context.database.write([&]() -> Status {
        ScanUploads uploads(m_context.database);
        if (auto s = uploads.enqueue(pendingScans); !s)
            return s;
        for (const QString &sha256 : std::as_const(heldScans)) {
            if (pendingScans.contains(sha256))
                continue;
            if (auto s = uploads.complete(sha256); !s)
                return s;
        }
        return record(outcomes);
    });
}

Status Pusher::run()
{
    qint64 afterSeq = 0;
    for (;;) {
        if (m_context.http.isCancelled())
            return makeError(QStringLiteral("sync.cancelled"), tr("Syncing was stopped."));
        const int want = m_context.batch.current();
        auto page = m_outbox.pending(want, afterSeq);
        if (!page)
            return page.error();
        if (page->isEmpty())
            return {};
        QList<PushedOpOutcome> setAsideOps;
        QList<OutboxOp> batch;
        qint64 bytes = 0;
        for (const OutboxOp &op : std::as_const(*page)) {
            const QJsonObject wire = op.toJson();
            const Result<protocol::PushOp> parsed = protocol::PushOp::fromJson(wire);
            if (!parsed) {
                // Sent, it would make the server refuse the whole batch; alone, it is the clerk's.
                setAsideOps.append(setAside(op, parsed.error().code, parsed.error().message));
            } else {
                const qint64 size = protocol::compactJson(wire).size();
                if (!batch.isEmpty() && bytes + size > kBatchBytes)
                    break;
                bytes += size;
                batch.append(op);
            }
            afterSeq = op.seq;
        }
        if (auto s = record(setAsideOps); !s)
            return s;
        if (!batch.isEmpty()) {
            if (auto s = send(batch); !s)
                return s;
        }
    }
}

} // namespace

Status pushAll(CycleContext &context)
{
    return Pusher(context).run();
}

} // namespace motcua::sync
