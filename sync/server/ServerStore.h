#pragma once

#include "domain/Result.h"
#include "protocol/Change.h"
#include "protocol/Push.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace motcua::server {

class ServerDatabase;

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

// Where a device's pulls have got to: one position in its commune's log and one in the
// province's (publications). The pull cursor encodes both.
struct PullPosition
{
    qint64 communeSeq = 0;
    qint64 provinceSeq = 0;

    bool operator==(const PullPosition &) const = default;
};

// One page of a pull.
struct PullPage
{
    QList<protocol::Change> changes;
    PullPosition last; // after the last change returned (the request's position when none)
    bool more = false;
    qint64 fieldsBytes = 0; // the size of the changes' fields, for the page budget
};

// The devices and records of the province server: enrollment codes, devices (token hashes only),
// the records, the dedup rows of applied ops, the dossiers' events and the per-commune change
// logs that pulls read. Exactly-once: an op's dedup row (origin device, op_id) is inserted with ON CONFLICT DO NOTHING
// in the transaction that changes its record, so a resent op can never be applied twice, whatever the timing and
// however many server processes share the database.
class ServerStore final
{
public:
    explicit ServerStore(ServerDatabase &db);

    // The database, for the stores that share it (the province key of device certificates).
    ServerDatabase &database() { return m_db; }

    Result<IssuedCode> issueCode(const QString &communeCode, const QString &communeName, const QDateTime &nowUtc);
    Result<QList<DeviceInfo>> devices();
    // Errors: "device.unknown".
    Status revoke(const QString &deviceId, const QDateTime &nowUtc);

    // Consumes the code and creates the device in one transaction. Errors: the protocol's
    // enroll.code_unknown / enroll.code_used / enroll.code_expired, or "internal".
    Result<EnrolledDevice> enroll(const QString &code, const QString &deviceName, const QDateTime &nowUtc);

    // The device a credential names when the token matches. Errors: auth.invalid, auth.revoked.
    Result<DeviceInfo> authenticate(const QString &deviceId, const QString &token);

    // Applies a batch of ops of one (authenticated) device in one transaction (PushBatch) and says per op what
    // happened. An Error (unavailable, internal) only when the database fails: then nothing of the
    // batch was applied and the device sends it again.
    Result<QList<protocol::PushResult>> push(
        const DeviceInfo &device, const QList<protocol::PushOp> &ops, const QDateTime &nowUtc);

    // The province's publications and the commune's changes (records, events, completed scans)
    // after `after`, at most `limit` and about 8 MiB of fields; publications first, each log
    // oldest first. The changes of `requester` (made or sent by that device) are left out; the
    // position still moves past them.
    Result<PullPage> pull(const QString &communeCode, const PullPosition &after, int limit, const QString &requester);
    Result<PullPage> pull(const QString &communeCode, const PullPosition &after, int limit);

private:
    Status readLog(
        const QString &logKey, qint64 afterSeq, int limit, const QString &requester, PullPage &page, qint64 *lastSeq);

    ServerDatabase &m_db;
};

} // namespace motcua::server
