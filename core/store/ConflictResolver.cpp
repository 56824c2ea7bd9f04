#include "ConflictResolver.h"

#include "ClerkChanges.h"
#include "Conflicts.h"
#include "Database.h"
#include "Outbox.h"
#include "RemoteChanges.h"
#include "RemoteDossiers.h"
#include "domain/CitizenId.h"
#include "domain/DossierLifecycle.h"
#include "domain/DossierStatus.h"
#include "domain/TextFold.h"
#include "domain/VietnamTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::ConflictResolver", text);
}

// The dossier fields a clerk decides on. Bookkeeping (id, version, updated_at, event) follows the
// resolution; the code, the receipt time, the commune and the origin never change after receipt.
const QStringList &decidable()
{
    static const QStringList fields{QStringLiteral("procedure_code"), QStringLiteral("applicant_name"),
        QStringLiteral("citizen_id"), QStringLiteral("phone"), QStringLiteral("address"), QStringLiteral("email"),
        QStringLiteral("status"), QStringLiteral("due_date"), QStringLiteral("done_at"), QStringLiteral("returned_at"),
        QStringLiteral("pauses"), QStringLiteral("documents")};
    return fields;
}

Error invalid(const QString &field, const QString &why)
{
    return makeError(QStringLiteral("conflict.invalid_value"), tr("The value typed for %1 %2").arg(field, why));
}

// The resolution builds on the server's record, so the status it keeps is a move from the
// server's status, which the law must allow: a resolution never reopens a closed dossier or takes
// a "done" one back into processing, whichever side or typed value the clerk picked.
Status checkChosenStatus(const ConflictRecord &conflict, const QJsonObject &chosen)
{
    if (!chosen.contains(QLatin1String("status")))
        return {};
    const auto server = statusFromKey(conflict.serverFields.value(QLatin1String("status")).toString());
    const auto kept = statusFromKey(chosen.value(QLatin1String("status")).toString());
    if (!server || !kept || DossierLifecycle::isReachable(*server, *kept))
        return {};
    return makeError(QStringLiteral("lifecycle.illegal_move"),
        tr("The server's record is %1; the law does not lead from there to %2. Keep the server's status, then "
           "move the dossier if needed.")
            .arg(statusLabel(*server), statusLabel(*kept)));
}

// The pauses of the local row, as the ops carry them (DossierJson): the row's columns lack them.
Result<QJsonArray> localPauses(Database &database, const QString &dossierId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT position, started_at, ended_at, working_days FROM dossier_pauses "
                                 "WHERE dossier_id = ? ORDER BY position"));
    query.addBindValue(dossierId);
    if (!query.exec()) {
        return makeError(QStringLiteral("store.read_failed"),
            tr("The pauses of the dossier could not be read: %1").arg(query.lastError().text()));
    }
    QJsonArray pauses;
    while (query.next()) {
        pauses.append(QJsonObject{{QStringLiteral("position"), query.value(0).toInt()},
            {QStringLiteral("started_at"), query.value(1).toString()},
            {QStringLiteral("ended_at"),
                query.value(2).isNull() ? QJsonValue() : QJsonValue(query.value(2).toString())},
            {QStringLiteral("working_days"), query.value(3).toInt()}});
    }
    return pauses;
}

// The status, its pauses and the due date are one legal clock: a dossier kept "in process" from
// this device with the server's open supplement pause (or its due date) would count the days
// wrong. So the pauses and the due date follow the side the status is kept from: where they
// differ they join the decided fields with that side, and an explicit choice of the other side
// is refused. A status the clerk typed is his own decision and aligns nothing.
Status alignLegalClock(const ConflictResolution &resolution, const QJsonObject &mine, const QJsonObject &server,
    QStringList &decided, QMap<QString, ConflictSide> &sides)
{
    if (!decided.contains(QLatin1String("status")))
        return {};
    const auto statusChoice = resolution.fields.constFind(QStringLiteral("status"));
    if (statusChoice != resolution.fields.constEnd() && statusChoice->typed)
        return {};
    const ConflictSide side = statusChoice != resolution.fields.constEnd() ? statusChoice->side : resolution.take;
    for (const QString &field : ConflictResolver::clockFieldsOfStatus()) {
        const auto choice = resolution.fields.constFind(field);
        if (choice != resolution.fields.constEnd()) {
            if (!choice->typed && choice->side != side) {
                return makeError(QStringLiteral("conflict.clock_split"),
                    tr("The status, the pauses and the due date are one legal clock: keep %1 from the same side as "
                       "the status.")
                        .arg(field));
            }
            continue;
        }
        if (mine.value(field) == server.value(field))
            continue;
        if (!decided.contains(field))
            decided.append(field);
        sides.insert(field, side);
    }
    return {};
}

