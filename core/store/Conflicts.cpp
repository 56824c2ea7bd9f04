#include "Conflicts.h"

#include "Database.h"
#include "IsoTime.h"
#include "domain/VietnamTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::Conflicts", text);
}

Error readError(const QSqlQuery &query)
{
    return makeError(QStringLiteral("store.read_failed"),
        tr("The conflict list could not be read: %1").arg(query.lastError().text()));
}

Error writeError(const QSqlQuery &query)
{
    return makeError(QStringLiteral("store.write_failed"),
        tr("The conflict list could not be saved: %1").arg(query.lastError().text()));
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QDateTime parseTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return VietnamTime::parseIso(value.toString()).value_or(QDateTime());
}

QString stamp(const QDateTime &at)
{
    return IsoTime::text(at.isValid() ? at : VietnamTime::now());
}

} // namespace

Conflicts::Conflicts(Database &database)
    : m_database(database)
{
}

Result<bool> Conflicts::record(const ConflictRecord &conflict)
{
    bool added = false;
    auto status = m_database.write([&]() -> Status {
        QSqlQuery query(m_database.connection());
        if (conflict.source == ConflictRecord::Source::Pull) {
            query.prepare(QStringLiteral("SELECT 1 FROM sync_conflicts WHERE entity = ? AND record_id = ? "
                                         "AND resolved_at IS NULL AND server_version >= ?"));
            query.addBindValue(conflict.entity);
            query.addBindValue(conflict.recordId);
            query.addBindValue(conflict.serverVersion);
            if (!query.exec())
                return readError(query);
            if (query.next())
                return {};
            query.finish();
        }
        query.prepare(
            QStringLiteral("INSERT INTO sync_conflicts (entity, record_id, source, op_id, local_version, local_fields, "
                           "server_version, server_fields, server_origin_device, server_deleted, detected_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(conflict.entity);
        query.addBindValue(conflict.recordId);
        query.addBindValue(
            conflict.source == ConflictRecord::Source::Push ? QStringLiteral("push") : QStringLiteral("pull"));
        query.addBindValue(conflict.opId.isNull() ? QStringLiteral("") : conflict.opId);
        query.addBindValue(conflict.localVersion);
        query.addBindValue(json(conflict.localFields));
        query.addBindValue(conflict.serverVersion);
        query.addBindValue(json(conflict.serverFields));
        query.addBindValue(conflict.serverOriginDevice.isNull() ? QStringLiteral("") : conflict.serverOriginDevice);
        query.addBindValue(conflict.serverDeleted ? 1 : 0);
        query.addBindValue(stamp(conflict.detectedAt));
        if (!query.exec())
            return writeError(query);
        added = true;
        return {};
    });
    if (!status)
        return status.error();
    return added;
}

Status Conflicts::recordRejected(const RejectedOp &op)
{
    return m_database.write([&]() -> Status {
        QSqlQuery query(m_database.connection());
        // The same op refused twice (an answer lost, the batch resent) is one entry.
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO sync_rejected_ops (op_id, entity, entity_id, base_version, fields, blob_refs, "
            "reason, message, rejected_by, rejected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(op.opId);
        query.addBindValue(op.entity);
        query.addBindValue(op.entityId);
        query.addBindValue(op.baseVersion);
        query.addBindValue(json(op.fields));
        query.addBindValue(
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(op.blobRefs)).toJson(QJsonDocument::Compact)));
        query.addBindValue(op.reason);
        query.addBindValue(op.message.isNull() ? QStringLiteral("") : op.message);
        query.addBindValue(op.byServer ? QStringLiteral("server") : QStringLiteral("client"));
        query.addBindValue(stamp(op.rejectedAt));
        if (!query.exec())
            return writeError(query);
        return {};
    });
}

Result<QList<ConflictRecord>> Conflicts::list(bool openOnly) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT c.id, c.entity, c.record_id, c.source, c.op_id, c.local_version, "
                                   "c.local_fields, c.server_version, c.server_fields, c.server_origin_device, "
                                   "c.server_deleted, c.detected_at, c.resolved_at, c.resolution_note, d.code "
                                   "FROM sync_conflicts c "
                                   "LEFT JOIN dossiers d ON c.entity = 'dossier' AND d.id = c.record_id ")
            + (openOnly ? QStringLiteral("WHERE c.resolved_at IS NULL ") : QString())
            + QStringLiteral("ORDER BY c.id")))
        return readError(query);
    QList<ConflictRecord> conflicts;
    while (query.next()) {
        ConflictRecord conflict;
        conflict.id = query.value(0).toLongLong();
        conflict.entity = query.value(1).toString();
        conflict.recordId = query.value(2).toString();
        conflict.source = query.value(3).toString() == QLatin1String("pull") ? ConflictRecord::Source::Pull
                                                                             : ConflictRecord::Source::Push;
        conflict.opId = query.value(4).toString();
        conflict.localVersion = query.value(5).toLongLong();
        conflict.localFields = object(query.value(6));
        conflict.serverVersion = query.value(7).toLongLong();
        conflict.serverFields = object(query.value(8));
        conflict.serverOriginDevice = query.value(9).toString();
        conflict.serverDeleted = query.value(10).toInt() != 0;
        conflict.detectedAt = parseTime(query.value(11));
        conflict.resolvedAt = parseTime(query.value(12));
        conflict.resolutionNote = query.value(13).toString();
        conflict.dossierCode = query.value(14).toString();
        conflicts.append(conflict);
    }
    return conflicts;
}

Result<qint64> Conflicts::openCount() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")) || !query.next())
        return readError(query);
    return query.value(0).toLongLong();
}

Result<bool> Conflicts::hasOpen(const QString &entity, const QString &recordId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT 1 FROM sync_conflicts WHERE entity = ? AND record_id = ? AND resolved_at IS NULL"));
    query.addBindValue(entity);
    query.addBindValue(recordId);
    if (!query.exec())
        return readError(query);
    return query.next();
}

Status Conflicts::resolve(qint64 id, const QString &note, const QDateTime &at)
{
    return m_database.write([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolution_note = ? "
                                     "WHERE id = ? AND resolved_at IS NULL"));
        query.addBindValue(stamp(at));
        query.addBindValue(note.isNull() ? QStringLiteral("") : note);
        query.addBindValue(id);
        if (!query.exec())
            return writeError(query);
        if (query.numRowsAffected() != 1) {
            return makeError(QStringLiteral("conflict.not_found"), tr("There is no open conflict number %1.").arg(id));
        }
        return {};
    });
}

Result<QList<RejectedOp>> Conflicts::rejected() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT op_id, entity, entity_id, base_version, fields, blob_refs, reason, "
                                   "message, rejected_by, rejected_at FROM sync_rejected_ops ORDER BY rejected_at")))
        return readError(query);
    QList<RejectedOp> ops;
    while (query.next()) {
        RejectedOp op;
        op.opId = query.value(0).toString();
        op.entity = query.value(1).toString();
        op.entityId = query.value(2).toString();
        op.baseVersion = query.value(3).toLongLong();
        op.fields = object(query.value(4));
        for (const QJsonValue &ref : QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array())
            op.blobRefs.append(ref.toString());
        op.reason = query.value(6).toString();
        op.message = query.value(7).toString();
        op.byServer = query.value(8).toString() == QLatin1String("server");
        op.rejectedAt = parseTime(query.value(9));
        ops.append(op);
    }
    return ops;
}

Result<qint64> Conflicts::rejectedCount() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sync_rejected_ops")) || !query.next())
        return readError(query);
    return query.value(0).toLongLong();
}

} // namespace motcua
