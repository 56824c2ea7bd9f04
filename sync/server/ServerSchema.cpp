#include "ServerSchema.h"

#include "ServerDatabase.h"

#include "protocol/WireTypes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace motcua::server {

namespace {

// 1: the first server (enrollment, devices, records, applied ops, change log; an unused blobs
// table). 2: blob chunks in the database, blob references per commune, province publications.
// 3 (motcua-sync/2): dossier_events, and change-log rows that carry their origin and the payload of
// derived changes. 4: scans per commune (commune_scans, scan_chunks instead of the shared blobs and
// blob_chunks).
constexpr int schemaVersion = 4;

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::ServerSchema", text);
}

QStringList tables(const ServerDatabase &db)
{
    // Small rows keyed by text are stored in their primary key's b-tree alone on SQLite: one
    // b-tree write per insert instead of two (the push hot path inserts into both tables).
    const QString compact = db.dialect() == SqlDialect::Sqlite ? QStringLiteral(" WITHOUT ROWID") : QString();
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS server_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS enrollment_codes (code TEXT PRIMARY KEY, commune_code TEXT NOT NULL, "
            "commune_name TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL, "
            "used_at TEXT, device_id TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS devices (device_id TEXT PRIMARY KEY, commune_code TEXT NOT NULL, "
                       "commune_name TEXT NOT NULL, device_tag TEXT NOT NULL, device_name TEXT NOT NULL, "
                       "token_hash TEXT NOT NULL, enrolled_at TEXT NOT NULL, revoked_at TEXT, "
                       "UNIQUE (commune_code, device_tag))"),
        // commune_code is NULL for the province's publications (catalog, calendar).
        QStringLiteral("CREATE TABLE IF NOT EXISTS records (entity TEXT NOT NULL, id TEXT NOT NULL, "
                       "commune_code TEXT, version BIGINT NOT NULL, fields TEXT NOT NULL, origin_device TEXT, "
                       "deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (entity, id))"),
        // The exactly-once rule: an op's row is inserted in the transaction that applies it.
        QStringLiteral("CREATE TABLE IF NOT EXISTS applied_ops (device_id TEXT NOT NULL, op_id TEXT NOT NULL, "
                       "entity TEXT NOT NULL, record_id TEXT NOT NULL, version BIGINT NOT NULL, "
                       "applied_at TEXT NOT NULL, PRIMARY KEY (device_id, op_id))%1")
            .arg(compact),
        // The last seq handed out per commune ('' for the province's publications). The row is
        // locked first by every transaction that logs a change, so seqs are gap-free and in
        // commit order within one commune, and pushes of one commune never deadlock.
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS commune_seq (commune_code TEXT PRIMARY KEY, last_seq BIGINT NOT NULL)"),
        // origin_device: the device whose op made the change (a forwarded op's origin); pushed_by:
        // the device that sent it. A pull skips changes of the requesting device by either.
        // fields: the payload of a change that is not a row of records (dossier_event, scan);
        // NULL for records, whose current fields are read from records.
        QStringLiteral("CREATE TABLE IF NOT EXISTS change_log (commune_code TEXT NOT NULL, seq BIGINT NOT NULL, "
                       "entity TEXT NOT NULL, id TEXT NOT NULL, version BIGINT NOT NULL, "
                       "origin_device TEXT, pushed_by TEXT, fields TEXT, PRIMARY KEY (commune_code, seq))%1")
            .arg(compact),
        // Scans belong to a commune: upload state and bytes per (commune, sha256), so one commune
        // can neither block, complete, probe nor read another's. The bytes are rows of
        // scan_chunks (not files), so server instances on one PostgreSQL hold no state of their
        // own. touched_at: the last chunk (partial uploads expire after serve --partial-ttl).
        QStringLiteral("CREATE TABLE IF NOT EXISTS commune_scans (commune_code TEXT NOT NULL, sha256 TEXT NOT NULL, "
                       "size BIGINT, received BIGINT NOT NULL DEFAULT 0, complete INTEGER NOT NULL DEFAULT 0, "
                       "started_at TEXT, touched_at TEXT, completed_at TEXT, PRIMARY KEY (commune_code, sha256))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS scan_chunks (commune_code TEXT NOT NULL, sha256 TEXT NOT NULL, "
                       "start BIGINT NOT NULL, bytes BIGINT NOT NULL, data %1 NOT NULL, "
                       "PRIMARY KEY (commune_code, sha256, start))")
            .arg(db.bytesType()),
        // The scans a commune's records need: a row once an applied op of the commune named the
        // digest in blob_refs. Referenced but not complete is "pending"; complete but never
        // referenced is an orphan, reclaimed after serve --orphan-grace.
        QStringLiteral("CREATE TABLE IF NOT EXISTS blob_refs (commune_code TEXT NOT NULL, sha256 TEXT NOT NULL, "
                       "PRIMARY KEY (commune_code, sha256))"),
        // Every event of every dossier, as the ops' fields.event carried them; one row per event
        // of a commune whatever number of copies arrive (resent, forwarded, merged ops).
        QStringLiteral("CREATE TABLE IF NOT EXISTS dossier_events (commune_code TEXT NOT NULL, event_id TEXT NOT NULL, "
                       "dossier_id TEXT NOT NULL, at TEXT, fields TEXT NOT NULL, origin_device TEXT, "
                       "logged_seq BIGINT, PRIMARY KEY (commune_code, event_id))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS dossier_events_by_dossier ON dossier_events (dossier_id)"),
    };
}

