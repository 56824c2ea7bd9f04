#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// How a dossier pulled from the server is written to the local tables (used by RemoteChanges, not
// a public interface). Runs inside the caller's transaction and savepoint.
namespace motcua {

class Database;
struct RemoteRecord;

namespace RemoteDossiers {

// The local version of the dossier, nullopt when this store does not have it.
Result<std::optional<qint64>> localVersion(Database &database, const QString &id);

// Whether the dossier has ops waiting in the outbox.
Result<bool> hasPendingOps(Database &database, const QString &id);

// The local dossier row (DossierJson keys, without documents and events), for a conflict record.
Result<QJsonObject> localFields(Database &database, const QString &id);

// Inserts or updates the dossier from the record (fields merged onto the local row), with its
// documents, pauses and event when the record carries them. nullopt: applied; otherwise the
// reason it cannot be applied yet (unknown procedure, fields missing for a new dossier).
Result<std::optional<QString>> apply(Database &database, const RemoteRecord &record);

} // namespace RemoteDossiers
} // namespace motcua
