#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <optional>

namespace motcua {

class Database;
namespace DossierSql {
class Statement;
}

// One change waiting for the server, in the shape the push sends it (DESIGN.md "Sync"):
// {op_id, entity, id, base_version, fields, blob_refs}.
struct OutboxOp
{
    QUuid opId; // made by the device; the server deduplicates on (device, op_id)
    QString entity; // "dossier", …
    QString entityId; // the record's UUID (without braces)
    int baseVersion = 0; // the record version this change was made on; 0 for a creation
    QJsonObject fields; // the changed fields (all of them for a creation)
    QByteArray fieldsJson; // when not empty: fields already as compact JSON text, used instead
                           // of `fields` by append() (bulk writers serialize faster themselves)
    QStringList blobRefs; // SHA-256 of the attachments the server must hold before applying it
    QString originDevice; // the device that made it, when this desk forwards it (a USB bundle's op);
                          // empty for this desk's own ops
    QDateTime createdAt; // filled by the outbox
    qint64 seq = 0; // order of appending, filled by the outbox

    // The wire form: {"op_id", "entity", "id", "base_version", "fields", "blob_refs"}, and
    // "origin_device" for a forwarded op.
    QJsonObject toJson() const;
};

// The transactional outbox: operations appended in the same transaction as the change they carry,
// removed only once the server acknowledged them. A failed write leaves neither behind.
class Outbox final
{
public:
    explicit Outbox(Database &database);
    ~Outbox();
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    // Appends op inside the caller's Database::write (or its own transaction when called alone).
    // Fails with "outbox.invalid_op" (null op id, no entity or id, bad blob ref) or
    // "store.write_failed" (e.g. the same op id twice).
    Status append(const OutboxOp &op);

    // The oldest pending ops (all when limit < 0), in the order they were appended; after
    // `afterSeq` when given, so a pusher can page through the queue without acknowledging.
    Result<QList<OutboxOp>> pending(int limit, qint64 afterSeq = 0) const;

    Result<qint64> count() const;

    // Removes the acknowledged ops (unknown ids are ignored: an ack may arrive twice).
    Status acknowledge(const QList<QUuid> &opIds);

    // Bytes of the distinct attachments that pending ops reference (what a push still has to
    // upload at most).
    Result<qint64> pendingBlobBytes() const;

private:
    Database &m_database;
    std::unique_ptr<DossierSql::Statement> m_insert; // prepared on first use
};

} // namespace motcua
