#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace motcua {

class Database;

// A scan this device still has to upload, and how far the server has taken it.
struct PendingUpload
{
    QString sha256;
    qint64 offset = 0; // bytes the server acknowledged last (0: never started)
};

// A document of a dossier whose scan has not reached the province yet.
struct ScanOnTheWay
{
    int position = 0; // the document's place in the dossier (0-based)
    QString title;
    QString sha256;
    qint64 size = 0;
    qint64 sent = 0; // bytes the server acknowledged so far
};

// The scan upload queue of the sync engine (DESIGN.md "Records before scans"): the records travel
// first and name their scans; the scans follow in this queue, each with the offset the server last
// acknowledged, so that a restarted `motcua-cli sync` continues without asking. Kept in the meta
// table (keys "sync_upload:<sha256>"), removed when the server holds the scan completely (which
// also confirms it in sync_blobs). Belongs to the thread of its Database.
class ScanUploads final
{
public:
    explicit ScanUploads(Database &database);

    // The server lacks these scans (push pending_blobs): queued, already queued ones keeping their
    // offset, and no longer counted as confirmed.
    Status enqueue(const QStringList &sha256s);
    // Oldest first.
    Result<QList<PendingUpload>> pending() const;
    Status setOffset(const QString &sha256, qint64 offset);
    // The server holds it completely: out of the queue, confirmed, in one transaction.
    Status complete(const QString &sha256);
    // Out of the queue without confirmation (the local file is gone: nothing can be sent).
    Status drop(const QString &sha256);
    // Out of the queue for good, remembered as refused with its reason ("scan.too_large",
    // "attachment.missing"): the dossier's record is on the server, this scan never will be, and
    // SyncAttention shows the dossier until an administrator deals with it. Kept in the meta table
    // (keys "sync_scan_refused:<sha256>", the value is the reason).
    Status refuse(const QString &sha256, const QString &reason);

    static QString refusedKey(const QString &sha256);

    // The documents of one dossier whose scans are still on the way up (queued, or named by an op
    // still in the outbox), in document order. For `dossier show` and the desk's dossier detail.
    Result<QList<ScanOnTheWay>> onTheWay(const QUuid &dossierId) const;

    static QString key(const QString &sha256);

private:
    Database &m_database;
};

} // namespace motcua
