#pragma once

#include "domain/Result.h"
#include "protocol/Change.h"
#include "protocol/Push.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace motcua::server {

// An enrollment code issued by the province administrator.
struct IssuedCode
{
    QString code; // "7K2M-Q9XD-4HRT"
    QString communeCode; // five digits
    QString communeName;
    QDateTime expiresAt; // UTC
};

// One enrolled device as the administrator lists it.
struct DeviceInfo
{
    QString deviceId;
    QString communeCode;
    QString communeName;
    QString deviceTag;
    QString deviceName;
    QDateTime enrolledAt;
    std::optional<QDateTime> revokedAt;
};

// What a device receives when its enrollment succeeds; the token exists only here, the store keeps
// its hash.
struct EnrolledDevice
{
    DeviceInfo device;
    QString token;
};

// One page of a pull.
struct PullPage
{
    QList<protocol::Change> changes;
    qint64 lastSeq = 0; // the seq of the last change returned (or the cursor's when none)
    bool more = false;
};

// The province server's database (QtSql; SQLite under the data directory by default). Holds the
// enrollment codes, the devices (token hashes only), the records, the dedup rows of applied ops
// and the per-commune change log that pulls read. The SQL is kept portable to PostgreSQL.
// Exactly-once: an op's dedup row is inserted (ON CONFLICT DO NOTHING) in the same transaction as
// its record change, so a resent op can never be applied twice, whatever the timing.
class ServerStore final
{
public:
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    // Opens (creating if needed) DIR/motcua-server.sqlite and its schema.
    static Result<std::unique_ptr<ServerStore>> openDirectory(const QString &dataDir);

    Result<IssuedCode> issueCode(const QString &communeCode, const QString &communeName, const QDateTime &nowUtc);
    Result<QList<DeviceInfo>> devices();
    // Errors: "device.unknown".
    Status revoke(const QString &deviceId, const QDateTime &nowUtc);

    // Consumes the code and creates the device in one transaction. Errors: the protocol's
    // enroll.code_unknown / enroll.code_used / enroll.code_expired, or "internal".
    Result<EnrolledDevice> enroll(const QString &code, const QString &deviceName, const QDateTime &nowUtc);

    // The device a credential names when the token matches. Errors: auth.invalid, auth.revoked.
    Result<DeviceInfo> authenticate(const QString &deviceId, const QString &token);

    // Applies one op for the device (already authenticated) and says what happened; an Error
    // (internal, unavailable) only when the database fails, the op then changed nothing.
    Result<protocol::PushResult> applyOp(const DeviceInfo &device, const protocol::PushOp &op, const QDateTime &nowUtc);

    // The commune's current records changed after seq `afterSeq`, oldest first, at most `limit`.
    Result<PullPage> pull(const QString &communeCode, qint64 afterSeq, int limit);

    qint64 recordCount();

private:
    explicit ServerStore(QString connectionName);
    Status createSchema();
    std::optional<protocol::Change> readRecord(
        const QString &entity, const QString &id, QString *communeCode, bool *ok);

    QString m_connectionName;
};

} // namespace motcua::server
