#include "ScanSweeper.h"

#include "ServerDatabase.h"

namespace motcua::server {

ScanSweeper::ScanSweeper(ServerDatabase &db, ScanRetention retention)
    : m_db(db)
    , m_retention(retention)
{
}

Status ScanSweeper::drop(
    const QString &selectCandidates, const QString &guardedDelete, const QString &cutoff, int *count, qint64 *bytes)
{
    const Result<QList<QVariantList>> candidates = m_db.select(selectCandidates, {cutoff});
    if (!candidates)
        return candidates.error();
    for (const QVariantList &candidate : *candidates) {
        const QString commune = candidate[0].toString();
        const QString sha256 = candidate[1].toString();
        const Status dropped = m_db.transaction([&]() -> Status {
            // The guard re-checks the condition on the row itself: a chunk that touched the
            // upload since the candidates were read keeps it.
            const Result<qint64> removed = m_db.exec(guardedDelete, {commune, sha256, cutoff});
            if (!removed)
                return removed.error();
            if (*removed != 1)
                return {};
            const Result<qint64> chunks = m_db.exec(
                QStringLiteral("DELETE FROM scan_chunks WHERE commune_code = ? AND sha256 = ?"), {commune, sha256});
            if (!chunks)
                return chunks.error();
            ++*count;
            *bytes += candidate[2].toLongLong();
            return {};
        });
        if (!dropped)
            return dropped;
    }
    return {};
}

Result<SweepReport> ScanSweeper::sweep(const QDateTime &nowUtc)
{
    SweepReport report;
    if (Status expired = drop(QStringLiteral("SELECT commune_code, sha256, received FROM commune_scans "
                                             "WHERE complete = 0 AND touched_at < ?"),
            QStringLiteral("DELETE FROM commune_scans WHERE commune_code = ? AND sha256 = ? AND complete = 0 "
                           "AND touched_at < ?"),
            timeText(nowUtc.addSecs(-m_retention.partialTtlSeconds)), &report.expiredUploads, &report.bytesFreed);
        !expired)
        return expired.error();
    const QString unreferenced
        = QStringLiteral("NOT EXISTS (SELECT 1 FROM blob_refs r WHERE r.commune_code = commune_scans.commune_code "
                         "AND r.sha256 = commune_scans.sha256)");
    if (Status orphans = drop(QStringLiteral("SELECT commune_code, sha256, received FROM commune_scans "
                                             "WHERE complete = 1 AND completed_at < ? AND ")
                + unreferenced,
            QStringLiteral("DELETE FROM commune_scans WHERE commune_code = ? AND sha256 = ? AND complete = 1 "
                           "AND completed_at < ? AND ")
                + unreferenced,
            timeText(nowUtc.addSecs(-m_retention.orphanGraceSeconds)), &report.reclaimedOrphans, &report.bytesFreed);
        !orphans)
        return orphans.error();
    return report;
}

} // namespace motcua::server
