#include "ServerStore.h"

#include "protocol/Credentials.h"
#include "protocol/Enrollment.h"
#include "protocol/ErrorBody.h"
#include "protocol/WireTypes.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace motcua::server {

namespace {

constexpr char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int codeValidityDays = 7;

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::ServerStore", text);
}

// Sortable UTC text: the same in SQLite and PostgreSQL TEXT columns, compared as strings.
QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant &value)
{
    // Stored with a "Z", so the parsed time is UTC already.
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

Error sqlError(const QSqlQuery &query)
{
    // SQLite busy/locked, PostgreSQL serialization failure/deadlock: nothing was written and a
    // retry will do, so the client hears 503 with Retry-After instead of 500.
    static const QStringList transient
        = {QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("40001"), QStringLiteral("40P01")};
    if (transient.contains(query.lastError().nativeErrorCode()))
        return Error{QString::fromLatin1(protocol::errors::unavailable), tr("The database is busy; try again.")};
    return Error{
        QString::fromLatin1(protocol::errors::internal), tr("Database error: %1").arg(query.lastError().text())};
}

QString randomDeviceTag()
{
    QString tag;
    for (int i = 0; i < 4; ++i)
        tag += QLatin1Char(crockford[QRandomGenerator::system()->bounded(32)]);
    return tag;
}

// Rolls back unless committed: every early return of a push leaves the database as it was.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_open(m_db.transaction())
    {
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool open() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open;
};

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

protocol::PushResult rejected(const QString &opId, const char *reason, const QString &message)
{
    protocol::PushResult result;
    result.opId = opId;
    result.result = protocol::PushOutcome::Rejected;
    result.reason = QString::fromLatin1(reason);
    result.message = message;
    return result;
}

} // namespace

ServerStore::ServerStore(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

ServerStore::~ServerStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<ServerStore>> ServerStore::openDirectory(const QString &dataDir)
{
    if (!QDir().mkpath(dataDir))
        return Error{QStringLiteral("store.open_failed"), tr("Cannot create the data directory %1.").arg(dataDir)};
    const QString name = QStringLiteral("motcua-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<ServerStore> store(new ServerStore(name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("motcua-server.sqlite")));
    if (!db.open())
        return Error{
            QStringLiteral("store.open_failed"), tr("Cannot open the server database: %1").arg(db.lastError().text())};
    QSqlQuery pragma(db);
    // SQLite only, and harmless elsewhere: wait for a concurrent admin command instead of failing.
    pragma.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (Status status = store->createSchema(); !status)
        return status.error();
    return store;
}

Status ServerStore::createSchema()
{
    const QStringList statements = {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS enrollment_codes (code TEXT PRIMARY KEY, commune_code TEXT NOT NULL, "
            "commune_name TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL, "
            "used_at TEXT, device_id TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS devices (device_id TEXT PRIMARY KEY, commune_code TEXT NOT NULL, "
                       "commune_name TEXT NOT NULL, device_tag TEXT NOT NULL, device_name TEXT NOT NULL, "
                       "token_hash TEXT NOT NULL, enrolled_at TEXT NOT NULL, revoked_at TEXT, "
                       "UNIQUE (commune_code, device_tag))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS records (entity TEXT NOT NULL, id TEXT NOT NULL, "
                       "commune_code TEXT, version BIGINT NOT NULL, fields TEXT NOT NULL, origin_device TEXT, "
                       "deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (entity, id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS applied_ops (device_id TEXT NOT NULL, op_id TEXT NOT NULL, "
                       "entity TEXT NOT NULL, record_id TEXT NOT NULL, version BIGINT NOT NULL, "
                       "applied_at TEXT NOT NULL, PRIMARY KEY (device_id, op_id))"),
        // The last seq handed out per commune: bumped inside the op's transaction, so seqs are
        // gap-free and ordered by commit within one commune.
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS commune_seq (commune_code TEXT PRIMARY KEY, last_seq BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS change_log (commune_code TEXT NOT NULL, seq BIGINT NOT NULL, "
                       "entity TEXT NOT NULL, id TEXT NOT NULL, version BIGINT NOT NULL, "
                       "PRIMARY KEY (commune_code, seq))"),
        // Uploaded attachments (the chunked upload of docs/protocol.md fills it); an op applies
        // only when every blob it references is complete.
        QStringLiteral("CREATE TABLE IF NOT EXISTS blobs (sha256 TEXT PRIMARY KEY, size BIGINT, "
                       "received BIGINT NOT NULL DEFAULT 0, complete INTEGER NOT NULL DEFAULT 0)"),
    };
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    for (const QString &sql : statements) {
        if (!query.exec(sql))
            return sqlError(query);
    }
    return {};
}

Result<IssuedCode> ServerStore::issueCode(
    const QString &communeCode, const QString &communeName, const QDateTime &nowUtc)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    for (int attempt = 0; attempt < 10; ++attempt) {
        IssuedCode issued{protocol::EnrollRequest::generateCode(), communeCode, communeName,
            nowUtc.toUTC().addDays(codeValidityDays)};
        if (!exec(query,
                QStringLiteral(
                    "INSERT INTO enrollment_codes (code, commune_code, commune_name, created_at, expires_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                {issued.code, communeCode, communeName, timeText(nowUtc), timeText(issued.expiresAt)}))
            return sqlError(query);
        if (query.numRowsAffected() == 1)
            return issued;
    }
    return Error{QString::fromLatin1(protocol::errors::internal), tr("Could not draw a fresh enrollment code.")};
}

Result<QList<DeviceInfo>> ServerStore::devices()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(
            QStringLiteral("SELECT device_id, commune_code, commune_name, device_tag, device_name, enrolled_at, "
                           "revoked_at FROM devices ORDER BY commune_code, enrolled_at, device_id")))
        return sqlError(query);
    QList<DeviceInfo> list;
    while (query.next()) {
        DeviceInfo info{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), parseTime(query.value(5)), {}};
        if (!query.value(6).isNull())
            info.revokedAt = parseTime(query.value(6));
        list << info;
    }
    return list;
}

Status ServerStore::revoke(const QString &deviceId, const QDateTime &nowUtc)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!exec(query, QStringLiteral("UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE device_id = ?"),
            {timeText(nowUtc), deviceId}))
        return sqlError(query);
    if (query.numRowsAffected() != 1)
        return Error{QStringLiteral("device.unknown"), tr("No device %1 is enrolled.").arg(deviceId)};
    return {};
}

