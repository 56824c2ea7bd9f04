#include "Schema.h"

namespace motcua::Schema {

// Tables of the officer accounts and roles (OfficerRepository). Local to the device: accounts
// are not synced, and the password hash (argon2id, libsodium's self-describing string) never
// leaves this file. The session policy lives in meta ("session_idle_lock_minutes").
QStringList officersVersion3()
{
    return {
        // username is stored lower case; NOCASE keeps a hand-written row from doubling one.
        QStringLiteral(R"(CREATE TABLE officers (
            id TEXT PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            full_name TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active = 0 OR active = 1),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE officer_roles (
            officer_id TEXT NOT NULL REFERENCES officers(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role = 'reception' OR role = 'handling' OR role = 'leader'
                OR role = 'clerk' OR role = 'admin'),
            PRIMARY KEY (officer_id, role)) WITHOUT ROWID)"),
    };
}

} // namespace motcua::Schema
