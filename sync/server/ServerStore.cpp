#include "ServerStore.h"

#include "ChangeLog.h"
#include "PushBatch.h"
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

QJsonObject parseFields(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

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

Result<QList<protocol::PushResult>> ServerStore::push(
    const DeviceInfo &device, const QList<protocol::PushOp> &ops, const QDateTime &nowUtc)
{
    PushBatch batch(device, ops); // prepared here, on the request's thread
    if (Status read = batch.readAhead(m_db); !read)
        return read.error();
    const QString at = timeText(nowUtc);
    return m_db.transaction([&] { return batch.apply(m_db, at); });
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
