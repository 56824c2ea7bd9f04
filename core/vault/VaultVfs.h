#pragma once

#include <QString>

namespace motcua::vault {

// An SQLite VFS ("motcua-vault") that encrypts, page by page, the store, its WAL and SQLite's
// temporary files (docs/encryption.md "File format").
//
// Store pages and WAL page images: XChaCha20-Poly1305 (libsodium AEAD) under the data key's page
// subkey. Each page's last kReserveBytes bytes, which SQLite leaves unused when the database is
// created with that many reserved bytes, hold a fresh random 24-byte nonce and the 16-byte tag;
// the associated data is the file kind and the page's place (page number in the store, frame
// offset in the WAL), so a page copied elsewhere is refused. The 32-byte WAL header and 24-byte
// frame headers stay clear (page numbers, salts, checksums: no citizen data).
// Temporary files (sorts, statement journals) die with the process: XChaCha20 under a random key
// that only this process holds.
//
// A page that fails authentication is an SQLITE_IOERR_DATA with lastFailure() saying which page.
// A torn frame at the end of the WAL after a crash is handed to SQLite as a frame whose checksum
// fails, so SQLite ends the log there as it always does.
namespace VaultVfs {

constexpr int kPageSize = 4096;
constexpr int kReserveBytes = 40; // 24-byte nonce + 16-byte tag
constexpr const char *kName = "motcua-vault";

// Registers the VFS once per process (not as the default). False when SQLite or libsodium refuses.
bool ensureRegistered();

// What the last refused page of this thread was (empty when none): for the officer's message.
QString lastFailure();
void clearLastFailure();

} // namespace VaultVfs

} // namespace motcua::vault
