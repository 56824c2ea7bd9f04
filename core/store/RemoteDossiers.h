#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// How a dossier pulled from the server is written to the local tables (used by RemoteChanges, not
// a public interface). Runs inside the caller's transaction and savepoint.
namespace motcua {

class Database;
struct RemoteRecord;

namespace RemoteDossiers {

// The local version of the dossier, nullopt when this store does not have it.
Result<std::optional<qint64>> localVersion(Database &database, const QString &id);

// Whether the dossier has ops of this desk's own waiting in the outbox (not forwarded ones).
Result<bool> hasPendingOps(Database &database, const QString &id);

// The local dossier row (DossierJson keys, without documents and events), for a conflict record.
Result<QJsonObject> localFields(Database &database, const QString &id);

// Inserts or updates the dossier from the record (fields merged onto the local row), with its
// documents, pauses and event when the record carries them. nullopt: applied; otherwise the
// reason it cannot be applied yet (unknown procedure, fields missing for a new dossier).
Result<std::optional<QString>> apply(Database &database, const RemoteRecord &record);

// What became of a dossier event offered to the local history.
enum class EventOutcome {
    Added,
    Known, // this desk has it already (made here, pulled before, or imported)
    NoDossier, // its dossier is not on this desk (yet): keep it for later
    Invalid, // no id, time, status or dossier: nothing to keep
};

// Adds a dossier event (DossierJson event keys) to the dossier's history, deduplicated by event
// id. Events of a dossier merged into another go to the kept one, like the merge's own moves.
Result<EventOutcome> addEvent(Database &database, const QString &dossierId, const QJsonObject &event);

// Documents waiting for the scan `sha256` take it once it is in the attachment store. Returns how
// many documents it completed, or -1 when documents still wait for it (the bytes are not here).
Result<int> attachScan(Database &database, const QString &sha256);

// The scans that documents of this desk name but whose bytes are not here: "scan pending".
Result<QStringList> pendingScans(Database &database);

} // namespace RemoteDossiers
} // namespace motcua
