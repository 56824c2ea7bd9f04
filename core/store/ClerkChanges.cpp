#include "ClerkChanges.h"

#include "Database.h"
#include "DossierJson.h"
#include "DossierSql.h"
#include "Outbox.h"
#include "domain/TimeOrderedUuid.h"

#include <QJsonDocument>

namespace motcua::ClerkChanges {

using namespace DossierSql;

Result<std::optional<DossierHead>> head(Database &database, const QString &idOrCode)
{
    const QString key = idOrCode.trimmed();
    const QUuid uuid = QUuid::fromString(key);
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT id, code, procedure_code, applicant_name, citizen_id, status, received_at, "
                                 "version FROM dossiers WHERE ")
        + (uuid.isNull() ? QStringLiteral("code = ?") : QStringLiteral("id = ?")));
    query.addBindValue(uuid.isNull() ? key : uuidText(uuid));
    if (!query.exec())
        return readError(query);
    if (!query.next())
        return std::optional<DossierHead>();
    DossierHead dossier;
    dossier.id = query.value(0).toString();
    dossier.code = query.value(1).toString();
    dossier.procedureCode = query.value(2).toString();
    dossier.applicantName = query.value(3).toString();
    dossier.citizenId = query.value(4).toString();
    dossier.status = statusFromKey(query.value(5).toString()).value_or(DossierStatus::Received);
    dossier.receivedAt = parseTime(query.value(6));
    dossier.version = query.value(7).toInt();
    return std::optional<DossierHead>(dossier);
}

Result<QUuid> record(Database &database, const DossierHead &dossier, DossierEvent event, QJsonObject fields,
    std::optional<DossierStatus> to)
{
    const QSqlDatabase db = database.connection();
    const QDateTime when = toStoredPrecision(event.at.isValid() ? event.at : VietnamTime::now());
    const int version = dossier.version + 1;
    const DossierStatus status = to.value_or(dossier.status);

    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE dossiers SET status = ?, version = ?, updated_at = ? "
                                  "WHERE id = ? AND version = ?"));
    update.addBindValue(statusKey(status));
    update.addBindValue(version);
    update.addBindValue(VietnamTime::toIso(when));
    update.addBindValue(dossier.id);
    update.addBindValue(dossier.version);
    if (!update.exec())
        return Error(writeError(update));
    if (update.numRowsAffected() != 1) {
        return makeError(QStringLiteral("dossier.changed"),
            tr("Dossier %1 was changed by someone else meanwhile: open it again.").arg(dossier.code));
    }

    event.id = TimeOrderedUuid::next();
    event.dossierId = QUuid::fromString(dossier.id);
    event.at = when;
    event.device = database.deviceId();
    event.fromStatus = dossier.status;
    event.toStatus = status;
    event.opId = TimeOrderedUuid::next();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO dossier_events (id, dossier_id, at, actor, device, action, "
                                  "from_status, to_status, note, op_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(uuidText(event.id)), QVariant(dossier.id),
             QVariant(VietnamTime::toIso(when)), QVariant(text(event.actor)), QVariant(text(event.device)),
             QVariant(event.action), QVariant(statusKey(*event.fromStatus)), QVariant(statusKey(status)),
             QVariant(text(event.note)), QVariant(uuidText(event.opId))})
        insert.addBindValue(value);
    if (!insert.exec())
        return Error(writeError(insert));

    if (to)
        fields.insert(QStringLiteral("status"), statusKey(status));
    fields.insert(QStringLiteral("version"), version);
    fields.insert(QStringLiteral("updated_at"), VietnamTime::toIso(when));
    fields.insert(QStringLiteral("event"), DossierJson::event(event));
    OutboxOp op;
    op.opId = event.opId;
    op.entity = QStringLiteral("dossier");
    op.entityId = dossier.id;
    op.baseVersion = dossier.version;
    op.fields = fields;
    op.createdAt = VietnamTime::now();
    if (auto s = Outbox(database).append(op); !s)
        return s.error();
    return event.opId;
}

} // namespace motcua::ClerkChanges