// A value typed by the clerk in the form the op and the store carry.
Result<QJsonValue> typedValue(const QString &field, const QString &typed)
{
    const QString value = typed.trimmed();
    if (field == QLatin1String("applicant_name")) {
        const QString name = TextFold::normalize(value);
        if (name.isEmpty())
            return invalid(field, tr("is empty: enter the applicant's full name."));
        return QJsonValue(name);
    }
    if (field == QLatin1String("citizen_id")) {
        auto parsed = CitizenId::parse(value, VietnamTime::now().date().year());
        if (!parsed)
            return invalid(field, tr("is not a citizen ID: %1").arg(parsed.error().message));
        return QJsonValue(parsed->number);
    }
    if (field == QLatin1String("status")) {
        if (!statusFromKey(value))
            return invalid(field, tr("is not a dossier status: \"%1\".").arg(value));
        return QJsonValue(value);
    }
    if (field == QLatin1String("due_date")) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            return invalid(field, tr("is not a date (YYYY-MM-DD): \"%1\".").arg(value));
        return QJsonValue(date.toString(Qt::ISODate));
    }
    if (field == QLatin1String("done_at") || field == QLatin1String("returned_at")) {
        if (value.isEmpty())
            return QJsonValue();
        const auto at = VietnamTime::parseIso(value);
        if (!at)
            return invalid(field, tr("is not a time (ISO 8601): \"%1\".").arg(value));
        return QJsonValue(VietnamTime::toIso(*at));
    }
    if (field == QLatin1String("pauses") || field == QLatin1String("documents"))
        return invalid(field, tr("cannot be typed: keep this device's list or the server's."));
    if (field == QLatin1String("address"))
        return QJsonValue(TextFold::normalize(value));
    return QJsonValue(value);
}

Result<QStringList> pendingOps(Database &database, const QString &recordId, QList<OutboxOp> &ops)
{
    auto all = Outbox(database).pending(-1);
    if (!all)
        return all.error();
    QStringList ids;
    for (const OutboxOp &op : std::as_const(*all)) {
        // A forwarded op is another device's change: the server, not this resolution, decides on it.
        if (op.entity == QLatin1String("dossier") && op.entityId == recordId && op.originDevice.isEmpty()) {
            ops.append(op);
            ids.append(op.opId.toString(QUuid::WithoutBraces));
        }
    }
    return ids;
}

} // namespace

