#include "Schema.h"

namespace motcua::Schema {

// Tables of USB bundles (docs/bundle-format.md): this device's signing identity, and what it
// imported from other devices' bundles.
QStringList bundleVersion5()
{
    return {
        // One row once the device enrolled with a key: its Ed25519 key pair, the province's
        // certificate over (device id, commune, public key) and the province's public key that
        // bundles of other devices must be certified by. Keys in base64url. The secret key sits
        // next to the sync token and the citizen data, protected like them.
        QStringLiteral(R"(CREATE TABLE bundle_identity (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            device_id TEXT NOT NULL,
            commune_code TEXT NOT NULL,
            public_key TEXT NOT NULL,
            secret_key TEXT NOT NULL,
            certificate TEXT NOT NULL,
            province_public_key TEXT NOT NULL,
            saved_at TEXT NOT NULL))"),

        // One row per bundle this device imported (a second import of it adds nothing).
        QStringLiteral(R"(CREATE TABLE bundle_imports (
            bundle_id TEXT PRIMARY KEY,
            origin_device TEXT NOT NULL,
            commune_code TEXT NOT NULL,
            created_at TEXT NOT NULL,
            op_count INTEGER NOT NULL,
            blob_count INTEGER NOT NULL,
            kept_file TEXT NOT NULL DEFAULT '',
            imported_at TEXT NOT NULL))"),

        // Every op imported from a bundle, whole, keyed like the server's dedup rows by
        // (origin device, op id): the same op in another bundle, or twice, is recognized. outcome:
        // applied to the local tables, known (the store had that change already), conflict (the
        // record has pending local ops: the clerk decides), unapplied (its record or procedure is
        // missing here; reason says which).
        QStringLiteral(R"(CREATE TABLE bundle_ops (
            origin_device TEXT NOT NULL,
            op_id TEXT NOT NULL,
            bundle_id TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            base_version INTEGER NOT NULL,
            fields TEXT NOT NULL,
            blob_refs TEXT NOT NULL DEFAULT '[]',
            outcome TEXT NOT NULL CHECK (outcome = 'applied' OR outcome = 'known' OR outcome = 'conflict'
                OR outcome = 'unapplied'),
            reason TEXT NOT NULL DEFAULT '',
            imported_at TEXT NOT NULL,
            PRIMARY KEY (origin_device, op_id)) WITHOUT ROWID)"),
    };
}

} // namespace motcua::Schema
