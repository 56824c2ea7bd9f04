#include "SyncTypes.h"

#include "domain/VietnamTime.h"

namespace motcua::sync {

namespace {

QJsonValue timeValue(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(VietnamTime::toIso(at)) : QJsonValue();
}

} // namespace

QString connectivityName(Connectivity connectivity)
{
    switch (connectivity) {
    case Connectivity::Online:
        return QStringLiteral("online");
    case Connectivity::Offline:
        return QStringLiteral("offline");
    case Connectivity::CaptivePortal:
        return QStringLiteral("captive_portal");
    }
    return QStringLiteral("offline");
}

QString phaseName(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::Idle:
        return QStringLiteral("idle");
    case SyncPhase::Probing:
        return QStringLiteral("probing");
    case SyncPhase::UploadingBlobs:
        return QStringLiteral("uploading_blobs");
    case SyncPhase::Pushing:
        return QStringLiteral("pushing");
    case SyncPhase::Pulling:
        return QStringLiteral("pulling");
    case SyncPhase::Waiting:
        return QStringLiteral("waiting");
    case SyncPhase::Stopped:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("idle");
}

QJsonObject SyncReport::toJson() const
{
    QJsonObject object{
        {QStringLiteral("completed"), completed},
        {QStringLiteral("pushed"), pushed},
        {QStringLiteral("duplicates"), duplicates},
        {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("retried"), retried},
        {QStringLiteral("pulled"), pulled},
        {QStringLiteral("pull_applied"), pullApplied},
        {QStringLiteral("blob_bytes_sent"), blobBytesSent},
        {QStringLiteral("requests"), requests},
        {QStringLiteral("pending"), pendingOps},
        {QStringLiteral("pending_blob_bytes"), pendingBlobBytes},
        {QStringLiteral("connectivity"), connectivityName(connectivity)},
        {QStringLiteral("started_at"), timeValue(startedAt)},
        {QStringLiteral("finished_at"), timeValue(finishedAt)},
    };
    if (!completed) {
        object.insert(QStringLiteral("error"),
            QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}});
    }
    if (retryAfterSeconds >= 0)
        object.insert(QStringLiteral("retry_after_seconds"), retryAfterSeconds);
    return object;
}

QJsonObject SyncProgress::toJson() const
{
    return QJsonObject{
        {QStringLiteral("phase"), phaseName(phase)},
        {QStringLiteral("connectivity"), connectivityName(connectivity)},
        {QStringLiteral("pending"), pendingOps},
        {QStringLiteral("pending_blob_bytes"), pendingBlobBytes},
        {QStringLiteral("ops_done"), opsDoneThisCycle},
        {QStringLiteral("blob_bytes_sent"), blobBytesSentThisCycle},
        {QStringLiteral("changes_pulled"), changesPulledThisCycle},
        {QStringLiteral("batch_ops"), batchOps},
        {QStringLiteral("last_success_at"), timeValue(lastSuccessAt)},
        {QStringLiteral("last_error"), lastError},
        {QStringLiteral("next_attempt_in_ms"), nextAttemptInMs},
    };
}

} // namespace motcua::sync
