#include "PushBatch.h"

#include "ServerDatabase.h"
#include "protocol/ErrorBody.h"
#include "protocol/WireTypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace motcua::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::ServerStore", text);
}

protocol::PushResult outcome(const QString &opId, protocol::PushOutcome kind)
{
    protocol::PushResult result;
    result.opId = opId;
    result.result = kind;
    return result;
}

protocol::PushResult rejected(const QString &opId, const char *reason, const QString &message)
{
    protocol::PushResult result = outcome(opId, protocol::PushOutcome::Rejected);
    result.reason = QString::fromLatin1(reason);
    result.message = message;
    return result;
}

QString key(const QString &a, const QString &b)
{
    return a + QLatin1Char('\n') + b;
}

Error raced()
{
    // Nothing was written: the retried transaction reads the other transaction's rows.
    return Error{QString::fromLatin1(protocol::errors::unavailable),
        tr("Another push wrote the same rows at the same moment; try again.")};
}

} // namespace

PushBatch::PushBatch(const DeviceInfo &device, const QList<protocol::PushOp> &ops)
    : m_device(device)
{
    m_prepared.reserve(ops.size());
    for (const protocol::PushOp &op : ops) {
        PreparedOp &next = m_prepared.emplace_back();
        next.op = &op;
        next.newFields = op.fields;
        const bool hasHistory = next.newFields.contains(QStringLiteral("history"));
        next.newFields.remove(QStringLiteral("history")); // events, kept as events, not a field
        // The text the parser made while bounding the fields, unless history is to be left out.
        next.newFieldsText = QString::fromUtf8(
            hasHistory || op.fieldsJson.isEmpty() ? protocol::compactJson(next.newFields) : op.fieldsJson);
        if (op.entity != QLatin1String(protocol::entityDossier))
            continue;
        // The events of this device that never reached the server because their ops met a conflict
        // (a resolution carries them as "history"), then the op's own: every desk of the commune
        // then holds the same timeline.
        QJsonArray events = op.fields.value(QStringLiteral("history")).toArray();
        events.append(op.fields.value(QStringLiteral("event")));
        for (const QJsonValue &value : events) {
            QJsonObject event = value.toObject();
            const QString eventId = event.value(QStringLiteral("id")).toString();
            // An op without a well-formed event (an old desk's, or a field-only update) has none to keep.
            if (!value.isObject() || !protocol::isCanonicalUuid(eventId))
                continue;
            event.insert(QStringLiteral("dossier_id"), op.id);
            next.events << Event{
                eventId, event.value(QStringLiteral("at")).toString(), QString::fromUtf8(protocol::compactJson(event))};
        }
    }
}

Status PushBatch::readAhead(ServerDatabase &db)
{
    Result<Snapshot> read = readSnapshot(db);
    if (!read)
        return read.error();
    m_readAhead = std::move(read).value();
    return {};
}

Result<QList<protocol::PushResult>> PushBatch::apply(ServerDatabase &db, const QString &at)
{
    m_at = at;
    m_log.emplace(db, m_device.communeCode);
    m_originInCommune.clear();
    m_completeScans.clear();
    m_appliedRows.clear();
    m_eventRows.clear();
    m_blobRefRows.clear();
    if (Status locked = m_log->lock(); !locked)
        return locked.error();
    if (m_readAhead) {
        m_rows = *m_readAhead;
    } else {
        Result<Snapshot> read = readSnapshot(db);
        if (!read)
            return read.error();
        m_rows = std::move(read).value();
    }
    if (Status read = readScans(db); !read)
        return read.error();
    QList<protocol::PushResult> results;
    results.reserve(m_prepared.size());
    for (const PreparedOp &op : m_prepared) {
        Result<protocol::PushResult> result = decide(db, op);
        if (!result)
            return result.error();
        results << std::move(result).value();
    }
    if (Status written = write(db); !written) {
        m_readAhead.reset(); // the next try reads inside the lock
        return written.error();
    }
    if (Status finished = m_log->finish(); !finished)
        return finished.error();
    return results;
}

