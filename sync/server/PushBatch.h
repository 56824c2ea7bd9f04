#pragma once

#include "ChangeLog.h"
#include "ServerStore.h"
#include "domain/Result.h"
#include "protocol/Push.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantList>

#include <optional>

namespace motcua::server {

class ServerDatabase;

// One device's batch of ops, applied inside the push's transaction in a few statements instead of
// several per op: the latency of a push and the load of the database (one writer thread on SQLite,
// one round trip per statement on PostgreSQL) grow with the statements, not with the ops.
//
// prepare() runs before the transaction, on the request's thread: what can be computed from the
// ops alone (their fields and events as the rows will hold them). apply() then
//  1. locks the commune's change log, which every writer of the commune's records, dedup rows,
//     events and scans takes first: from then on what is read stays true until the commit;
//  2. reads, for all ops at once, their records, their dedup rows, the events the commune holds
//     and the state of the scans they name;
//  3. decides each op in order in memory, exactly as if each had been applied before the next was
//     looked at (an op sees the records the earlier ops of the batch changed);
//  4. writes the dedup rows, each record once at its final version, the scan references, the
//     events and the log entries, many rows per statement.
// A record id taken by another commune's transaction between 2 and 4 (nothing locks ids across
// communes) fails the batch as "unavailable": the transaction is tried again and then finds it.
class PushBatch final
{
public:
    PushBatch(const DeviceInfo &device, const QList<protocol::PushOp> &ops);

    // Runs in the transaction (it may run again if the transaction is retried).
    Result<QList<protocol::PushResult>> apply(ServerDatabase &db, const QString &at);

private:
    // An op's events, ready to be kept: as the dossier_events row holds them.
    struct Event
    {
        QString id;
        QString at;
        QString text; // compact JSON, with dossier_id
    };
    struct PreparedOp
    {
        const protocol::PushOp *op = nullptr;
        QJsonObject newFields; // the record an op creates: its fields without "history"
        QString newFieldsText; // the same, compact JSON
        QList<Event> events; // fields.history, then fields.event; the well-formed ones
    };
    // A record as the batch sees it: as read, then as the batch's ops leave it.
    struct Record
    {
        protocol::Change change;
        QString communeCode;
        qint64 storedVersion = 0; // 0: not in the database before this batch
        bool changed = false;
        QString fieldsText; // when the batch's last write created it from one op: its fields' text
    };

    Status readAhead(ServerDatabase &db);
    Result<protocol::PushResult> decide(ServerDatabase &db, const PreparedOp &prepared);
    Result<bool> isDeviceOfCommune(ServerDatabase &db, const QString &deviceId);
    QStringList pendingScans(const QStringList &sha256s) const;
    Status write(ServerDatabase &db);

    const DeviceInfo &m_device;
    QList<PreparedOp> m_prepared;

    // One run of apply().
    QString m_at;
    std::optional<ChangeLog> m_log;
    QHash<QString, bool> m_originInCommune; // forwarded ops' origins
    QHash<QString, Record> m_records; // by entity + '\n' + id; absent: no such record
    QHash<QString, qint64> m_appliedOps; // by origin + '\n' + op id: the version it made
    QSet<QString> m_events; // event ids the commune holds
    QSet<QString> m_completeScans;
    QVariantList m_appliedRows;
    QVariantList m_eventRows;
    QVariantList m_blobRefRows;
};

} // namespace motcua::server