Result<EnrolledDevice> ServerStore::enroll(const QString &code, const QString &deviceName, const QDateTime &nowUtc)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction transaction(db);
    if (!transaction.open())
        return Error{QString::fromLatin1(protocol::errors::unavailable), tr("The database is busy.")};
    QSqlQuery query(db);
    if (!exec(query,
            QStringLiteral(
                "SELECT commune_code, commune_name, expires_at, used_at FROM enrollment_codes WHERE code = ?"),
            {code}))
        return sqlError(query);
    if (!query.next())
        return Error{
            QString::fromLatin1(protocol::errors::enrollCodeUnknown), tr("This enrollment code was never issued.")};
    const QString communeCode = query.value(0).toString();
    const QString communeName = query.value(1).toString();
    if (!query.value(3).isNull())
        return Error{
            QString::fromLatin1(protocol::errors::enrollCodeUsed), tr("This enrollment code was used already.")};
    if (parseTime(query.value(2)) <= nowUtc)
        return Error{QString::fromLatin1(protocol::errors::enrollCodeExpired), tr("This enrollment code has expired.")};

    EnrolledDevice enrolled;
    enrolled.token = protocol::DeviceCredential::generateToken();
    enrolled.device = DeviceInfo{
        protocol::uuidText(QUuid::createUuid()), communeCode, communeName, {}, deviceName, nowUtc.toUTC(), {}};
    // Consuming the code is the guarded write: a concurrent enrollment with the same code changes
    // no row here and fails as "used".
    if (!exec(query,
            QStringLiteral("UPDATE enrollment_codes SET used_at = ?, device_id = ? WHERE code = ? AND used_at IS NULL"),
            {timeText(nowUtc), enrolled.device.deviceId, code}))
        return sqlError(query);
    if (query.numRowsAffected() != 1)
        return Error{
            QString::fromLatin1(protocol::errors::enrollCodeUsed), tr("This enrollment code was used already.")};
    bool inserted = false;
    for (int attempt = 0; attempt < 64 && !inserted; ++attempt) {
        enrolled.device.deviceTag = randomDeviceTag();
        if (!exec(query,
                QStringLiteral("INSERT INTO devices (device_id, commune_code, commune_name, device_tag, device_name, "
                               "token_hash, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                {enrolled.device.deviceId, communeCode, communeName, enrolled.device.deviceTag, deviceName,
                    protocol::DeviceCredential::tokenHash(enrolled.token), timeText(nowUtc)}))
            return sqlError(query);
        inserted = query.numRowsAffected() == 1;
    }
    if (!inserted)
        return Error{
            QString::fromLatin1(protocol::errors::internal), tr("No free device tag is left in this commune.")};
    if (!transaction.commit())
        return Error{QString::fromLatin1(protocol::errors::unavailable), tr("The database is busy.")};
    return enrolled;
}