ConflictResolver::ConflictResolver(Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{
}

QStringList ConflictResolver::choosableFields(const ConflictRecord &conflict)
{
    QStringList fields;
    for (const QString &field : decidable()) {
        if (conflict.localFields.contains(field) || conflict.serverFields.contains(field))
            fields.append(field);
    }
    return fields;
}

QStringList ConflictResolver::clockFieldsOfStatus()
{
    return {QStringLiteral("pauses"), QStringLiteral("due_date")};
}

QStringList ConflictResolver::differingFields(const ConflictRecord &conflict)
{
    // Only what this device changed can disagree: a field the local side does not carry was not
    // touched here, so the server's value stands.
    QStringList fields;
    for (const QString &field : decidable()) {
        if (conflict.localFields.contains(field)
            && conflict.localFields.value(field) != conflict.serverFields.value(field))
            fields.append(field);
    }
    return fields;
}

Result<ResolvedConflict> ConflictResolver::resolve(qint64 conflictId, const ConflictResolution &resolution)
{
    auto all = Conflicts(m_database).list(false);
    if (!all)
        return all.error();
    const auto found = std::find_if(
        all->begin(), all->end(), [&](const ConflictRecord &conflict) { return conflict.id == conflictId; });
    if (found == all->end())
        return makeError(QStringLiteral("conflict.not_found"), tr("There is no conflict number %1.").arg(conflictId));
    const ConflictRecord conflict = *found;
    if (!conflict.isOpen()) {
        return makeError(QStringLiteral("conflict.already_resolved"),
            tr("Conflict %1 was already resolved on %2.").arg(conflictId).arg(VietnamTime::toIso(conflict.resolvedAt)));
    }
    if (conflict.entity != QLatin1String("dossier")) {
        return makeError(QStringLiteral("conflict.unsupported_entity"),
            tr("Conflicts on \"%1\" records cannot be resolved here.").arg(conflict.entity));
    }
    QList<qint64> older;
    for (const ConflictRecord &other : std::as_const(*all)) {
        if (other.id == conflict.id || !other.isOpen() || other.entity != conflict.entity
            || other.recordId != conflict.recordId)
            continue;
        if (other.serverVersion > conflict.serverVersion) {
            return makeError(QStringLiteral("conflict.superseded"),
                tr("The server has a newer version of this dossier in conflict %1: resolve that one instead.")
                    .arg(other.id));
        }
        older.append(other.id);
    }

    const QStringList choosable = choosableFields(conflict);
    for (auto choice = resolution.fields.begin(); choice != resolution.fields.end(); ++choice) {
        if (!choosable.contains(choice.key())) {
            return makeError(QStringLiteral("conflict.unknown_field"),
                tr("Conflict %1 has no field \"%2\"; its fields are: %3.")
                    .arg(conflictId)
                    .arg(choice.key(), choosable.join(QStringLiteral(", "))));
        }
    }

    ResolvedConflict resolved;
    resolved.conflictId = conflictId;
    resolved.recordId = conflict.recordId;
    resolved.baseVersion = conflict.serverVersion;
    resolved.alsoResolved = older;
    const QDateTime at = resolution.at.isValid() ? resolution.at : VietnamTime::now();

    auto status = m_database.write([&]() -> Status {
        auto dossier = ClerkChanges::head(m_database, conflict.recordId);
        if (!dossier)
            return dossier.error();
        if (!*dossier) {
            return makeError(
                QStringLiteral("dossier.not_found"), tr("There is no dossier \"%1\".").arg(conflict.recordId));
        }
        // "Mine" is what this device holds: the local row, with the conflicting change's own
        // values over it (a push conflict's op may carry pauses or documents the row lacks).
        auto row = RemoteDossiers::localFields(m_database, conflict.recordId);
        if (!row)
            return row.error();
        QJsonObject mine = *row;
        for (auto field = conflict.localFields.begin(); field != conflict.localFields.end(); ++field)
            mine.insert(field.key(), field.value());
        if (!mine.contains(QLatin1String("pauses"))) {
            auto pauses = localPauses(m_database, conflict.recordId);
            if (!pauses)
                return pauses.error();
            mine.insert(QStringLiteral("pauses"), *pauses);
        }

        QStringList decided = differingFields(conflict);
        for (auto choice = resolution.fields.begin(); choice != resolution.fields.end(); ++choice) {
            if (!decided.contains(choice.key()))
                decided.append(choice.key());
        }
        QMap<QString, ConflictSide> clockSides;
        if (auto clock = alignLegalClock(resolution, mine, conflict.serverFields, decided, clockSides); !clock)
            return clock;
        QJsonObject chosen;
        for (const QString &field : std::as_const(decided)) {
            const auto choice = resolution.fields.constFind(field);
            if (choice != resolution.fields.constEnd() && choice->typed) {
                auto value = typedValue(field, *choice->typed);
                if (!value)
                    return value.error();
                chosen.insert(field, *value);
                continue;
            }
            const ConflictSide side
                = choice != resolution.fields.constEnd() ? choice->side : clockSides.value(field, resolution.take);
            chosen.insert(field, side == ConflictSide::Mine ? mine.value(field) : conflict.serverFields.value(field));
        }
        resolved.fields = chosen;
        if (auto lawful = checkChosenStatus(conflict, chosen); !lawful)
            return lawful;

        // Pending ops of the record were made on a version the server no longer has.
        QList<OutboxOp> pending;
        auto superseded = pendingOps(m_database, conflict.recordId, pending);
        if (!superseded)
            return superseded.error();
        resolved.supersededOps = *superseded;
        Conflicts conflicts(m_database);
        for (const OutboxOp &op : std::as_const(pending)) {
            RejectedOp rejected{op.opId.toString(QUuid::WithoutBraces), op.entity, op.entityId, op.baseVersion,
                op.fields, op.blobRefs, QStringLiteral("conflict.superseded"),
                tr("Replaced by the resolution of conflict %1.").arg(conflictId), false, at};
            if (auto s = conflicts.recordRejected(rejected); !s)
                return s;
        }
        QList<QUuid> pendingIds;
        for (const OutboxOp &op : std::as_const(pending))
            pendingIds.append(op.opId);
        if (auto s = Outbox(m_database).acknowledge(pendingIds); !s)
            return s;

        // The local dossier becomes the server's version with the clerk's choices over it.
        QJsonObject record = conflict.serverFields;
        for (const char *bookkeeping : {"event", "version", "id"})
            record.remove(QString::fromLatin1(bookkeeping));
        for (auto field = chosen.begin(); field != chosen.end(); ++field)
            record.insert(field.key(), field.value());
        auto applied = RemoteDossiers::apply(m_database,
            RemoteRecord{conflict.entity, conflict.recordId, conflict.serverVersion, record,
                conflict.serverOriginDevice, false});
        if (!applied)
            return applied.error();
        if (*applied) {
            return makeError(
                QStringLiteral("conflict.invalid_value"), tr("The chosen values cannot be saved: %1.").arg(**applied));
        }

        // The op and its event build on the server's version.
        DossierHead base = **dossier;
        base.version = int(conflict.serverVersion);
        auto statusNow = ClerkChanges::head(m_database, conflict.recordId);
        if (!statusNow)
            return statusNow.error();
        const DossierStatus finalStatus = (*statusNow)->status;
        base.status = dossier->value().status; // the event says where this device's record came from

        DossierEvent event;
        event.at = at;
        event.actor = m_actor;
        event.action = QStringLiteral("resolve_conflict");
        const QString note = resolution.note.trimmed();
        event.note = note.isEmpty() ? tr("Conflict resolved") : tr("Conflict resolved: %1").arg(note);
        // This desk's events that the conflict kept from the server (the conflicting op's, then
        // those of the ops it supersedes) travel with the resolution, so that every desk of the
        // commune ends with the same timeline.
        QJsonArray history;
        const QJsonValue conflictEvent = conflict.localFields.value(QStringLiteral("event"));
        if (conflictEvent.isObject())
            history.append(conflictEvent);
        for (const OutboxOp &op : std::as_const(pending)) {
            const QJsonValue pendingEvent = op.fields.value(QStringLiteral("event"));
            if (pendingEvent.isObject())
                history.append(pendingEvent);
        }
        QJsonObject opFields = chosen;
        if (!history.isEmpty())
            opFields.insert(QStringLiteral("history"), history);
        auto opId = ClerkChanges::record(m_database, base, event, opFields, finalStatus);
        if (!opId)
            return opId.error();
        resolved.opId = *opId;

        const QString resolutionNote = note.isEmpty() ? tr("resolved") : note;
        if (auto s = conflicts.resolve(conflictId, resolutionNote, at); !s)
            return s;
        for (qint64 id : std::as_const(older)) {
            if (auto s = conflicts.resolve(id, tr("Superseded by the resolution of conflict %1.").arg(conflictId), at);
                !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status.error();
    return resolved;
}

} // namespace motcua
