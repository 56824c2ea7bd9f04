#include "ServerStore.h"

#include "ChangeLog.h"
#include "ServerDatabase.h"
#include "protocol/Credentials.h"
#include "protocol/Enrollment.h"
#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"
#include "protocol/WireTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace motcua::server {

namespace {

constexpr char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int codeValidityDays = 7;
// The fields of one pull page stay under this, so the JSON answer stays near the 8 MiB the
// protocol aims for (at least one change is always returned).
constexpr qint64 pullPageFieldsBudget = 8 * protocol::limits::MiB - 256 * protocol::limits::KiB;

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::ServerStore", text);
}

QString randomDeviceTag()
{
    QString tag;
    for (int i = 0; i < 4; ++i)
        tag += QLatin1Char(crockford[QRandomGenerator::system()->bounded(32)]);
    return tag;
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

QJsonObject parseFields(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

// What every op of one push shares: the device, the time and the commune's change log.
class ServerStore::BatchContext final
{
public:
    BatchContext(ServerDatabase &db, const DeviceInfo &pusher, const QDateTime &nowUtc)
        : device(pusher)
        , at(timeText(nowUtc))
        , log(db, pusher.communeCode)
    {
    }

    const DeviceInfo &device;
    const QString at;
    ChangeLog log;
    QHash<QString, bool> originInCommune; // forwarded ops' origins, checked once per batch
};

ServerStore::ServerStore(ServerDatabase &db)
    : m_db(db)
{
}

Result<IssuedCode> ServerStore::issueCode(
    const QString &communeCode, const QString &communeName, const QDateTime &nowUtc)
{
    for (int attempt = 0; attempt < 10; ++attempt) {
        IssuedCode issued{protocol::EnrollRequest::generateCode(), communeCode, communeName,
            nowUtc.toUTC().addDays(codeValidityDays)};
        const Result<qint64> inserted = m_db.exec(
            QStringLiteral("INSERT INTO enrollment_codes (code, commune_code, commune_name, created_at, expires_at) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
            {issued.code, communeCode, communeName, timeText(nowUtc), timeText(issued.expiresAt)});
        if (!inserted)
            return inserted.error();
        if (*inserted == 1)
            return issued;
    }
    return Error{QString::fromLatin1(protocol::errors::internal), tr("Could not draw a fresh enrollment code.")};
}

Result<QList<DeviceInfo>> ServerStore::devices()
{
    const Result<QList<QVariantList>> rows = m_db.select(
        QStringLiteral("SELECT device_id, commune_code, commune_name, device_tag, device_name, "
                       "enrolled_at, revoked_at FROM devices ORDER BY commune_code, enrolled_at, device_id"));
    if (!rows)
        return rows.error();
    QList<DeviceInfo> list;
    for (const QVariantList &row : *rows) {
        DeviceInfo info{row[0].toString(), row[1].toString(), row[2].toString(), row[3].toString(), row[4].toString(),
            parseTimeText(row[5]), {}};
        if (!row[6].isNull())
            info.revokedAt = parseTimeText(row[6]);
        list << info;
    }
    return list;
}

Status ServerStore::revoke(const QString &deviceId, const QDateTime &nowUtc)
{
    const Result<qint64> updated
        = m_db.exec(QStringLiteral("UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE device_id = ?"),
            {timeText(nowUtc), deviceId});
    if (!updated)
        return updated.error();
    if (*updated != 1)
        return Error{QStringLiteral("device.unknown"), tr("No device %1 is enrolled.").arg(deviceId)};
    return {};
}

Result<EnrolledDevice> ServerStore::enroll(const QString &code, const QString &deviceName, const QDateTime &nowUtc)
{
    return m_db.transaction([&]() -> Result<EnrolledDevice> {
        const Result<std::optional<QVariantList>> found = m_db.selectRow(
            QStringLiteral(
                "SELECT commune_code, commune_name, expires_at, used_at FROM enrollment_codes WHERE code = ?"),
            {code});
        if (!found)
            return found.error();
        if (!*found)
            return Error{
                QString::fromLatin1(protocol::errors::enrollCodeUnknown), tr("This enrollment code was never issued.")};
        const QVariantList &row = **found;
        const QString communeCode = row[0].toString();
        const QString communeName = row[1].toString();
        if (!row[3].isNull())
            return Error{
                QString::fromLatin1(protocol::errors::enrollCodeUsed), tr("This enrollment code was used already.")};
        if (parseTimeText(row[2]) <= nowUtc)
            return Error{
                QString::fromLatin1(protocol::errors::enrollCodeExpired), tr("This enrollment code has expired.")};

        EnrolledDevice enrolled;
        enrolled.token = protocol::DeviceCredential::generateToken();
        enrolled.device = DeviceInfo{
            protocol::uuidText(QUuid::createUuid()), communeCode, communeName, {}, deviceName, nowUtc.toUTC(), {}};
        // Consuming the code is the guarded write: a concurrent enrollment with the same code
        // changes no row here and fails as "used".
        const Result<qint64> consumed = m_db.exec(
            QStringLiteral("UPDATE enrollment_codes SET used_at = ?, device_id = ? WHERE code = ? AND used_at IS NULL"),
            {timeText(nowUtc), enrolled.device.deviceId, code});
        if (!consumed)
            return consumed.error();
        if (*consumed != 1)
            return Error{
                QString::fromLatin1(protocol::errors::enrollCodeUsed), tr("This enrollment code was used already.")};
        for (int attempt = 0; attempt < 64; ++attempt) {
            enrolled.device.deviceTag = randomDeviceTag();
            const Result<qint64> inserted = m_db.exec(
                QStringLiteral("INSERT INTO devices (device_id, commune_code, commune_name, device_tag, device_name, "
                               "token_hash, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                {enrolled.device.deviceId, communeCode, communeName, enrolled.device.deviceTag, deviceName,
                    protocol::DeviceCredential::tokenHash(enrolled.token), timeText(nowUtc)});
            if (!inserted)
                return inserted.error();
            if (*inserted == 1)
                return enrolled;
        }
        return Error{
            QString::fromLatin1(protocol::errors::internal), tr("No free device tag is left in this commune.")};
    });
}

Result<DeviceInfo> ServerStore::authenticate(const QString &deviceId, const QString &token)
{
    const Error invalid{QString::fromLatin1(protocol::errors::authInvalid), tr("The device credential is not valid.")};
    const Result<std::optional<QVariantList>> found
        = m_db.selectRow(QStringLiteral("SELECT commune_code, commune_name, device_tag, device_name, enrolled_at, "
                                        "revoked_at, token_hash FROM devices WHERE device_id = ?"),
            {deviceId});
    if (!found)
        return found.error();
    if (!*found)
        return invalid;
    const QVariantList &row = **found;
    const QByteArray expected = row[6].toString().toLatin1();
    if (!protocol::constantTimeEquals(expected, protocol::DeviceCredential::tokenHash(token).toLatin1()))
        return invalid;
    if (!row[5].isNull())
        return Error{QString::fromLatin1(protocol::errors::authRevoked),
            tr("This device was revoked by the province administrator.")};
    return DeviceInfo{deviceId, row[0].toString(), row[1].toString(), row[2].toString(), row[3].toString(),
        parseTimeText(row[4]), {}};
}

Result<std::optional<protocol::Change>> ServerStore::readRecord(
    const QString &entity, const QString &id, QString *communeCode)
{
    const Result<std::optional<QVariantList>> found
        = m_db.selectRow(QStringLiteral("SELECT version, fields, origin_device, deleted, commune_code FROM records "
                                        "WHERE entity = ? AND id = ?"),
            {entity, id});
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<protocol::Change>();
    const QVariantList &row = **found;
    protocol::Change change;
    change.entity = entity;
    change.id = id;
    change.version = row[0].toLongLong();
    change.deleted = row[3].toInt() != 0;
    if (!change.deleted)
        change.fields = parseFields(row[1].toString().toUtf8());
    if (!row[2].isNull())
        change.originDevice = row[2].toString();
    *communeCode = row[4].toString();
    return std::optional<protocol::Change>(change);
}

Result<QList<protocol::PushResult>> ServerStore::push(
    const DeviceInfo &device, const QList<protocol::PushOp> &ops, const QDateTime &nowUtc)
{
    return m_db.transaction([&]() -> Result<QList<protocol::PushResult>> {
        BatchContext batch(m_db, device, nowUtc);
        if (Status locked = batch.log.lock(); !locked)
            return locked.error();
        QList<protocol::PushResult> results;
        results.reserve(ops.size());
        for (const protocol::PushOp &op : ops) {
            Result<protocol::PushResult> result = applyOp(batch, op);
            if (!result)
                return result.error();
            results << std::move(result).value();
        }
        if (Status finished = batch.log.finish(); !finished)
            return finished.error();
        return results;
    });
}

Result<bool> ServerStore::isDeviceOfCommune(BatchContext &batch, const QString &deviceId)
{
    if (const auto known = batch.originInCommune.constFind(deviceId); known != batch.originInCommune.constEnd())
        return known.value();
    const Result<std::optional<QVariantList>> found
        = m_db.selectRow(QStringLiteral("SELECT commune_code FROM devices WHERE device_id = ?"), {deviceId});
    if (!found)
        return found.error();
    const bool inCommune = *found && (**found)[0].toString() == batch.device.communeCode;
    batch.originInCommune.insert(deviceId, inCommune);
    return inCommune;
}

Result<QStringList> ServerStore::pendingScans(const QString &communeCode, const QStringList &sha256s)
{
    QStringList pending;
    for (const QString &sha256 : sha256s) {
        const Result<std::optional<QVariantList>> scan
            = m_db.selectRow(QStringLiteral("SELECT complete FROM commune_scans WHERE commune_code = ? AND sha256 = ?"),
                {communeCode, sha256});
        if (!scan)
            return scan.error();
        if (!*scan || (**scan)[0].toInt() == 0)
            pending << sha256;
    }
    return pending;
}

Status ServerStore::recordEvent(BatchContext &batch, const protocol::PushOp &op, const QString &origin)
{
    if (op.entity != QLatin1String(protocol::entityDossier))
        return {};
    // The op's own event, and before it the events of this device that never reached the server
    // because their ops met a conflict (a resolution carries them as "history"): every desk of the
    // commune then holds the same timeline.
    const QJsonArray history = op.fields.value(QStringLiteral("history")).toArray();
    for (const QJsonValue &value : history) {
        if (Status kept = recordOneEvent(batch, op, origin, value); !kept)
            return kept;
    }
    return recordOneEvent(batch, op, origin, op.fields.value(QStringLiteral("event")));
}

Status ServerStore::recordOneEvent(
    BatchContext &batch, const protocol::PushOp &op, const QString &origin, const QJsonValue &value)
{
    const QString eventId = value.toObject().value(QStringLiteral("id")).toString();
    // An op without a well-formed event (an old desk's, or a field-only update) has none to keep.
    if (!value.isObject() || !protocol::isCanonicalUuid(eventId))
        return {};
    QJsonObject event = value.toObject();
    event.insert(QStringLiteral("dossier_id"), op.id);
    const Result<qint64> inserted
        = m_db.exec(QStringLiteral("INSERT INTO dossier_events (commune_code, event_id, dossier_id, at, fields, "
                                   "origin_device) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
            {batch.device.communeCode, eventId, op.id, event.value(QStringLiteral("at")).toString(),
                QString::fromUtf8(protocol::compactJson(event)), origin});
    if (!inserted)
        return inserted.error();
    if (*inserted == 0)
        return {}; // a copy of an event the commune holds already
    qint64 seq = 0;
    if (Status logged = batch.log.append(LoggedChange{QString::fromLatin1(protocol::entityDossierEvent), eventId, 1,
                                             origin, batch.device.deviceId, event},
            &seq);
        !logged)
        return logged;
    const Result<qint64> numbered
        = m_db.exec(QStringLiteral("UPDATE dossier_events SET logged_seq = ? WHERE commune_code = ? AND event_id = ?"),
            {seq, batch.device.communeCode, eventId});
    if (!numbered)
        return numbered.error();
    return {};
}

Result<protocol::PushResult> ServerStore::applyOp(BatchContext &batch, const protocol::PushOp &op)
{
    const DeviceInfo &device = batch.device;
    if (!protocol::isPushableEntity(op.entity))
        return rejected(op.opId, "entity.unknown", tr("Devices cannot push records of type \"%1\".").arg(op.entity));
    // A forwarded op is deduplicated and logged under the device that made it, so it is applied
    // once whether the origin or a forwarder (or both) pushes it.
    const QString origin = op.originDevice.value_or(device.deviceId);
    if (origin != device.deviceId) {
        const Result<bool> inCommune = isDeviceOfCommune(batch, origin);
        if (!inCommune)
            return inCommune.error();
        if (!*inCommune)
            return rejected(op.opId, protocol::errors::scopeCommune,
                tr("The op's origin device %1 is not a device of this commune.").arg(origin));
    }

    QString recordCommune;
    const Result<std::optional<protocol::Change>> current = readRecord(op.entity, op.id, &recordCommune);
    if (!current)
        return current.error();

    // What the op would do now. Only an op that would be applied claims its dedup row; the other
    // outcomes write nothing, so for them a look at applied_ops is enough to spot a resent op
    // (whose record has moved on since it was applied).
    std::optional<protocol::PushResult> notApplied;
    if (*current && recordCommune != device.communeCode) {
        notApplied = rejected(op.opId, protocol::errors::scopeCommune, tr("This record belongs to another commune."));
    } else if (!*current && op.baseVersion > 0) {
        notApplied = rejected(op.opId, "record.unknown", tr("The server has no record %1 to change.").arg(op.id));
    } else if (*current && (*current)->version != op.baseVersion) {
        notApplied = outcome(op.opId, protocol::PushOutcome::Conflict);
        notApplied->version = (*current)->version;
        notApplied->serverRecord = **current;
    }
    if (notApplied) {
        const Result<std::optional<QVariantList>> applied = m_db.selectRow(
            QStringLiteral("SELECT version FROM applied_ops WHERE device_id = ? AND op_id = ?"), {origin, op.opId});
        if (!applied)
            return applied.error();
        if (!*applied)
            return *notApplied;
        return duplicateOf(device.communeCode, op, (**applied)[0].toLongLong());
    }

    // The dedup row is the guard: if it exists, this device sent this op before and it was
    // applied, and nothing below runs.
    const qint64 version = op.baseVersion + 1;
    const Result<qint64> claimed
        = m_db.exec(QStringLiteral("INSERT INTO applied_ops (device_id, op_id, entity, record_id, version, applied_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
            {origin, op.opId, op.entity, op.id, version, batch.at});
    if (!claimed)
        return claimed.error();
    if (*claimed == 0) {
        const Result<std::optional<QVariantList>> applied = m_db.selectRow(
            QStringLiteral("SELECT version FROM applied_ops WHERE device_id = ? AND op_id = ?"), {origin, op.opId});
        if (!applied)
            return applied.error();
        return duplicateOf(device.communeCode, op, *applied ? (**applied)[0].toLongLong() : version);
    }

    // An update carries only the fields it changes (a move sends the status and its times), so it
    // is merged into the stored record: a device that first pulls the record later must get it whole.
    QJsonObject merged = *current ? (*current)->fields : QJsonObject();
    for (auto field = op.fields.begin(); field != op.fields.end(); ++field)
        merged.insert(field.key(), field.value());
    merged.remove(QStringLiteral("history")); // events, kept as events (recordEvent), not a field
    const QString fields = QString::fromUtf8(protocol::compactJson(merged));
    const Result<qint64> written = *current
        ? m_db.exec(QStringLiteral("UPDATE records SET version = ?, fields = ?, origin_device = ?, deleted = 0 "
                                   "WHERE entity = ? AND id = ? AND version = ? AND commune_code = ?"),
            {version, fields, origin, op.entity, op.id, op.baseVersion, device.communeCode})
        : m_db.exec(
            QStringLiteral("INSERT INTO records (entity, id, commune_code, version, fields, origin_device, deleted) "
                           "VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING"),
            {op.entity, op.id, device.communeCode, version, fields, origin});
    if (!written)
        return written.error();
    if (*written != 1) {
        // Another commune's transaction created this id between our read and our write (records
        // of one commune cannot race: its writers are serialized by the change log lock). Give the
        // dedup row back and answer what a later evaluation would.
        if (Result<qint64> released
            = m_db.exec(QStringLiteral("DELETE FROM applied_ops WHERE device_id = ? AND op_id = ?"), {origin, op.opId});
            !released)
            return released.error();
        return rejected(op.opId, protocol::errors::scopeCommune, tr("This record belongs to another commune."));
    }
    for (const QString &sha256 : op.blobRefs) {
        const Result<qint64> referenced = m_db.exec(
            QStringLiteral("INSERT INTO blob_refs (commune_code, sha256) VALUES (?, ?) ON CONFLICT DO NOTHING"),
            {device.communeCode, sha256});
        if (!referenced)
            return referenced.error();
    }
    if (Status logged
        = batch.log.append(LoggedChange{op.entity, op.id, version, origin, device.deviceId, std::nullopt});
        !logged)
        return logged.error();
    if (Status kept = recordEvent(batch, op, origin); !kept)
        return kept.error();
    protocol::PushResult result = outcome(op.opId, protocol::PushOutcome::Applied);
    result.version = version;
    // Records travel before their scans: the op is applied whatever the state of its scans, which
    // are now pending for the commune until its upload of them completes.
    const Result<QStringList> pending = pendingScans(device.communeCode, op.blobRefs);
    if (!pending)
        return pending.error();
    result.pendingBlobs = *pending;
    return result;
}

Result<protocol::PushResult> ServerStore::duplicateOf(
    const QString &communeCode, const protocol::PushOp &op, qint64 version)
{
    protocol::PushResult duplicate = outcome(op.opId, protocol::PushOutcome::Duplicate);
    duplicate.version = version;
    const Result<QStringList> pending = pendingScans(communeCode, op.blobRefs);
    if (!pending)
        return pending.error();
    duplicate.pendingBlobs = *pending;
    return duplicate;
}

Status ServerStore::readLog(
    const QString &logKey, qint64 afterSeq, int limit, const QString &requester, PullPage &page, qint64 *lastSeq)
{
    // Only the log entry of a record's current version is returned: older entries were superseded
    // and the client needs the record once, at its newest. Derived changes (events, scans) carry
    // their own payload. The requester's own changes are skipped but move the cursor past them;
    // a few rounds of reading keep one pull short when a device's own work fills the log.
    // Each round reads at least kRowsPerRound rows, whatever the room left in the page: a desk that
    // pushed 3,000 ops finds its own 6,000 log entries skipped in one pull instead of three (the
    // read stops as soon as the page is full, so the extra rows cost only when they are own work).
    constexpr int maxRounds = 8;
    constexpr qint64 kRowsPerRound = 2000;
    qint64 from = afterSeq;
    for (int round = 0; round < maxRounds; ++round) {
        const qint64 room = limit - page.changes.size();
        const qint64 batch = std::max<qint64>(room + 1, kRowsPerRound);
        qint64 scanned = 0;
        bool stopped = false;
        const Status read = m_db.forEachRow(
            QStringLiteral("SELECT c.seq, c.entity, c.id, c.version, c.fields, r.fields, "
                           "COALESCE(c.origin_device, r.origin_device), c.pushed_by, r.deleted, r.origin_device "
                           "FROM change_log c LEFT JOIN records r ON r.entity = c.entity AND r.id = c.id "
                           "WHERE c.commune_code = ? AND c.seq > ? AND (c.fields IS NOT NULL OR r.version = c.version) "
                           "ORDER BY c.seq LIMIT ?"),
            {logKey, from, batch}, [&](const QSqlQuery &row) {
                ++scanned;
                const qint64 seq = row.value(0).toLongLong();
                const bool own = !requester.isEmpty()
                    && (row.value(6).toString() == requester || row.value(7).toString() == requester);
                if (own) {
                    *lastSeq = from = seq;
                    return true;
                }
                const bool derived = !row.value(4).isNull();
                const QByteArray fields = (derived ? row.value(4) : row.value(5)).toString().toUtf8();
                if (page.changes.size() == limit
                    || (!page.changes.isEmpty() && page.fieldsBytes + fields.size() > pullPageFieldsBudget)) {
                    page.more = true;
                    stopped = true;
                    return false;
                }
                protocol::Change change;
                change.entity = row.value(1).toString();
                change.id = row.value(2).toString();
                change.version = row.value(3).toLongLong();
                change.deleted = !derived && row.value(8).toInt() != 0;
                if (!change.deleted)
                    change.fields = parseFields(fields);
                const QVariant origin = derived ? row.value(6) : row.value(9);
                if (!origin.isNull())
                    change.originDevice = origin.toString();
                page.fieldsBytes += fields.size();
                page.changes << change;
                *lastSeq = from = seq;
                return true;
            });
        if (!read)
            return read;
        if (stopped || scanned < batch)
            return {};
    }
    page.more = true;
    return {};
}

Result<PullPage> ServerStore::pull(const QString &communeCode, const PullPosition &after, int limit)
{
    return pull(communeCode, after, limit, QString());
}

Result<PullPage> ServerStore::pull(
    const QString &communeCode, const PullPosition &after, int limit, const QString &requester)
{
    PullPage page;
    page.last = after;
    // Publications first: a fresh device gets the catalog and calendar before the dossiers.
    if (Status read = readLog(
            QString::fromLatin1(provinceLogKey), after.provinceSeq, limit, requester, page, &page.last.provinceSeq);
        !read)
        return read.error();
    if (!page.more) {
        if (Status read = readLog(communeCode, after.communeSeq, limit, requester, page, &page.last.communeSeq); !read)
            return read.error();
    }
    return page;
}

} // namespace motcua::server