// Schema 1 or 2 to 3: the change log gains its columns; the latest event each dossier record kept
// becomes its first dossier_events row (older events were never sent to the server).
Status upgradeToVersion3(ServerDatabase &db)
{
    for (const char *column : {"origin_device TEXT", "pushed_by TEXT", "fields TEXT"}) {
        if (Status added = db.execDirect(QStringLiteral("ALTER TABLE change_log ADD COLUMN ") + QLatin1String(column));
            !added)
            return added;
    }
    QList<QVariantList> events;
    const Status read = db.forEachRow(
        QStringLiteral("SELECT commune_code, id, fields, origin_device FROM records WHERE entity = 'dossier' "
                       "AND commune_code IS NOT NULL AND deleted = 0"),
        {}, [&](const QSqlQuery &row) {
            const QJsonObject event = QJsonDocument::fromJson(row.value(2).toString().toUtf8())
                                          .object()
                                          .value(QStringLiteral("event"))
                                          .toObject();
            const QString eventId = event.value(QStringLiteral("id")).toString();
            if (protocol::isCanonicalUuid(eventId)) {
                QJsonObject fields = event;
                fields.insert(QStringLiteral("dossier_id"), row.value(1).toString());
                events.append({row.value(0), eventId, row.value(1), event.value(QStringLiteral("at")).toString(),
                    QString::fromUtf8(protocol::compactJson(fields)), row.value(3)});
            }
            return true;
        });
    if (!read)
        return read;
    for (const QVariantList &event : events) {
        if (Result<qint64> inserted
            = db.exec(QStringLiteral("INSERT INTO dossier_events (commune_code, event_id, dossier_id, at, fields, "
                                     "origin_device) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                event);
            !inserted)
            return inserted.error();
    }
    return {};
}

// Schema 2 or 3 to 4: the shared blobs become rows of every commune that referenced them (complete
// ones) or started their upload, with the bytes copied per commune.
Status upgradeToVersion4(ServerDatabase &db)
{
    const QStringList moves{
        QStringLiteral("INSERT INTO commune_scans (commune_code, sha256, size, received, complete, started_at, "
                       "touched_at, completed_at) "
                       "SELECT o.commune_code, b.sha256, b.size, b.received, b.complete, b.started_at, "
                       "COALESCE(b.completed_at, b.started_at), b.completed_at FROM blobs b JOIN "
                       "(SELECT commune_code, sha256 FROM blob_refs UNION "
                       "SELECT commune_code, sha256 FROM blobs WHERE commune_code IS NOT NULL) o "
                       "ON o.sha256 = b.sha256 WHERE b.size IS NOT NULL AND (b.complete = 1 OR o.commune_code = "
                       "b.commune_code)"),
        QStringLiteral("INSERT INTO scan_chunks (commune_code, sha256, start, bytes, data) "
                       "SELECT s.commune_code, c.sha256, c.start, c.bytes, c.data FROM blob_chunks c "
                       "JOIN commune_scans s ON s.sha256 = c.sha256"),
        QStringLiteral("DROP TABLE blob_chunks"),
        QStringLiteral("DROP TABLE blobs"),
    };
    for (const QString &sql : moves) {
        if (Status moved = db.execDirect(sql); !moved)
            return moved;
    }
    return {};
}

} // namespace

Status createServerSchema(ServerDatabase &db)
{
    return db.transaction([&]() -> Status {
        if (db.dialect() == SqlDialect::Postgres) {
            // Two instances starting at once would otherwise race on CREATE TABLE IF NOT EXISTS.
            if (Result<std::optional<QVariantList>> locked
                = db.selectRow(QStringLiteral("SELECT pg_advisory_xact_lock(7254031)"));
                !locked)
                return locked.error();
        }
        // server_meta first, on its own: an older SQLite file may have every other table.
        if (Status meta = db.execDirect(tables(db).first()); !meta)
            return meta;
        Result<std::optional<QVariantList>> stored
            = db.selectRow(QStringLiteral("SELECT value FROM server_meta WHERE name = 'schema_version'"));
        if (!stored)
            return stored.error();
        const int version = *stored ? (**stored)[0].toInt() : 0;
        if (version > schemaVersion)
            return Error{QStringLiteral("store.newer_schema"),
                tr("This database was written by a newer motcua-server (schema %1); upgrade this program.")
                    .arg(version)};
        if (version == schemaVersion)
            return {};
        if (version < 2 && db.dialect() == SqlDialect::Sqlite) {
            // The first server's blobs table had another shape and no way to fill it: always empty.
            if (Status dropped = db.execDirect(QStringLiteral("DROP TABLE IF EXISTS blobs")); !dropped)
                return dropped;
        }
        for (const QString &sql : tables(db)) {
            if (Status created = db.execDirect(sql); !created)
                return created;
        }
        if (version >= 1 && version < 3) {
            if (Status upgraded = upgradeToVersion3(db); !upgraded)
                return upgraded;
        }
        if (version >= 2 && version < 4) {
            if (Status upgraded = upgradeToVersion4(db); !upgraded)
                return upgraded;
        }
        const Result<qint64> written
            = db.exec(*stored ? QStringLiteral("UPDATE server_meta SET value = ? WHERE name = 'schema_version'")
                              : QStringLiteral("INSERT INTO server_meta (name, value) VALUES ('schema_version', ?)"),
                {QString::number(schemaVersion)});
        if (!written)
            return written.error();
        return {};
    });
}

} // namespace motcua::server
