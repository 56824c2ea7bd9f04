#include "Schema.h"

namespace motcua::Schema {

// Tables of the sync engine (sync/client): records pulled from the province, conflicts, sync state.
QStringList syncVersion2()
{
    return {
        // One row: the enrollment (server, device credential, commune, pinned CA), the pull cursor
        // and how the last attempts went (what `motcua-cli status` and the desktop show). The
        // token is stored in clear: it authenticates this device only, and the file is protected
        // like the citizen data it sits next to.
        QStringLiteral(R"(CREATE TABLE sync_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            server_url TEXT NOT NULL DEFAULT '',
            device_id TEXT NOT NULL DEFAULT '',
            token TEXT NOT NULL DEFAULT '',
            commune_code TEXT NOT NULL DEFAULT '',
            commune_name TEXT NOT NULL DEFAULT '',
            device_tag TEXT NOT NULL DEFAULT '',
            ca_pem TEXT NOT NULL DEFAULT '',
            enrolled_at TEXT,
            revoked INTEGER NOT NULL DEFAULT 0,
            pull_cursor TEXT,
            last_attempt_at TEXT,
            last_success_at TEXT,
            last_error_code TEXT NOT NULL DEFAULT '',
            last_error_message TEXT NOT NULL DEFAULT '',
            last_error_at TEXT))"),
        QStringLiteral("INSERT INTO sync_state (id) VALUES (1)"),

        // The version of each record as the server last confirmed it (pulled, or acknowledged by a
        // push): a pull recognizes what it already has. A pulled record that cannot be applied yet
        // (its procedure is not in the local catalog, or the server sent only part of it) keeps its
        // fields here and is applied again after later pulls.
        QStringLiteral(R"(CREATE TABLE sync_records (
            entity TEXT NOT NULL,
            id TEXT NOT NULL,
            version INTEGER NOT NULL,
            origin_device TEXT NOT NULL DEFAULT '',
            deleted INTEGER NOT NULL DEFAULT 0,
            unapplied_fields TEXT,
            unapplied_reason TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (entity, id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX sync_records_unapplied ON sync_records (entity) "
                       "WHERE unapplied_fields IS NOT NULL"),

        // A record changed in two places: the local values next to the server's, for the data clerk
        // (DESIGN.md "Conflicts"). source 'push': the server answered "conflict" to op_id;
        // 'pull': a pulled version met a record with pending local ops. Resolving is a new op.
        QStringLiteral(R"(CREATE TABLE sync_conflicts (
            id INTEGER PRIMARY KEY,
            entity TEXT NOT NULL,
            record_id TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source = 'push' OR source = 'pull'),
            op_id TEXT NOT NULL DEFAULT '',
            local_version INTEGER NOT NULL,
            local_fields TEXT NOT NULL,
            server_version INTEGER NOT NULL,
            server_fields TEXT NOT NULL,
            server_origin_device TEXT NOT NULL DEFAULT '',
            server_deleted INTEGER NOT NULL DEFAULT 0,
            detected_at TEXT NOT NULL,
            resolved_at TEXT,
            resolution_note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(
            "CREATE INDEX sync_conflicts_open ON sync_conflicts (entity, record_id) WHERE resolved_at IS NULL"),

        // Ops the server (or the client's own check of the wire rules) refused: out of the outbox
        // so that they never block the queue, kept whole with the reason for the data clerk.
        QStringLiteral(R"(CREATE TABLE sync_rejected_ops (
            op_id TEXT PRIMARY KEY,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            base_version INTEGER NOT NULL,
            fields TEXT NOT NULL,
            blob_refs TEXT NOT NULL DEFAULT '[]',
            reason TEXT NOT NULL,
            message TEXT NOT NULL DEFAULT '',
            rejected_by TEXT NOT NULL CHECK (rejected_by = 'server' OR rejected_by = 'client'),
            rejected_at TEXT NOT NULL))"),

        // Attachments the server confirmed complete: not asked about again before a push.
        QStringLiteral(R"(CREATE TABLE sync_blobs (
            sha256 TEXT PRIMARY KEY,
            confirmed_at TEXT NOT NULL) WITHOUT ROWID)"),
    };
}

} // namespace motcua::Schema