Result<DeviceInfo> ServerStore::authenticate(const QString &deviceId, const QString &token)
{
    const Error invalid{QString::fromLatin1(protocol::errors::authInvalid), tr("The device credential is not valid.")};
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!exec(query,
            QStringLiteral("SELECT commune_code, commune_name, device_tag, device_name, enrolled_at, revoked_at, "
                           "token_hash FROM devices WHERE device_id = ?"),
            {deviceId}))
        return sqlError(query);
    if (!query.next())
        return invalid;
    const QByteArray expected = query.value(6).toString().toLatin1();
    if (!protocol::constantTimeEquals(expected, protocol::DeviceCredential::tokenHash(token).toLatin1()))
        return invalid;
    if (!query.value(5).isNull())
        return Error{QString::fromLatin1(protocol::errors::authRevoked),
            tr("This device was revoked by the province administrator.")};
    return DeviceInfo{deviceId, query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
        query.value(3).toString(), parseTime(query.value(4)), {}};
}

std::optional<protocol::Change> ServerStore::readRecord(
    const QString &entity, const QString &id, QString *communeCode, bool *ok)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    *ok = exec(query,
        QStringLiteral("SELECT version, fields, origin_device, deleted, commune_code FROM records "
                       "WHERE entity = ? AND id = ?"),
        {entity, id});
    if (!*ok || !query.next())
        return std::nullopt;
    protocol::Change change;
    change.entity = entity;
    change.id = id;
    change.version = query.value(0).toLongLong();
    change.fields = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    if (!query.value(2).isNull())
        change.originDevice = query.value(2).toString();
    change.deleted = query.value(3).toInt() != 0;
    *communeCode = query.value(4).toString();
    return change;
}

