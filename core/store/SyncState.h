#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariantList>

#include <optional>

namespace motcua {

class Database;

// What enrollment gave this device: where the province server is and how to prove who we are.
struct SyncEnrollment
{
    QString serverUrl; // "https://sync.province.gov.vn" (no trailing slash)
    QString deviceId; // canonical UUID issued by the server
    QString token; // the bearer secret (43 base64url characters)
    QString communeCode;
    QString communeName;
    QString deviceTag;
    QByteArray caPem; // the pinned province CA (PEM); empty: the system's CAs
    QDateTime enrolledAt;

    bool isEnrolled() const { return !serverUrl.isEmpty() && !deviceId.isEmpty() && !token.isEmpty(); }
};

// How syncing went lately, for the status line of the CLI and the desktop.
struct SyncHealth
{
    QDateTime lastAttemptAt;
    QDateTime lastSuccessAt; // the last cycle that pushed and pulled everything
    QString lastErrorCode; // empty after a success
    QString lastErrorMessage; // plain words for the officer
    QDateTime lastErrorAt;
    bool revoked = false; // the server said auth.revoked: syncing stops until a new enrollment
};

// The sync engine's own state in the local store (table sync_state, one row, and sync_blobs):
// the enrollment, the pull cursor, the outcome of the last attempts and the attachments the server
// confirmed. Belongs to the thread of its Database.
class SyncState final
{
public:
    explicit SyncState(Database &database);

    Result<SyncEnrollment> enrollment() const;
    // Stores the enrollment and makes the server's identity this installation's (meta device_id,
    // device_tag, commune_code: new dossier codes carry the server-assigned tag); clears a
    // revocation and the pull cursor of a previous enrollment. One transaction.
    Status saveEnrollment(const SyncEnrollment &enrollment);

    // Where the next pull starts; nullopt: from the beginning. setCursor belongs inside the
    // transaction that applied the page (RemoteChanges::applyPage calls it).
    Result<std::optional<QString>> cursor() const;
    Status setCursor(const QString &cursor);

    Result<SyncHealth> health() const;
    Status recordAttempt(const QDateTime &at);
    Status recordSuccess(const QDateTime &at);
    Status recordError(const Error &error, const QDateTime &at);
    Status setRevoked(bool revoked);

    // Attachments the server holds completely (GET /v1/blobs answered complete).
    bool isBlobConfirmed(const QString &sha256) const;
    Status confirmBlob(const QString &sha256);
    Status forgetBlob(const QString &sha256); // the server asked for it again (push "retry")

    // Bytes of the distinct attachments that pending outbox ops reference, or that wait in the scan
    // upload queue (ScanUploads), less what the server acknowledged: what is still to upload.
    Result<qint64> pendingBlobBytes() const;

private:
    Status update(const QString &assignments, const QVariantList &values);

    Database &m_database;
};

} // namespace motcua
