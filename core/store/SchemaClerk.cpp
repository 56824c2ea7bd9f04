#include "Schema.h"

namespace motcua::Schema {

// Tables of the the data clerk and mobile teams: duplicates, legacy imports, USB bundles.
QStringList clerkVersion4()
{
    return {
        // One row per legacy import that committed (LegacyImporter): who imported which file, how
        // it was read and what came of it. Written in the same transaction as the imported rows,
        // so a cancelled or killed import leaves no row either. file_sha256 lets a second import of
        // the same file be refused.
        QStringLiteral(R"(CREATE TABLE import_batches (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind = 'dossiers' OR kind = 'citizens'),
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
            file_format TEXT NOT NULL,
            encoding TEXT NOT NULL,
            mode TEXT NOT NULL CHECK (mode = 'all_or_nothing' OR mode = 'valid_rows'),
            actor TEXT NOT NULL,
            device TEXT NOT NULL DEFAULT '',
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            rows_read INTEGER NOT NULL,
            rows_imported INTEGER NOT NULL,
            rows_refused INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX import_batches_file ON import_batches (file_sha256, kind)"),
        // Which row of which import made which dossier: the clerk can trace a dossier back to
        // the line of the old list.
        QStringLiteral(R"(CREATE TABLE import_dossiers (
            import_id TEXT NOT NULL REFERENCES import_batches(id),
            row_number INTEGER NOT NULL,
            dossier_id TEXT NOT NULL,
            PRIMARY KEY (import_id, row_number)) WITHOUT ROWID)"),
        // Citizens known to the commune from imported lists (a later list updates a known
        // citizen ID). Local to the device: citizens are not synced.
        QStringLiteral(R"(CREATE TABLE citizens (
            id TEXT PRIMARY KEY,
            citizen_id TEXT NOT NULL UNIQUE CHECK (length(citizen_id) = 12),
            full_name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            birth_date TEXT,
            gender TEXT NOT NULL DEFAULT '' CHECK (gender = '' OR gender = 'male' OR gender = 'female'),
            phone TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            import_id TEXT REFERENCES import_batches(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX citizens_name_key ON citizens (name_key)"),
        // Pairs of dossiers the clerk looked at and found not to be duplicates (DuplicateFinder):
        // never shown again. dossier_a < dossier_b, so a pair has one row whichever way it came.
        QStringLiteral(R"(CREATE TABLE duplicate_dismissals (
            dossier_a TEXT NOT NULL,
            dossier_b TEXT NOT NULL,
            dismissed_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (dossier_a, dossier_b),
            CHECK (dossier_a < dossier_b)) WITHOUT ROWID)"),
        // Dossiers merged into another (DuplicateFinder::merge): the merged one is withdrawn
        // through an op and its history moved to the kept one. Looked up by either side.
        QStringLiteral(R"(CREATE TABLE dossier_merges (
            merged_id TEXT PRIMARY KEY,
            kept_id TEXT NOT NULL,
            merged_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            events_moved INTEGER NOT NULL,
            note TEXT NOT NULL DEFAULT '') WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX dossier_merges_kept ON dossier_merges (kept_id)"),
    };
}

} // namespace motcua::Schema