Result<PushBatch::Snapshot> PushBatch::readSnapshot(ServerDatabase &db) const
{
    Snapshot snapshot;
    QHash<QString, QStringList> idsByEntity;
    QHash<QString, QStringList> opIdsByOrigin;
    QStringList eventIds;
    for (const PreparedOp &prepared : m_prepared) {
        const protocol::PushOp &op = *prepared.op;
        idsByEntity[op.entity] << op.id;
        opIdsByOrigin[op.originDevice.value_or(m_device.deviceId)] << op.opId;
        for (const Event &event : prepared.events)
            eventIds << event.id;
    }
    for (auto entity = idsByEntity.cbegin(); entity != idsByEntity.cend(); ++entity) {
        const Status read = db.forEachRowIn(
            QStringLiteral("SELECT id, version, fields, origin_device, deleted, commune_code FROM records "
                           "WHERE entity = ? AND id IN (%1)"),
            {entity.key()},
            entity->count() > 1 ? QStringList(QSet<QString>(entity->begin(), entity->end()).values()) : *entity,
            [&](const QSqlQuery &row) {
                Record record;
                record.change.entity = entity.key();
                record.change.id = row.value(0).toString();
                record.change.version = row.value(1).toLongLong();
                record.change.deleted = row.value(4).toInt() != 0;
                if (!record.change.deleted)
                    record.change.fields = QJsonDocument::fromJson(row.value(2).toString().toUtf8()).object();
                if (!row.value(3).isNull())
                    record.change.originDevice = row.value(3).toString();
                record.communeCode = row.value(5).toString();
                record.storedVersion = record.change.version;
                snapshot.records.insert(key(entity.key(), record.change.id), record);
                return true;
            });
        if (!read)
            return read.error();
    }
    for (auto origin = opIdsByOrigin.cbegin(); origin != opIdsByOrigin.cend(); ++origin) {
        const Status read = db.forEachRowIn(
            QStringLiteral("SELECT op_id, version FROM applied_ops WHERE device_id = ? AND op_id IN (%1)"),
            {origin.key()}, *origin, [&](const QSqlQuery &row) {
                snapshot.appliedOps.insert(key(origin.key(), row.value(0).toString()), row.value(1).toLongLong());
                return true;
            });
        if (!read)
            return read.error();
    }
    if (Status read = db.forEachRowIn(
            QStringLiteral("SELECT event_id FROM dossier_events WHERE commune_code = ? AND event_id IN (%1)"),
            {m_device.communeCode}, eventIds,
            [&](const QSqlQuery &row) {
                snapshot.events.insert(row.value(0).toString());
                return true;
            });
        !read)
        return read.error();
    return snapshot;
}

Status PushBatch::readScans(ServerDatabase &db)
{
    QStringList scans;
    for (const PreparedOp &prepared : m_prepared)
        scans << prepared.op->blobRefs;
    // Inside the lock: a scan read as complete is not reclaimed before the reference is written.
    return db.forEachRowIn(QStringLiteral("SELECT sha256 FROM commune_scans WHERE commune_code = ? AND complete = 1 "
                                          "AND sha256 IN (%1)"),
        {m_device.communeCode}, scans, [&](const QSqlQuery &row) {
            m_completeScans.insert(row.value(0).toString());
            return true;
        });
}

Result<bool> PushBatch::isDeviceOfCommune(ServerDatabase &db, const QString &deviceId)
{
    if (const auto known = m_originInCommune.constFind(deviceId); known != m_originInCommune.constEnd())
        return known.value();
    const Result<std::optional<QVariantList>> found
        = db.selectRow(QStringLiteral("SELECT commune_code FROM devices WHERE device_id = ?"), {deviceId});
    if (!found)
        return found.error();
    const bool inCommune = *found && (**found)[0].toString() == m_device.communeCode;
    m_originInCommune.insert(deviceId, inCommune);
    return inCommune;
}

QStringList PushBatch::pendingScans(const QStringList &sha256s) const
{
    QStringList pending;
    for (const QString &sha256 : sha256s) {
        if (!m_completeScans.contains(sha256))
            pending << sha256;
    }
    return pending;
}