Result<protocol::PushResult> ServerStore::applyOp(
    const DeviceInfo &device, const protocol::PushOp &op, const QDateTime &nowUtc)
{
    if (!protocol::isPushableEntity(op.entity))
        return rejected(op.opId, "entity.unknown", tr("Devices cannot push records of type \"%1\".").arg(op.entity));

    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction transaction(db);
    if (!transaction.open())
        return Error{QString::fromLatin1(protocol::errors::unavailable), tr("The database is busy.")};
    QSqlQuery query(db);
    // The dedup row first: if it exists, this device sent this op before and it was applied (rows
    // of ops that were not applied are rolled back with their transaction).
    if (!exec(query,
            QStringLiteral("INSERT INTO applied_ops (device_id, op_id, entity, record_id, version, applied_at) "
                           "VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT DO NOTHING"),
            {device.deviceId, op.opId, op.entity, op.id, timeText(nowUtc)}))
        return sqlError(query);
    if (query.numRowsAffected() == 0) {
        protocol::PushResult result;
        result.opId = op.opId;
        result.result = protocol::PushOutcome::Duplicate;
        if (!exec(query, QStringLiteral("SELECT version FROM applied_ops WHERE device_id = ? AND op_id = ?"),
                {device.deviceId, op.opId})
            || !query.next())
            return sqlError(query);
        result.version = query.value(0).toLongLong();
        return result;
    }

    bool ok = false;
    QString recordCommune;
    const std::optional<protocol::Change> current = readRecord(op.entity, op.id, &recordCommune, &ok);
    if (!ok)
        return Error{QString::fromLatin1(protocol::errors::internal), tr("The record could not be read.")};
    if (current && recordCommune != device.communeCode)
        return rejected(op.opId, protocol::errors::scopeCommune, tr("This record belongs to another commune."));
    if (!current && op.baseVersion > 0)
        return rejected(op.opId, "record.unknown", tr("The server has no record %1 to change.").arg(op.id));
    if (current && current->version != op.baseVersion) {
        protocol::PushResult result;
        result.opId = op.opId;
        result.result = protocol::PushOutcome::Conflict;
        result.version = current->version;
        result.serverRecord = *current;
        return result;
    }

    QStringList missing;
    for (const QString &sha256 : op.blobRefs) {
        if (!exec(query, QStringLiteral("SELECT complete FROM blobs WHERE sha256 = ?"), {sha256}))
            return sqlError(query);
        if (!query.next() || query.value(0).toInt() == 0)
            missing << sha256;
    }
    if (!missing.isEmpty()) {
        protocol::PushResult result;
        result.opId = op.opId;
        result.result = protocol::PushOutcome::Retry;
        result.reason = QStringLiteral("blob.missing");
        result.missingBlobs = missing;
        return result;
    }

    const qint64 version = op.baseVersion + 1;
    const QString fields = QString::fromUtf8(protocol::compactJson(op.fields));
    if (!current) {
        if (!exec(query,
                QStringLiteral(
                    "INSERT INTO records (entity, id, commune_code, version, fields, origin_device, deleted) "
                    "VALUES (?, ?, ?, ?, ?, ?, 0)"),
                {op.entity, op.id, device.communeCode, version, fields, device.deviceId}))
            return sqlError(query);
    } else if (!exec(query,
                   QStringLiteral("UPDATE records SET version = ?, fields = ?, origin_device = ?, deleted = 0 "
                                  "WHERE entity = ? AND id = ? AND version = ?"),
                   {version, fields, device.deviceId, op.entity, op.id, op.baseVersion})
        || query.numRowsAffected() != 1) {
        return Error{
            QString::fromLatin1(protocol::errors::internal), tr("The record changed while the op was applied.")};
    }
    const bool logged
        = exec(query,
              QStringLiteral("INSERT INTO commune_seq (commune_code, last_seq) VALUES (?, 0) ON CONFLICT DO NOTHING"),
              {device.communeCode})
        && exec(query, QStringLiteral("UPDATE commune_seq SET last_seq = last_seq + 1 WHERE commune_code = ?"),
            {device.communeCode})
        && exec(query, QStringLiteral("SELECT last_seq FROM commune_seq WHERE commune_code = ?"), {device.communeCode})
        && query.next();
    if (!logged)
        return sqlError(query);
    const qint64 seq = query.value(0).toLongLong();
    if (!exec(query,
            QStringLiteral("INSERT INTO change_log (commune_code, seq, entity, id, version) VALUES (?, ?, ?, ?, ?)"),
            {device.communeCode, seq, op.entity, op.id, version})
        || !exec(query, QStringLiteral("UPDATE applied_ops SET version = ? WHERE device_id = ? AND op_id = ?"),
            {version, device.deviceId, op.opId}))
        return sqlError(query);
    if (!transaction.commit())
        return Error{QString::fromLatin1(protocol::errors::unavailable), tr("The database is busy.")};

    protocol::PushResult result;
    result.opId = op.opId;
    result.result = protocol::PushOutcome::Applied;
    result.version = version;
    return result;
}

Result<PullPage> ServerStore::pull(const QString &communeCode, qint64 afterSeq, int limit)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    // Only the log entry of a record's current version is returned: older entries were superseded
    // and the client needs the record once, at its newest.
    if (!exec(query,
            QStringLiteral("SELECT c.seq, r.entity, r.id, r.version, r.fields, r.origin_device, r.deleted "
                           "FROM change_log c JOIN records r ON r.entity = c.entity AND r.id = c.id "
                           "WHERE c.commune_code = ? AND c.seq > ? AND r.version = c.version "
                           "ORDER BY c.seq LIMIT ?"),
            {communeCode, afterSeq, limit + 1}))
        return sqlError(query);
    PullPage page;
    page.lastSeq = afterSeq;
    while (query.next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        protocol::Change change;
        change.entity = query.value(1).toString();
        change.id = query.value(2).toString();
        change.version = query.value(3).toLongLong();
        change.deleted = query.value(6).toInt() != 0;
        if (!change.deleted)
            change.fields = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        if (!query.value(5).isNull())
            change.originDevice = query.value(5).toString();
        page.changes << change;
        page.lastSeq = query.value(0).toLongLong();
    }
    return page;
}

qint64 ServerStore::recordCount()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM records")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace motcua::server
