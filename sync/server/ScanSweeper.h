#pragma once

#include "domain/Result.h"

#include <QDateTime>

namespace motcua::server {

class ServerDatabase;

// How long uploads and unreferenced scans are kept (serve --partial-ttl, --orphan-grace).
struct ScanRetention
{
    qint64 partialTtlSeconds = 7 * 24 * 3600;
    qint64 orphanGraceSeconds = 30 * 24 * 3600;
};

// What one sweep removed.
struct SweepReport
{
    int expiredUploads = 0; // partial uploads untouched for longer than the partial TTL
    int reclaimedOrphans = 0; // complete scans no record of their commune references, past the grace
    qint64 bytesFreed = 0;
};

// Frees the space of scans nobody will finish or need: a commune's partial upload untouched for
// the partial TTL, and a commune's complete scan that none of its applied ops referenced, once the
// orphan grace has passed since it completed. Each scan goes in its own guarded delete, so a chunk
// arriving at the same moment either lands first (and the scan is kept) or finds the upload gone.
class ScanSweeper final
{
public:
    ScanSweeper(ServerDatabase &db, ScanRetention retention);

    Result<SweepReport> sweep(const QDateTime &nowUtc);

private:
    Status drop(const QString &selectCandidates, const QString &guardedDelete, const QString &cutoff, int *count,
        qint64 *bytes);

    ServerDatabase &m_db;
    ScanRetention m_retention;
};

} // namespace motcua::server
