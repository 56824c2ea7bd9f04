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
// The constructor runs before the transaction, on the request's thread: what can be computed from
// the ops alone (their fields and events as the rows will hold them). readAhead() then reads, for
// all ops at once and still outside the transaction, their records, their dedup rows and the
// events the commune holds: on SQLite on the request thread's own connection, beside the one
// writer instead of on it; on PostgreSQL before the commune's lock instead of while holding it.
// apply(), in the transaction,
//  1. locks the commune's change log, which every writer of the commune's records, dedup rows,
//     events and scans takes first;
//  2. reads the state of the scans the ops name (and, when the batch was read ahead, nothing else);
//  3. decides each op in order in memory, exactly as if each had been applied before the next was
//     looked at (an op sees the records the earlier ops of the batch changed);
//  4. writes the dedup rows, each record once at its final version, the scan references, the
//     events and the log entries, many rows per statement.
// What was read ahead may have changed before the lock: step 4 finds out, because every row it
// writes is guarded by what was read (an update names the version it read; a record, dedup row or
// event read as absent is inserted with ON CONFLICT DO NOTHING and counted). Any mismatch fails the
// batch as "unavailable" with nothing written; the transaction is tried again, and that try reads
// everything inside the lock, where nothing can change under it but another commune's new ids
// (nothing locks ids across communes), which the same guard catches. An op decided as a conflict
// writes nothing and is answered with the version read ahead: a version newer than that was
// committed after the push arrived, so the answer is that of the push ordered before it.
class PushBatch final
{
public:
    PushBatch(const DeviceInfo &device, const QList<protocol::PushOp> &ops);

    // Before the transaction (optional: apply() reads what was not read ahead).
    Status readAhead(ServerDatabase &db);
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

    // The rows the ops name, as read at one moment.
    struct Snapshot
    {
        QHash<QString, Record> records; // by entity + '\n' + id; absent: no such record
        QHash<QString, qint64> appliedOps; // by origin + '\n' + op id: the version it made
        QSet<QString> events; // event ids the commune holds
    };

    Result<Snapshot> readSnapshot(ServerDatabase &db) const;
    Status readScans(ServerDatabase &db);
    Result<protocol::PushResult> decide(ServerDatabase &db, const PreparedOp &prepared);
    Result<bool> isDeviceOfCommune(ServerDatabase &db, const QString &deviceId);
    QStringList pendingScans(const QStringList &sha256s) const;
    Status write(ServerDatabase &db);

    const DeviceInfo &m_device;
    QList<PreparedOp> m_prepared;
    std::optional<Snapshot> m_readAhead; // dropped when a write found it outdated

    // One run of apply().
    QString m_at;
    std::optional<ChangeLog> m_log;
    QHash<QString, bool> m_originInCommune; // forwarded ops' origins
    Snapshot m_rows; // as read, then as the batch's ops leave them
    QSet<QString> m_completeScans;
    QVariantList m_appliedRows;
    QVariantList m_eventRows;
    QVariantList m_blobRefRows;
};

} // namespace motcua::server