Result<protocol::PushResult> PushBatch::decide(ServerDatabase &db, const PreparedOp &prepared)
{
    const protocol::PushOp &op = *prepared.op;
    if (!protocol::isPushableEntity(op.entity))
        return rejected(op.opId, "entity.unknown", tr("Devices cannot push records of type \"%1\".").arg(op.entity));
    // A forwarded op is deduplicated and logged under the device that made it, so it is applied
    // once whether the origin or a forwarder (or both) pushes it.
    const QString origin = op.originDevice.value_or(m_device.deviceId);
    if (origin != m_device.deviceId) {
        const Result<bool> inCommune = isDeviceOfCommune(db, origin);
        if (!inCommune)
            return inCommune.error();
        if (!*inCommune)
            return rejected(op.opId, protocol::errors::scopeCommune,
                tr("The op's origin device %1 is not a device of this commune.").arg(origin));
    }

    // The dedup row is the guard: if it exists, this device sent this op before and it was
    // applied, and nothing below runs.
    const QString opKey = key(origin, op.opId);
    if (const auto applied = m_rows.appliedOps.constFind(opKey); applied != m_rows.appliedOps.constEnd()) {
        protocol::PushResult duplicate = outcome(op.opId, protocol::PushOutcome::Duplicate);
        duplicate.version = *applied;
        duplicate.pendingBlobs = pendingScans(op.blobRefs);
        return duplicate;
    }

    const QString recordKey = key(op.entity, op.id);
    const auto found = m_rows.records.find(recordKey);
    if (found != m_rows.records.end() && found->communeCode != m_device.communeCode)
        return rejected(op.opId, protocol::errors::scopeCommune, tr("This record belongs to another commune."));
    if (found == m_rows.records.end() && op.baseVersion > 0)
        return rejected(op.opId, "record.unknown", tr("The server has no record %1 to change.").arg(op.id));
    if (found != m_rows.records.end() && found->change.version != op.baseVersion) {
        protocol::PushResult conflict = outcome(op.opId, protocol::PushOutcome::Conflict);
        conflict.version = found->change.version;
        conflict.serverRecord = found->change;
        return conflict;
    }

    const qint64 version = op.baseVersion + 1;
    m_rows.appliedOps.insert(opKey, version);
    m_appliedRows << origin << op.opId << op.entity << op.id << version << m_at;
    // An update carries only the fields it changes (a move sends the status and its times), so it
    // is merged into the stored record: a device that first pulls the record later must get it whole.
    const bool exists = found != m_rows.records.end();
    Record &record = exists ? *found : m_rows.records[recordKey];
    if (exists) {
        for (auto field = prepared.newFields.begin(); field != prepared.newFields.end(); ++field)
            record.change.fields.insert(field.key(), field.value());
        record.fieldsText.clear();
    } else {
        record.change.entity = op.entity;
        record.change.id = op.id;
        record.change.fields = prepared.newFields;
        record.communeCode = m_device.communeCode;
        record.fieldsText = prepared.newFieldsText;
    }
    record.change.version = version;
    record.change.originDevice = origin;
    record.change.deleted = false;
    record.changed = true;

    for (const QString &sha256 : op.blobRefs)
        m_blobRefRows << m_device.communeCode << sha256;
    if (Status logged = m_log->append(LoggedChange{op.entity, op.id, version, origin, m_device.deviceId, {}}); !logged)
        return logged.error();
    for (const Event &event : prepared.events) {
        if (m_rows.events.contains(event.id))
            continue; // a copy of an event the commune holds already
        m_rows.events.insert(event.id);
        // The row names the log entry that the append below makes.
        m_eventRows << m_device.communeCode << event.id << op.id << event.at << event.text << origin
                    << m_log->nextSeq();
        if (Status logged = m_log->append(LoggedChange{
                QString::fromLatin1(protocol::entityDossierEvent), event.id, 1, origin, m_device.deviceId, event.text});
            !logged)
            return logged.error();
    }
    protocol::PushResult result = outcome(op.opId, protocol::PushOutcome::Applied);
    result.version = version;
    // Records travel before their scans: the op is applied whatever the state of its scans, which
    // are now pending for the commune until its upload of them completes.
    result.pendingBlobs = pendingScans(op.blobRefs);
    return result;
}

Status PushBatch::write(ServerDatabase &db)
{
    QVariantList newRecords;
    qsizetype created = 0;
    for (Record &record : m_rows.records) {
        if (!record.changed)
            continue;
        const QString fields = record.fieldsText.isEmpty()
            ? QString::fromUtf8(protocol::compactJson(record.change.fields))
            : record.fieldsText;
        if (record.storedVersion == 0) {
            newRecords << record.change.entity << record.change.id << record.communeCode << record.change.version
                       << fields << *record.change.originDevice;
            ++created;
            continue;
        }
        const Result<qint64> updated
            = db.exec(QStringLiteral("UPDATE records SET version = ?, fields = ?, origin_device = ?, deleted = 0 "
                                     "WHERE entity = ? AND id = ? AND version = ? AND commune_code = ?"),
                {record.change.version, fields, *record.change.originDevice, record.change.entity, record.change.id,
                    record.storedVersion, m_device.communeCode});
        if (!updated)
            return updated.error();
        if (*updated != 1)
            return raced();
    }
    // Another commune's transaction may have created one of these ids since they were read (records
    // of one commune cannot race: its writers are serialized by the change log lock).
    const Result<qint64> inserted = db.insertRows(
        QStringLiteral(
            "INSERT INTO records (entity, id, commune_code, version, fields, origin_device, deleted) VALUES"),
        QStringLiteral("(?, ?, ?, ?, ?, ?, 0)"), 6, newRecords, QStringLiteral(" ON CONFLICT DO NOTHING"));
    if (!inserted)
        return inserted.error();
    if (*inserted != created)
        return raced();
    const Result<qint64> claimed = db.insertRows(
        QStringLiteral("INSERT INTO applied_ops (device_id, op_id, entity, record_id, version, applied_at) VALUES"),
        QStringLiteral("(?, ?, ?, ?, ?, ?)"), 6, m_appliedRows, QStringLiteral(" ON CONFLICT DO NOTHING"));
    if (!claimed)
        return claimed.error();
    if (*claimed != m_appliedRows.size() / 6)
        return raced();
    const Result<qint64> kept = db.insertRows(
        QStringLiteral("INSERT INTO dossier_events (commune_code, event_id, dossier_id, at, fields, origin_device, "
                       "logged_seq) VALUES"),
        QStringLiteral("(?, ?, ?, ?, ?, ?, ?)"), 7, m_eventRows, QStringLiteral(" ON CONFLICT DO NOTHING"));
    if (!kept)
        return kept.error();
    if (*kept != m_eventRows.size() / 7)
        return raced();
    const Result<qint64> referenced
        = db.insertRows(QStringLiteral("INSERT INTO blob_refs (commune_code, sha256) VALUES"), QStringLiteral("(?, ?)"),
            2, m_blobRefRows, QStringLiteral(" ON CONFLICT DO NOTHING"));
    if (!referenced)
        return referenced.error();
    return {};
}

} // namespace motcua::server
