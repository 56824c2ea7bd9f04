#include "Outbox.h"

#include "Database.h"
#include "DossierSql.h"
#include "IsoTime.h"
#include "domain/VietnamTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::Outbox", text);
}

Error sqlError(const QSqlQuery &query)
{
    return makeError(
        QStringLiteral("store.write_failed"), tr("The outbox could not be updated: %1").arg(query.lastError().text()));
}

Error readError(const QSqlQuery &query)
{
    return makeError(
        QStringLiteral("store.read_failed"), tr("The outbox could not be read: %1").arg(query.lastError().text()));
}

bool isSha256(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

QJsonObject OutboxOp::toJson() const
{
    QJsonObject json{
        {QStringLiteral("op_id"), uuidText(opId)},
        {QStringLiteral("entity"), entity},
        {QStringLiteral("id"), entityId},
        {QStringLiteral("base_version"), baseVersion},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("blob_refs"), QJsonArray::fromStringList(blobRefs)},
    };
    if (!originDevice.isEmpty())
        json.insert(QStringLiteral("origin_device"), originDevice);
    return json;
}

Outbox::Outbox(Database &database)
    : m_database(database)
    , m_insert(std::make_unique<DossierSql::Statement>())
{
}

Outbox::~Outbox() = default;

Status Outbox::append(const OutboxOp &op)
{
    if (op.opId.isNull() || op.entity.isEmpty() || op.entityId.isEmpty() || op.baseVersion < 0) {
        return makeError(QStringLiteral("outbox.invalid_op"),
            tr("An outbox operation needs an operation id, an entity, a record id and a version."));
    }
    for (const QString &ref : op.blobRefs) {
        if (!isSha256(ref)) {
            return makeError(QStringLiteral("outbox.invalid_op"),
                tr("An outbox operation refers to an attachment by a malformed hash: %1").arg(ref));
        }
    }
    return m_database.write([&]() -> Status {
        // Prepared once: bulk receipts append tens of thousands of ops in one transaction.
        DossierSql::Statement &insert = *m_insert;
        if (!insert.prepare(m_database.connection(),
                "INSERT INTO outbox (op_id, entity, entity_id, base_version, fields, blob_refs, "
                "created_at, origin_device) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            return makeError(QStringLiteral("store.write_failed"),
                tr("The outbox could not be updated: %1").arg(insert.errorText()));
        }
        insert.bind(1, op.opId.toByteArray(QUuid::WithoutBraces));
        insert.bind(2, op.entity);
        insert.bind(3, op.entityId);
        insert.bind(4, op.baseVersion);
        insert.bind(
            5, op.fieldsJson.isEmpty() ? QJsonDocument(op.fields).toJson(QJsonDocument::Compact) : op.fieldsJson);
        if (op.blobRefs.isEmpty())
            insert.bind(6, QLatin1String("[]"));
        else
            insert.bind(6, QJsonDocument(QJsonArray::fromStringList(op.blobRefs)).toJson(QJsonDocument::Compact));
        insert.bind(7, IsoTime::utf8(op.createdAt.isValid() ? op.createdAt : VietnamTime::now()));
        insert.bind(8, op.originDevice);
        if (!insert.exec()) {
            return makeError(QStringLiteral("store.write_failed"),
                tr("The outbox could not be updated: %1").arg(insert.errorText()));
        }
        return {};
    });
}

Result<QList<OutboxOp>> Outbox::pending(int limit, qint64 afterSeq) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, op_id, entity, entity_id, base_version, fields, blob_refs, created_at, "
                                 "origin_device FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?"));
    query.addBindValue(afterSeq);
    query.addBindValue(limit < 0 ? -1 : limit);
    if (!query.exec())
        return readError(query);
    QList<OutboxOp> ops;
    while (query.next()) {
        OutboxOp op;
        op.seq = query.value(0).toLongLong();
        op.opId = QUuid::fromString(query.value(1).toString());
        op.entity = query.value(2).toString();
        op.entityId = query.value(3).toString();
        op.baseVersion = query.value(4).toInt();
        op.fields = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        const QJsonArray refs = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array();
        for (const QJsonValue &ref : refs)
            op.blobRefs.append(ref.toString());
        op.createdAt = VietnamTime::parseIso(query.value(7).toString()).value_or(QDateTime());
        op.originDevice = query.value(8).toString();
        ops.append(std::move(op));
    }
    return ops;
}

Result<qint64> Outbox::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox")) || !query.next())
        return readError(query);
    return query.value(0).toLongLong();
}

Status Outbox::acknowledge(const QList<QUuid> &opIds)
{
    if (opIds.isEmpty())
        return {};
    return m_database.write([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM outbox WHERE op_id = ?"));
        for (const QUuid &id : opIds) {
            query.addBindValue(uuidText(id));
            if (!query.exec())
                return sqlError(query);
        }
        return {};
    });
}

Result<qint64> Outbox::pendingBlobBytes() const
{
    QSqlQuery query(m_database.connection());
    // A blob that several pending ops share is uploaded once.
    if (!query.exec(QStringLiteral("SELECT coalesce(sum(size), 0) FROM attachments WHERE sha256 IN "
                                   "(SELECT refs.value FROM outbox, json_each(outbox.blob_refs) AS refs)"))
        || !query.next()) {
        return readError(query);
    }
    return query.value(0).toLongLong();
}

} // namespace motcua
