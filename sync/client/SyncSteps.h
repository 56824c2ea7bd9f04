#pragma once

#include "Backoff.h"
#include "HttpClient.h"
#include "SyncTypes.h"

#include <functional>

namespace motcua {
class Database;
}

namespace motcua::sync {

// What the steps of one sync cycle share (not a public interface: SyncEngine builds it).
struct CycleContext
{
    Database &database;
    HttpClient &http;
    const SyncOptions &options;
    BatchSizer &batch;
    SyncReport &report;
    bool compress = true; // false after the server could not decode one of our zstd bodies
    std::function<void(SyncPhase)> phase; // tells the engine (and the UI) what runs now
    std::function<void()> progress; // after every batch, chunk and page
    ChunkSizer *chunks = nullptr; // attachment chunk size, kept across cycles; null: the largest
    // Connections dropped in a row with nothing acknowledged in between (see retryAtOnce).
    int fruitlessDrops = 0;
    // The link drops connections (in this cycle, or it did before: the learned chunk is small):
    // pushes and chunks go each on a fresh connection, which such a link cuts least.
    bool freshConnections = false;
};

// After a good probe a dropped connection is a bad link, not "offline": the step retries at once
// on a fresh connection (smaller), and the cycle gives up (and the engine backs off) only when
// kMaxFruitlessDrops attempts in a row brought nothing. True: retry now.
bool retryAtOnce(CycleContext &context, const HttpResult &result);
constexpr int kMaxFruitlessDrops = 12;
// Something was acknowledged: the next drop is worth an immediate retry again.
inline void madeProgress(CycleContext &context)
{
    context.fruitlessDrops = 0;
}

// The failure of a request as the error of the step that sent it; also keeps Retry-After.
Error stepError(CycleContext &context, const HttpResult &result);

// Uploads the scan queue (ScanUploads) after the records: a few scans at once, each by resumable
// chunks from the offset the server last acknowledged (0 for a scan never started: no status
// question first), so that the link never waits for an answer. Scans whose local file is gone or
// unusable leave the queue with a warning (their records are on the server already). Errors: the
// requests' (after retryAtOnce gave up), "blob.incomplete".
Status uploadScans(CycleContext &context);

// Downloads a complete attachment of a pulled dossier into the local AttachmentStore and checks
// its SHA-256. Errors: the request's ("scope.commune", "not_found": the caller skips it).
Status downloadBlob(CycleContext &context, const QString &sha256);

// Pushes the whole outbox, read in pages of the adaptive batch size, without waiting for any scan:
// the scans a batch names join the upload queue (ScanUploads) before it is sent, and those the
// server already holds (not in the answer's pending_blobs) leave it. Per-op results are recorded
// with the acknowledgement in one transaction.
Status pushAll(CycleContext &context);

// Pulls pages after the stored cursor until the server has no more; each page is applied with its
// cursor in one transaction (RemoteChanges::applyPage).
Status pullAll(CycleContext &context);

} // namespace motcua::sync
