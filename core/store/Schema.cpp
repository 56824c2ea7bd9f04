#include "Schema.h"

namespace motcua::Schema {

namespace {

// Version 1: procedures, dossiers, their documents, events, pauses, attachments, outbox.
// Timestamps are ISO 8601 text with the +07:00 offset (VietnamTime), dates are YYYY-MM-DD.
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),

        QStringLiteral(R"(CREATE TABLE procedures (
            local_id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            sector TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL DEFAULT 'commune',
            processing_days INTEGER NOT NULL CHECK (processing_days >= 0),
            processing_unit TEXT NOT NULL CHECK (processing_unit IN ('working_days', 'same_day')),
            fee TEXT NOT NULL DEFAULT '',
            legal_basis TEXT NOT NULL DEFAULT '[]',
            result_delivery TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1,
            catalog_version INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE procedure_documents (
            procedure_code TEXT NOT NULL REFERENCES procedures(code) ON DELETE CASCADE ON UPDATE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('original', 'certified_copy', 'photocopy')),
            count INTEGER NOT NULL CHECK (count > 0),
            required INTEGER NOT NULL DEFAULT 1,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (procedure_code, position)))"),
        QStringLiteral(R"(CREATE TABLE procedure_aliases (
            alias TEXT PRIMARY KEY,
            procedure_code TEXT NOT NULL REFERENCES procedures(code) ON DELETE CASCADE ON UPDATE CASCADE))"),
        // Folded (TextFold::searchKey) copies of the searchable texts of the active procedures;
        // procedure_id = procedures.local_id. The rowid is the position in the order shown for a
        // broad query (shorter names first), so that "d" stops after the first rows in rowid order
        // instead of ranking thousands (ProcedureSearch). Prefix indexes up to 6 characters cover
        // almost every folded Vietnamese word being typed and halve the cost of a keystroke.
        // Legacy codes are looked up in procedure_aliases: as index tokens they would lengthen the
        // rows of renumbered procedures and lower their bm25.
        QStringLiteral(R"(CREATE VIRTUAL TABLE procedure_search USING fts5(
            code, name, sector, procedure_id UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3 4 5 6'))"),

        QStringLiteral(R"(CREATE TABLE attachments (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size >= 0),
            media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
            original_name TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"),

        // The rows written per change spell their value checks (and the partial index predicate) as
        // OR chains, not IN lists: SQLite evaluates an IN list of more than two constants by building
        // a temporary B-tree at every execution of the statement, which cost a bulk receipt two
        // B-tree allocations per dossier and a heap that grew and shrank at every row.
        QStringLiteral(R"(CREATE TABLE dossiers (
            local_id INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            code TEXT NOT NULL UNIQUE,
            procedure_code TEXT NOT NULL REFERENCES procedures(code) ON UPDATE CASCADE,
            applicant_name TEXT NOT NULL,
            applicant_key TEXT NOT NULL,
            citizen_id TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status = 'received' OR status = 'in_process'
                OR status = 'supplement_requested' OR status = 'financial_obligation' OR status = 'done'
                OR status = 'returned' OR status = 'refused' OR status = 'withdrawn' OR status = 'stopped'),
            received_at TEXT NOT NULL,
            due_date TEXT NOT NULL,
            done_at TEXT,
            returned_at TEXT,
            version INTEGER NOT NULL CHECK (version > 0),
            updated_at TEXT NOT NULL,
            commune_code TEXT NOT NULL DEFAULT '',
            origin_device TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX dossiers_citizen_id ON dossiers (citizen_id)"),
        QStringLiteral("CREATE INDEX dossiers_status_due ON dossiers (status, due_date)"),
        // The queue: open dossiers by due date. DossierQueries spells the predicate the same way.
        QStringLiteral(R"(CREATE INDEX dossiers_open_due ON dossiers (due_date, received_at)
            WHERE status = 'received' OR status = 'in_process' OR status = 'supplement_requested'
                OR status = 'financial_obligation')"),
        QStringLiteral("CREATE INDEX dossiers_received ON dossiers (received_at)"),
        // The whole register by due date (lists and exports stream in this order without a sort).
        QStringLiteral("CREATE INDEX dossiers_due ON dossiers (due_date, received_at)"),
        QStringLiteral(R"(CREATE VIRTUAL TABLE dossier_search USING fts5(
            applicant_key, content = 'dossiers', content_rowid = 'local_id',
            tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3'))"),
        // New dossiers are indexed by their writer, DossierRepository: a receipt with one INSERT,
        // a bulk receipt with one INSERT ... SELECT for the whole batch before committing (FTS5
        // flushes its pending terms at every statement of a transaction it takes part in). There is
        // no insert trigger: a trigger makes every INSERT INTO dossiers a multi-row statement, for
        // which SQLite keeps a statement journal with a copy of each page it touches (about ten
        // per dossier, written to a temporary file). Deletes and renames keep their triggers.
        QStringLiteral(R"(CREATE TRIGGER dossiers_search_delete AFTER DELETE ON dossiers BEGIN
            INSERT INTO dossier_search (dossier_search, rowid, applicant_key)
                VALUES ('delete', old.local_id, old.applicant_key);
            END)"),
        QStringLiteral(R"(CREATE TRIGGER dossiers_search_update AFTER UPDATE OF applicant_key ON dossiers BEGIN
            INSERT INTO dossier_search (dossier_search, rowid, applicant_key)
                VALUES ('delete', old.local_id, old.applicant_key);
            INSERT INTO dossier_search (rowid, applicant_key) VALUES (new.local_id, new.applicant_key);
            END)"),

        // The children of a dossier are read together by dossier id: WITHOUT ROWID tables keyed by
        // it keep them in one place and cost one B-tree insert per row instead of two.
        QStringLiteral(R"(CREATE TABLE dossier_documents (
            dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind = 'original' OR kind = 'certified_copy' OR kind = 'photocopy'),
            count INTEGER NOT NULL CHECK (count > 0),
            attachment_sha256 TEXT REFERENCES attachments(sha256),
            PRIMARY KEY (dossier_id, position)) WITHOUT ROWID)"),

        QStringLiteral(R"(CREATE TABLE dossier_pauses (
            dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            working_days INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (dossier_id, position)) WITHOUT ROWID)"),

        // Read in seq order and acknowledged by op_id: no other index (each one is paid per change).
        // AUTOINCREMENT: a seq is never reused, so a pusher paging with "after seq" misses nothing
        // even after the queue was emptied.
        QStringLiteral(R"(CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            op_id TEXT NOT NULL UNIQUE,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            base_version INTEGER NOT NULL,
            fields TEXT NOT NULL,
            blob_refs TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL))"),

        // A dossier's history is read by dossier id in time order, so that is the key: one B-tree
        // insert per event. id and op_id are time-ordered UUIDs made fresh for each change, unique
        // by construction; op_id also matches exactly one outbox row while the op is pending (the
        // outbox enforces that uniqueness, and the crash-safety test checks the pairing).
        QStringLiteral(R"(CREATE TABLE dossier_events (
            id TEXT NOT NULL,
            dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            device TEXT NOT NULL,
            action TEXT NOT NULL,
            from_status TEXT,
            to_status TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            op_id TEXT NOT NULL,
            PRIMARY KEY (dossier_id, at, id)) WITHOUT ROWID)"),

        // Per-device, per-day sequence of dossier codes.
        QStringLiteral(R"(CREATE TABLE code_sequences (
            day TEXT PRIMARY KEY,
            last_value INTEGER NOT NULL))"),
    };
}

} // namespace

QList<QStringList> migrationSteps()
{
    return {version1(), syncVersion2(), officersVersion3(), clerkVersion4(), bundleVersion5(), historyVersion6(),
        indexesVersion7()};
}

} // namespace motcua::Schema
