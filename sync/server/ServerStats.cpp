#include "ServerStats.h"

#include "ServerDatabase.h"

#include <QMap>

namespace motcua::server {

Result<QList<CommuneStats>> communeStats(ServerDatabase &db)
{
    QMap<QString, CommuneStats> byCommune;
    // Each query gives (commune, a, b); `store` puts a and b where they belong.
    const auto collect
        = [&](const QString &sql, const std::function<void(CommuneStats &, const QVariantList &)> &store) -> Status {
        const Result<QList<QVariantList>> rows = db.select(sql);
        if (!rows)
            return rows.error();
        for (const QVariantList &row : *rows) {
            CommuneStats &stats = byCommune[row[0].toString()];
            stats.communeCode = row[0].toString();
            store(stats, row);
        }
        return {};
    };
    // SUM over BIGINT is NUMERIC on PostgreSQL (text to Qt); toLongLong reads both.
    const Status status = db.transaction([&]() -> Status {
        if (Status s = collect(QStringLiteral("SELECT commune_code, COUNT(*), "
                                              "SUM(CASE WHEN revoked_at IS NULL THEN 1 ELSE 0 END) "
                                              "FROM devices GROUP BY commune_code"),
                [](CommuneStats &stats, const QVariantList &row) {
                    stats.devices = row[1].toLongLong();
                    stats.activeDevices = row[2].toLongLong();
                });
            !s)
            return s;
        if (Status s = collect(QStringLiteral("SELECT commune_code, COUNT(*) FROM records WHERE entity = 'dossier' "
                                              "AND commune_code IS NOT NULL GROUP BY commune_code"),
                [](CommuneStats &stats, const QVariantList &row) { stats.dossiers = row[1].toLongLong(); });
            !s)
            return s;
        if (Status s = collect(QStringLiteral("SELECT d.commune_code, COUNT(*) FROM applied_ops a "
                                              "JOIN devices d ON d.device_id = a.device_id GROUP BY d.commune_code"),
                [](CommuneStats &stats, const QVariantList &row) { stats.appliedOps = row[1].toLongLong(); });
            !s)
            return s;
        return collect(QStringLiteral("SELECT commune_code, COUNT(*), COALESCE(SUM(size), 0) FROM commune_scans "
                                      "WHERE complete = 1 GROUP BY commune_code"),
            [](CommuneStats &stats, const QVariantList &row) {
                stats.blobs = row[1].toLongLong();
                stats.blobBytes = row[2].toLongLong();
            });
    });
    if (!status)
        return status.error();
    return byCommune.values();
}

} // namespace motcua::server
