#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;

namespace motcua {

class Database;

// What the store knows about one attachment (a scan handed in with a dossier).
struct AttachmentInfo
{
    QString sha256; // 64 lowercase hex digits: the file's name under blobs/
    qint64 size = 0;
    QString mediaType;
    QString originalName; // the name it had when first stored
    bool created = false; // put() wrote the file: the same content was not stored before
};

// Content-addressed attachment files under DATA/blobs/<sha256>. A file is hashed while it is
// copied to a temporary file in blobs/, which is flushed to disk, renamed to its hash and the
// directory flushed, all before the row that references it can commit: after a crash a row never
// points to a missing or partial file. The same content stored twice is one file and one row.
//
// In an encrypted folder (unlocked in this process's vault::Keyring) every blob is sealed with vault::BlobCipher under
// the data key and named by a keyed hash of its SHA-256: no scan byte nor content hash is on disk.
//
// A transaction that rolls back after put() would leave an unreferenced blob file behind: the
// writer hands the files its put() created to discardUnreferenced(), and reclaimOrphans() removes
// what a crash or an older release left.
class AttachmentStore final
{
public:
    explicit AttachmentStore(Database &database);

    // Stores the file at filePath (its own name when originalName is empty) and inserts the
    // attachments row inside the caller's Database::write (INSERT OR IGNORE: the first name
    // wins). Fails with "attachment.not_found", "attachment.unreadable" or "attachment.write_failed";
    // then nothing is left in blobs/ and no row is written.
    Result<AttachmentInfo> put(const QString &filePath, const QString &originalName = {});
    Result<AttachmentInfo> put(const QByteArray &content, const QString &originalName);

    // The bytes of sha256, checked against their hash (and, in an encrypted folder, decrypted and
    // authenticated): the one way to read a scan. "attachment.invalid_hash", "attachment.missing",
    // "attachment.corrupt".
    Result<std::unique_ptr<QIODevice>> open(const QString &sha256) const;
    Result<QByteArray> read(const QString &sha256) const;

    // The blob file of sha256, empty when sha256 is not a well-formed hash. In an encrypted folder
    // the file is named by a keyed hash and holds ciphertext: read it through open().
    QString path(const QString &sha256) const;
    QString blobsDir() const;

    // Re-hashes the file: "attachment.invalid_hash", "attachment.missing" or "attachment.corrupt".
    Status verify(const QString &sha256) const;

    // The row of sha256, "attachment.unknown" when there is none.
    Result<AttachmentInfo> info(const QString &sha256) const;

    // Removes temporary files that a crash left in blobs/ and that are older than maxAgeSeconds
    // (younger ones may belong to another writer still copying). Returns how many were removed.
    int removeStaleTemporaryFiles(qint64 maxAgeSeconds = 3600) const;

    // After a write that rolled back: removes the files of these hashes (those put() created) that
    // no attachments row names. Call it outside any transaction. Returns how many were removed.
    int discardUnreferenced(const QStringList &sha256s) const;

    // Removes stale temporary files and the blob files no attachments row names, both older than
    // minAgeSeconds (younger ones may belong to another writer that has not committed yet).
    // Returns how many files were removed; removes nothing when the rows cannot be read.
    int reclaimOrphans(qint64 minAgeSeconds = 3600) const;

    static bool isValidSha256(const QString &text);

private:
    Result<AttachmentInfo> store(QIODevice &source, const QString &originalName, const QString &mediaType);
    Status insertRow(const AttachmentInfo &info);

    Database &m_database;
};

} // namespace motcua
