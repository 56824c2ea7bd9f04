#pragma once

#include "domain/Dossier.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace motcua {

class Database;

// What the data clerk's tools (ConflictResolver, DuplicateFinder) read of a dossier before they
// change it.
struct DossierHead
{
    QString id; // UUID without braces
    QString code;
    QString procedureCode;
    QString applicantName;
    QString citizenId;
    DossierStatus status = DossierStatus::Received;
    QDateTime receivedAt;
    int version = 0;
};

// The writes the clerk's tools share, inside the caller's Database::write (not a public
// interface). A clerk's change is like any other change of a dossier: its row moves to a new
// version, exactly one dossier_events row and one outbox op carry it, with the same op id, so
// it syncs as an op and reaches every device's history.
namespace ClerkChanges {

// The dossier by UUID or code; nullopt when unknown.
Result<std::optional<DossierHead>> head(Database &database, const QString &idOrCode);

// Writes the event (its id and op id are made here) and the op {fields + "version",
// "updated_at", "event"} on base version `baseVersion`, and moves the row to baseVersion + 1
// (status `to` when given). Fails with "dossier.changed" when the row is no longer at
// baseVersion. Returns the op id.
Result<QUuid> record(Database &database, const DossierHead &dossier, DossierEvent event, QJsonObject fields,
    std::optional<DossierStatus> to = std::nullopt);

} // namespace ClerkChanges
} // namespace motcua
