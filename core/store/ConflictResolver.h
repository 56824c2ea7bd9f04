#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace motcua {

class Database;
struct ConflictRecord;

// Which side of a conflict the clerk keeps for a field.
enum class ConflictSide { Mine, Server };

// The clerk's choice for one field: a side, or a value typed in (which wins over the side).
struct FieldChoice
{
    ConflictSide side = ConflictSide::Server;
    std::optional<QString> typed;
};

struct ConflictResolution
{
    ConflictSide take = ConflictSide::Server; // for every field that differs and has no choice of its own
    QMap<QString, FieldChoice> fields; // by DossierJson key ("status", "phone", …)
    QString note;
    QDateTime at; // null: now
};

// What a resolution wrote.
struct ResolvedConflict
{
    qint64 conflictId = 0;
    QString recordId;
    QUuid opId; // the new op, queued in the outbox
    qint64 baseVersion = 0; // the server's version the op builds on
    QJsonObject fields; // the chosen values the op carries (without its bookkeeping keys)
    QStringList supersededOps; // pending local ops of the record set aside (sync_rejected_ops)
    QList<qint64> alsoResolved; // older open conflicts of the same record closed with this one
};

// Resolves a dossier conflict the way DESIGN.md "Conflicts" asks: the clerk keeps, field by field,
// this device's value or the server's (or types one); the outcome is a NEW op built on the
// server's version (base_version = the server's version, fields = the chosen values), with a
// "resolve_conflict" event, the local dossier rewritten to the server's record plus the choices,
// and the conflict marked resolved, all in one transaction.
//
// The local op that conflicted never goes to the server again: a push conflict already took it out
// of the outbox (RemoteChanges::recordPushOutcomes); ops of the record still pending (a pull
// conflict) were built on a version the server no longer has, so they leave the outbox for the
// rejected list ("conflict.superseded", kept whole) and the resolution op replaces them.
class ConflictResolver final
{
public:
    ConflictResolver(Database &database, QString actor);

    // The fields a clerk may choose for a conflict, and those of them whose values differ.
    static QStringList choosableFields(const ConflictRecord &conflict);
    static QStringList differingFields(const ConflictRecord &conflict);
    // The fields that follow the side the status is kept from (the legal clock: the pauses and
    // the due date); a choice of the other side for one of them is refused.
    static QStringList clockFieldsOfStatus();

    // Errors: "conflict.not_found", "conflict.already_resolved", "conflict.unknown_field",
    // "conflict.invalid_value", "conflict.superseded" (a newer open conflict of the same record
    // must be resolved instead), "conflict.unsupported_entity", "dossier.not_found", store errors.
    // Nothing is written when it fails.
    Result<ResolvedConflict> resolve(qint64 conflictId, const ConflictResolution &resolution);

private:
    Database &m_database;
    QString m_actor;
};

} // namespace motcua
