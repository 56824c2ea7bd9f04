#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua {

class Database;

// A record changed in two places: what this device has next to what the server has. The data
// clerk compares them field by field; the resolution is a new op (DESIGN.md "Conflicts").
struct ConflictRecord
{
    enum class Source { Push, Pull };

    qint64 id = 0; // filled by the store
    QString entity; // "dossier"
    QString recordId;
    Source source = Source::Push; // push: the server answered "conflict"; pull: pending local ops met a pulled version
    QString opId; // the conflicting op (push), empty for a pull
    qint64 localVersion = 0; // the version the local change was made on
    QJsonObject localFields; // the op's fields (push) or the local record (pull)
    qint64 serverVersion = 0;
    QJsonObject serverFields;
    QString serverOriginDevice; // empty for a province change
    bool serverDeleted = false;
    QDateTime detectedAt;
    QDateTime resolvedAt; // null while open
    QString resolutionNote;
    // The dossier's printed code on this device, for people; empty when the dossier is not here.
    // Read, never stored: a code is how officers know a dossier, the record id is not.
    QString dossierCode;

    bool isOpen() const { return !resolvedAt.isValid(); }
};

// An op set aside because the server (or the client's own check of the wire rules) refused it.
struct RejectedOp
{
    QString opId;
    QString entity;
    QString entityId;
    qint64 baseVersion = 0;
    QJsonObject fields;
    QStringList blobRefs;
    QString reason; // a code: "dossier.invalid_status", "request.malformed", …
    QString message;
    bool byServer = true;
    QDateTime rejectedAt;
};

// The conflict list and the rejected-op list of the data clerk (tables sync_conflicts and
// sync_rejected_ops). Writes join the caller's Database::write, so a push records its results in
// the same transaction that acknowledges the ops.
class Conflicts final
{
public:
    explicit Conflicts(Database &database);

    // Adds a conflict. A pulled version the clerk already has in an open conflict of the record
    // (same or newer server version) adds nothing. Returns whether a row was added.
    Result<bool> record(const ConflictRecord &conflict);
    Status recordRejected(const RejectedOp &op);

    Result<QList<ConflictRecord>> list(bool openOnly = true) const;
    Result<qint64> openCount() const;
    Result<bool> hasOpen(const QString &entity, const QString &recordId) const;
    // Marks a conflict resolved ("conflict.not_found" for an unknown id).
    Status resolve(qint64 id, const QString &note, const QDateTime &at);

    Result<QList<RejectedOp>> rejected() const;
    Result<qint64> rejectedCount() const;

private:
    Database &m_database;
};

} // namespace motcua
