// DossierRepository: the moves of the legal workflow and the lookups (receipt is in
// DossierRepository.cpp).
#include "DossierRepository.h"

#include "Database.h"
#include "DossierJson.h"
#include "DossierSql.h"
#include "domain/Deadline.h"
#include "domain/DossierLifecycle.h"
#include "domain/TimeOrderedUuid.h"
#include "domain/WorkCalendar.h"

#include <QJsonDocument>

namespace motcua {

using namespace DossierSql;

namespace {

Result<QDateTime> lastEventAt(const QSqlDatabase &db, const QUuid &dossierId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT max(at) FROM dossier_events WHERE dossier_id = ?"));
    query.addBindValue(uuidText(dossierId));
    if (!query.exec() || !query.next())
        return readError(query);
    // Every event time is stored with +07:00, so the text maximum is the latest instant.
    return parseTime(query.value(0));
}

} // namespace

Result<Dossier> DossierRepository::move(
    const QString &idOrCode, DossierStatus to, const QString &note, const QDateTime &at, const QString &actor)
{
    Dossier moved;
    auto status = m_database.write([&]() -> Status {
        // Read inside the transaction: the version and the last event are those this change builds on.
        auto found = find(idOrCode);
        if (!found)
            return found.error();
        Dossier dossier = std::move(found).value();
        const QSqlDatabase db = m_database.connection();
        auto last = lastEventAt(db, dossier.id);
        if (!last)
            return last.error();
        const QDateTime when = toStoredPrecision(at.isValid() ? at : VietnamTime::now());
        const QString reason = note.trimmed();
        if (auto allowed = DossierLifecycle::check(dossier, to, reason, when, *last); !allowed)
            return allowed;

        const DossierStatus from = dossier.status;
        const int baseVersion = dossier.version;
        const QString id = uuidText(dossier.id);
        QJsonObject fields;
        bool pausesChanged = false;

        if (from == DossierStatus::SupplementRequested && dossier.isPaused()) {
            // The clock stood still while the citizen was asked to supplement: give those days back.
            DossierPause &pause = dossier.pauses.last();
            pause.endedAt = when;
            pause.workingDays = Deadline::pausedWorkingDays(m_calendar, pause.startedAt, when);
            QSqlQuery close(db);
            close.prepare(QStringLiteral("UPDATE dossier_pauses SET ended_at = ?, working_days = ? "
                                         "WHERE dossier_id = ? AND position = ?"));
            close.addBindValue(VietnamTime::toIso(when));
            close.addBindValue(pause.workingDays);
            close.addBindValue(id);
            close.addBindValue(static_cast<int>(dossier.pauses.size() - 1));
            if (!close.exec())
                return writeError(close);
            if (pause.workingDays > 0) {
                dossier.dueDate = m_calendar.addWorkingDays(dossier.dueDate, pause.workingDays);
                fields.insert(QStringLiteral("due_date"), dossier.dueDate.toString(Qt::ISODate));
            }
            pausesChanged = true;
        }
        if (to == DossierStatus::SupplementRequested) {
            DossierPause pause;
            pause.startedAt = when;
            QSqlQuery open(db);
            open.prepare(
                QStringLiteral("INSERT INTO dossier_pauses (dossier_id, position, started_at) VALUES (?, ?, ?)"));
            open.addBindValue(id);
            open.addBindValue(static_cast<int>(dossier.pauses.size()));
            open.addBindValue(VietnamTime::toIso(when));
            if (!open.exec())
                return writeError(open);
            dossier.pauses.append(pause);
            pausesChanged = true;
        }
        if (to == DossierStatus::Done) {
            dossier.doneAt = when;
            fields.insert(QStringLiteral("done_at"), VietnamTime::toIso(when));
        }
        if (to == DossierStatus::Returned) {
            dossier.returnedAt = when;
            fields.insert(QStringLiteral("returned_at"), VietnamTime::toIso(when));
        }
        if (pausesChanged)
            fields.insert(QStringLiteral("pauses"), DossierJson::pauses(dossier.pauses));
        dossier.status = to;
        dossier.version = baseVersion + 1;
        fields.insert(QStringLiteral("status"), statusKey(to));
        fields.insert(QStringLiteral("version"), dossier.version);
        fields.insert(QStringLiteral("updated_at"), VietnamTime::toIso(when));

        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE dossiers SET status = ?, due_date = ?, done_at = ?, returned_at = ?, "
                                      "version = ?, updated_at = ? WHERE id = ? AND version = ?"));
        update.addBindValue(statusKey(to));
        update.addBindValue(dossier.dueDate.toString(Qt::ISODate));
        update.addBindValue(timeValue(dossier.doneAt));
        update.addBindValue(timeValue(dossier.returnedAt));
        update.addBindValue(dossier.version);
        update.addBindValue(VietnamTime::toIso(when));
        update.addBindValue(id);
        update.addBindValue(baseVersion);
        if (!update.exec())
            return writeError(update);
        if (update.numRowsAffected() != 1) {
            return makeError(QStringLiteral("dossier.changed"),
                tr("Dossier %1 was changed by someone else meanwhile: open it again.").arg(dossier.code));
        }

        DossierEvent event;
        event.id = TimeOrderedUuid::next();
        event.dossierId = dossier.id;
        event.at = when;
        event.actor = actor.isEmpty() ? m_actor : actor;
        event.device = m_database.deviceId();
        event.action = QStringLiteral("move");
        event.fromStatus = from;
        event.toStatus = to;
        event.note = reason;
        event.opId = TimeOrderedUuid::next();
        // A move carries no new scan: the blobs went with the receipt.
        fields.insert(QStringLiteral("event"), DossierJson::event(event));
        if (auto s = insertEventAndOp(
                event, baseVersion, QJsonDocument(fields).toJson(QJsonDocument::Compact), {}, VietnamTime::now());
            !s)
            return s;
        moved = std::move(dossier);
        return {};
    });
    if (!status)
        return status.error();
    return moved;
}

