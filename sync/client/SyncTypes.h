#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace motcua::sync {

// Whether the province server can be talked to, as the ping with a nonce proved it.
enum class Connectivity {
    Online, // our server answered our nonce
    Offline, // nothing, a reset, a proxy error, a TLS failure, a timeout
    CaptivePortal, // something answered 200 (or redirected) that is not our server: a Wi-Fi login page
};
QString connectivityName(Connectivity connectivity); // "online", "offline", "captive_portal"

// What the engine is doing now (for the desktop's status line).
enum class SyncPhase { Idle, Probing, UploadingBlobs, Pushing, Pulling, Waiting, Stopped };
QString phaseName(SyncPhase phase); // "idle", "probing", "uploading_blobs", "pushing", "pulling", "waiting", "stopped"

// Everything the engine needs; defaults suit a 2G link. Times in milliseconds.
struct SyncOptions
{
    QString dataDir; // the local store; the engine opens its own connection to it
    int inactivityTimeoutMs = 30000; // a request is abandoned when nothing moved for this long
    int probeTimeoutMs = 10000; // the ping's inactivity timeout
    int minBackoffMs = 2000; // first wait after a failed cycle
    int maxBackoffMs = 300000; // the cap of the exponential backoff (5 minutes)
    int idleIntervalMs = 60000; // watch mode: the wait between successful cycles
    int linkProbeIntervalMs = 15000; // watch mode without OS reachability: cheap ping while waiting
    // Ops in the first push; adapts between min and max. 200 ops are about 12 KB of zstd JSON: a
    // dropping link gets them through, and 3,000 ops take 7 pushes instead of 9 from 50.
    int initialBatchOps = 200;
    // Start from the batch size an earlier run learned (kept in the store) instead of initialBatchOps.
    bool restoreBatchOps = true;
    int minBatchOps = 1;
    int maxBatchOps = 500;
    int pullLimit = 200; // changes per pull page
    bool compressRequests = true; // zstd request bodies (dropped for the cycle after a bad_encoding)
    bool useNetworkInformation = true; // watch mode: wake up when the OS says the link came back
};

// The outcome of one sync cycle (the summary `motcua-cli sync` prints).
struct SyncReport
{
    bool completed = false; // everything pending was pushed (or set aside) and every page pulled
    int pushed = 0; // ops the server applied
    int duplicates = 0; // ops it had applied before (a lost answer): success too
    int conflicts = 0; // push conflicts plus pulled versions that met pending local ops
    int rejected = 0; // ops set aside with a reason (by the server or the client's checks)
    int retried = 0; // ops kept because a blob was still missing on the server
    int pulled = 0; // changes received
    int pullApplied = 0; // changes written to the local tables
    qint64 blobBytesSent = 0; // attachment bytes the server acknowledged
    int requests = 0; // HTTP requests sent in this cycle (the ping included)
    qint64 pendingOps = 0; // outbox after the cycle
    qint64 pendingBlobBytes = 0;
    Connectivity connectivity = Connectivity::Offline;
    Error error; // when not completed: what stopped it, in plain words
    int retryAfterSeconds = -1; // the server asked to wait this long
    QDateTime startedAt;
    QDateTime finishedAt;

    QJsonObject toJson() const;
};

// A snapshot for progress bars and the status line, emitted by SyncEngine::progressChanged.
struct SyncProgress
{
    SyncPhase phase = SyncPhase::Idle;
    Connectivity connectivity = Connectivity::Offline;
    qint64 pendingOps = 0;
    qint64 pendingBlobBytes = 0;
    qint64 opsDoneThisCycle = 0; // pushed, duplicates, conflicts and rejected so far
    qint64 blobBytesSentThisCycle = 0;
    qint64 changesPulledThisCycle = 0;
    int batchOps = 0; // the batch size now in use
    QDateTime lastSuccessAt;
    QString lastError; // plain words; empty after a success
    int nextAttemptInMs = -1; // Waiting: when the next cycle starts

    QJsonObject toJson() const;
};

} // namespace motcua::sync

Q_DECLARE_METATYPE(motcua::sync::SyncPhase)
Q_DECLARE_METATYPE(motcua::sync::SyncReport)
Q_DECLARE_METATYPE(motcua::sync::SyncProgress)
