#include "LegacyStatusReplay.h"

#include "Database.h"
#include "DossierJson.h"
#include "DossierSql.h"
#include "Outbox.h"
#include "domain/DossierLifecycle.h"
#include "domain/TimeOrderedUuid.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace motcua {

using namespace DossierSql;

struct LegacyStatusReplay::Statements
{
    explicit Statements(Database &database)
        : outbox(database)
    {
    }

    Outbox outbox;
    Statement insertEvent;
    Statement update;
};

LegacyStatusReplay::LegacyStatusReplay(Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
    , m_deviceId(database.deviceId())
    , m_statements(std::make_unique<Statements>(database))
{
}

LegacyStatusReplay::~LegacyStatusReplay() = default;

Status LegacyStatusReplay::replay(const Dossier &received, DossierStatus status, const QDateTime &doneAt,
    const QDateTime &returnedAt, const QString &note)
{
    if (status == DossierStatus::Received)
        return {};
    QList<std::pair<DossierStatus, QDateTime>> steps{{DossierStatus::InProcess, received.receivedAt}};
    if (status == DossierStatus::Done || status == DossierStatus::Returned)
        steps.append({DossierStatus::Done, doneAt});
    if (status == DossierStatus::Returned)
        steps.append({DossierStatus::Returned, returnedAt});

    const QSqlDatabase db = m_database.connection();
    Statement &insertEvent = m_statements->insertEvent;
    if (!insertEvent.prepare(db,
            "INSERT INTO dossier_events (id, dossier_id, at, actor, device, action, from_status, "
            "to_status, note, op_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        return writeError(insertEvent);

    Dossier dossier = received;
    const QString reason = note.trimmed();
    const QByteArray id = dossier.id.toByteArray(QUuid::WithoutBraces);
    QDateTime lastEventAt = dossier.receivedAt;
    QDateTime updatedAt;
    for (const auto &[to, at] : std::as_const(steps)) {
        const QDateTime when = toStoredPrecision(at);
        if (auto allowed = DossierLifecycle::check(dossier, to, reason, when, lastEventAt); !allowed)
            return allowed;
        // The fields and the event DossierRepository::move writes for the same step.
        QJsonObject fields;
        if (to == DossierStatus::Done) {
            dossier.doneAt = when;
            fields.insert(QStringLiteral("done_at"), IsoTime::text(when));
        }
        if (to == DossierStatus::Returned) {
            dossier.returnedAt = when;
            fields.insert(QStringLiteral("returned_at"), IsoTime::text(when));
        }
        const DossierStatus from = dossier.status;
        const int baseVersion = dossier.version;
        dossier.status = to;
        dossier.version = baseVersion + 1;
        fields.insert(QStringLiteral("status"), statusKey(to));
        fields.insert(QStringLiteral("version"), dossier.version);
        fields.insert(QStringLiteral("updated_at"), IsoTime::text(when));

        DossierEvent event;
        event.id = TimeOrderedUuid::next();
        event.dossierId = dossier.id;
        event.at = when;
        event.actor = m_actor;
        event.device = m_deviceId;
        event.action = QStringLiteral("move");
        event.fromStatus = from;
        event.toStatus = to;
        event.note = reason;
        event.opId = TimeOrderedUuid::next();
        fields.insert(QStringLiteral("event"), DossierJson::event(event));

        insertEvent.bind(1, event.id.toByteArray(QUuid::WithoutBraces));
        insertEvent.bind(2, id);
        insertEvent.bind(3, IsoTime::utf8(when));
        insertEvent.bind(4, event.actor);
        insertEvent.bind(5, event.device);
        insertEvent.bind(6, event.action);
        insertEvent.bind(7, statusKey(from));
        insertEvent.bind(8, statusKey(to));
        insertEvent.bind(9, event.note);
        insertEvent.bind(10, event.opId.toByteArray(QUuid::WithoutBraces));
        if (!insertEvent.exec())
            return writeError(insertEvent);

        OutboxOp op;
        op.opId = event.opId;
        op.entity = QStringLiteral("dossier");
        op.entityId = uuidText(dossier.id);
        op.baseVersion = baseVersion;
        op.fieldsJson = QJsonDocument(fields).toJson(QJsonDocument::Compact);
        op.createdAt = VietnamTime::now();
        if (auto s = m_statements->outbox.append(op); !s)
            return s;
        lastEventAt = when;
        updatedAt = when;
    }

    Statement &update = m_statements->update;
    if (!update.prepare(db,
            "UPDATE dossiers SET status = ?, done_at = ?, returned_at = ?, version = ?, updated_at = ? "
            "WHERE id = ? AND version = ?"))
        return writeError(update);
    update.bind(1, statusKey(dossier.status));
    if (dossier.doneAt.isValid())
        update.bind(2, IsoTime::utf8(dossier.doneAt));
    else
        update.bindNull(2);
    if (dossier.returnedAt.isValid())
        update.bind(3, IsoTime::utf8(dossier.returnedAt));
    else
        update.bindNull(3);
    update.bind(4, dossier.version);
    update.bind(5, IsoTime::utf8(updatedAt));
    update.bind(6, id);
    update.bind(7, received.version);
    if (!update.exec())
        return writeError(update);
    const QVariant handle = db.driver()->handle();
    if (sqlite3_changes(*static_cast<sqlite3 *const *>(handle.constData())) != 1) {
        return makeError(QStringLiteral("dossier.changed"),
            tr("Dossier %1 was changed by someone else meanwhile: open it again.").arg(dossier.code));
    }
    return {};
}

} // namespace motcua