Result<Dossier> DossierRepository::find(const QString &idOrCode) const
{
    const QString key = idOrCode.trimmed();
    const QUuid uuid = QUuid::fromString(key);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + DossierQueries::columns() + QStringLiteral(" FROM dossiers d WHERE ")
        + (uuid.isNull() ? QStringLiteral("d.code = ?") : QStringLiteral("d.id = ?")));
    query.addBindValue(uuid.isNull() ? key : uuidText(uuid));
    if (!query.exec())
        return readError(query);
    if (!query.next()) {
        return makeError(QStringLiteral("dossier.not_found"), tr("There is no dossier \"%1\".").arg(key));
    }
    Dossier dossier = DossierQueries::dossierFromRow(query);
    query.finish();
    if (auto s = loadChildren(dossier); !s)
        return s.error();
    return dossier;
}

Status DossierRepository::loadChildren(Dossier &dossier) const
{
    const QString id = uuidText(dossier.id);
    QSqlQuery documents(m_database.connection());
    documents.setForwardOnly(true);
    documents.prepare(QStringLiteral("SELECT title, kind, count, attachment_sha256, pending_sha256 "
                                     "FROM dossier_documents WHERE dossier_id = ? ORDER BY position"));
    documents.addBindValue(id);
    if (!documents.exec())
        return readError(documents);
    while (documents.next()) {
        ReceivedDocument document;
        document.title = documents.value(0).toString();
        document.kind = documentKindFromKey(documents.value(1).toString()).value_or(DocumentKind::Original);
        document.count = documents.value(2).toInt();
        document.attachmentSha256 = documents.value(3).toString();
        document.pendingScanSha256 = documents.value(4).toString();
        dossier.documents.append(document);
    }
    auto pauses = this->pauses(dossier.id);
    if (!pauses)
        return pauses.error();
    dossier.pauses = std::move(pauses).value();
    return {};
}

Result<QList<DossierPause>> DossierRepository::pauses(const QUuid &dossierId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT started_at, ended_at, working_days FROM dossier_pauses "
                                 "WHERE dossier_id = ? ORDER BY position"));
    query.addBindValue(uuidText(dossierId));
    if (!query.exec())
        return readError(query);
    QList<DossierPause> pauses;
    while (query.next()) {
        DossierPause pause;
        pause.startedAt = parseTime(query.value(0));
        pause.endedAt = parseTime(query.value(1));
        pause.workingDays = query.value(2).toInt();
        pauses.append(pause);
    }
    return pauses;
}

Result<QList<DossierEvent>> DossierRepository::events(const QUuid &dossierId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at, actor, device, action, from_status, to_status, note, op_id "
                                 "FROM dossier_events WHERE dossier_id = ? ORDER BY at, id"));
    query.addBindValue(uuidText(dossierId));
    if (!query.exec())
        return readError(query);
    QList<DossierEvent> events;
    while (query.next()) {
        DossierEvent event;
        event.id = QUuid::fromString(query.value(0).toString());
        event.dossierId = dossierId;
        event.at = parseTime(query.value(1));
        event.actor = query.value(2).toString();
        event.device = query.value(3).toString();
        event.action = query.value(4).toString();
        if (!query.value(5).isNull())
            event.fromStatus = statusFromKey(query.value(5).toString());
        event.toStatus = statusFromKey(query.value(6).toString()).value_or(DossierStatus::Received);
        event.note = query.value(7).toString();
        event.opId = QUuid::fromString(query.value(8).toString());
        events.append(event);
    }
    return events;
}

Status DossierRepository::forEach(const DossierFilter &filter, const std::function<bool(const Dossier &)> &visit) const
{
    return DossierQueries(m_database).forEach(filter, visit);
}

Result<qint64> DossierRepository::count(const DossierFilter &filter) const
{
    return DossierQueries(m_database).count(filter);
}

Result<QMap<DossierStatus, qint64>> DossierRepository::countByStatus(const DossierFilter &filter) const
{
    return DossierQueries(m_database).countByStatus(filter);
}

} // namespace motcua
