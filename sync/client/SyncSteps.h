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
};

// The failure of a request as the error of the step that sent it; also keeps Retry-After.
Error stepError(CycleContext &context, const HttpResult &result);

// Uploads one attachment by chunks, after asking the server what it holds (docs/protocol.md
// "Blobs"): only the missing bytes travel, each chunk with its SHA-256; the server checks the
// whole file. Returns the bytes sent. Errors: the request's, "attachment.missing" /
// "attachment.corrupt" (the local file; the ops that need it cannot be pushed), "blob.too_large".
Result<qint64> uploadBlob(CycleContext &context, const QString &sha256);

// Downloads a complete attachment of a pulled dossier into the local AttachmentStore and checks
// its SHA-256. Errors: the request's ("scope.commune", "not_found": the caller skips it).
Status downloadBlob(CycleContext &context, const QString &sha256);

// Pushes the whole outbox, read in pages of the adaptive batch size: the attachments of a batch
// first, then the batch; per-op results recorded with the acknowledgement in one transaction.
Status pushAll(CycleContext &context);

// Pulls pages after the stored cursor until the server has no more; each page is applied with its
// cursor in one transaction (RemoteChanges::applyPage).
Status pullAll(CycleContext &context);

} // namespace motcua::sync
