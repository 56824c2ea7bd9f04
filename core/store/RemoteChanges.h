#pragma once

#include "Outbox.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua {

class Database;

// A record as the province server holds it: an item of a pull page, or the server's side of a push
// conflict. The store's own copy of the wire's "change" (core does not depend on sync/).
struct RemoteRecord
{
    QString entity; // "dossier", "dossier_event", "scan", "catalog", "calendar", or a newer entity
                    // this client skips
    QString id;
    qint64 version = 1;
    QJsonObject fields; // for a dossier the DossierJson keys (all, or the changed ones)
    QString originDevice; // empty for a province publication
    bool deleted = false;
};

// What the server answered for one pushed op (or what the client decided before sending it).
struct PushedOpOutcome
{
    enum class Kind { Applied, Duplicate, Conflict, Rejected, Retry };

    OutboxOp op;
    Kind kind = Kind::Applied;
    qint64 version = 0; // applied, duplicate: the version the op made; conflict: the server's
    std::optional<RemoteRecord> serverRecord; // conflict
    QString reason; // rejected, retry: a code
    QString message; // rejected: human text
    bool rejectedByClient = false; // set aside before sending (broke the wire rules)
};

struct PushRecordSummary
{
    int applied = 0;
    int duplicates = 0;
    int conflicts = 0;
    int rejected = 0;
    int retried = 0; // left in the outbox
};

struct PullApplySummary
{
    int applied = 0; // records written to the local tables (dossiers, catalog, calendar)
    int alreadyKnown = 0; // this device's own versions, or versions it had
    int conflicts = 0; // pulled versions of records with pending ops or open conflicts
    int unapplied = 0; // kept to apply later (unknown procedure, partial record, invalid content)
    int unknownEntities = 0; // skipped: entities this client does not know
    int catalogs = 0;
    int calendars = 0;
    int events = 0; // dossier events added to the local history (dossier_event changes)
    int scans = 0; // documents whose scan arrived (no longer "scan pending")
};

// Applies what the server says to the local store, each call in ONE transaction:
// - recordPushOutcomes: acknowledged ops leave the outbox together with their results (versions in
//   sync_records, conflicts and rejected ops in the clerk's lists); "retry" ops stay.
// - applyPage: a pull page and its cursor. A dossier with pending local ops or an open conflict is
//   never overwritten: the pulled version becomes a conflict record. Other dossiers are inserted
//   or updated (the fields are merged: a move carries only what changed); a record that cannot be
//   applied yet (procedure not in the catalog, only part of the fields) is kept in sync_records
//   and applied after a later page. Catalog publications go to ProcedureRepository, calendars to
//   the stored holiday schedules (meta "holiday_schedules"); dossier events join the local history
//   once each (by event id); a "scan" change completes the documents that waited for that scan;
//   unknown entities are skipped.
// Belongs to the thread of its Database.
class RemoteChanges final
{
public:
    explicit RemoteChanges(Database &database);

    Result<PushRecordSummary> recordPushOutcomes(const QList<PushedOpOutcome> &outcomes);
    Result<PullApplySummary> applyPage(const QList<RemoteRecord> &records, const QString &cursor);

    // Attachment hashes that dossier records reference and the local store does not hold: the
    // puller downloads them before applying the page.
    Result<QStringList> missingAttachments(const QList<RemoteRecord> &records) const;

    // Records kept because they could not be applied yet.
    Result<qint64> unappliedCount() const;

    // Scans the server announced complete (a "scan" change) that documents here still wait for:
    // the puller downloads them, then attachFetchedScans() gives them to their documents (how many
    // documents it completed).
    Result<QStringList> scansToFetch() const;
    Result<int> attachFetchedScans();

    // Every scan that documents here name but whose bytes are not here ("scan pending").
    Result<QStringList> pendingScans() const;

private:
    Result<bool> applyOne(const RemoteRecord &record, PullApplySummary &summary);
    Result<bool> applyEvent(const RemoteRecord &record, PullApplySummary &summary);
    Result<bool> applyScan(const RemoteRecord &record, PullApplySummary &summary);
    Status retryUnapplied(PullApplySummary &summary);
    Status remember(const RemoteRecord &record, const QString &unappliedReason);

    Database &m_database;
    QString m_deviceId;
};

} // namespace motcua
