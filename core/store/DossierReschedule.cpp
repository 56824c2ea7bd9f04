// DossierRepository: form 04, a new date to return the result after an apology for the delay.
#include "DossierRepository.h"

#include "Database.h"
#include "DossierJson.h"
#include "DossierSql.h"
#include "domain/WorkCalendar.h"

#include <QJsonDocument>

namespace motcua {

using namespace DossierSql;

namespace {

QString dayText(const QDate &day)
{
    return day.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

Result<Dossier> DossierRepository::reschedule(
    const QString &idOrCode, const QDate &newDueDate, const QString &reason, const QDateTime &at, const QString &actor)
{
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        return makeError(QStringLiteral("apology.reason_required"),
            tr("Form 04 needs the reason for the delay: the citizen reads it."));
    }
    Dossier moved;
    auto status = m_database.write([&]() -> Status {
        auto found = find(idOrCode);
        if (!found)
            return found.error();
        Dossier dossier = std::move(found).value();
        if (!isOpen(dossier.status)) {
            return makeError(QStringLiteral("apology.closed"),
                tr("Dossier %1 is %2: only a dossier still being handled gets a new date.")
                    .arg(dossier.code, statusLabel(dossier.status)));
        }
        const QDateTime when = toStoredPrecision(at.isValid() ? at : VietnamTime::now());
        // The new date comes after the old one and after today, and the office is open that day.
        const QDate earliest = m_calendar.addWorkingDays(std::max(dossier.dueDate, VietnamTime::legalDate(when)), 1);
        if (!newDueDate.isValid() || newDueDate < earliest || !m_calendar.isWorkingDay(newDueDate)) {
            return makeError(QStringLiteral("apology.invalid_date"),
                tr("The new date must be a working day from %1 on (the due date was %2).")
                    .arg(dayText(earliest), dayText(dossier.dueDate)));
        }
        const QDate oldDueDate = dossier.dueDate;
        const int baseVersion = dossier.version;
        dossier.dueDate = newDueDate;
        dossier.version = baseVersion + 1;

        QSqlQuery update(m_database.connection());
        update.prepare(QStringLiteral(
            "UPDATE dossiers SET due_date = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?"));
        update.addBindValue(newDueDate.toString(Qt::ISODate));
        update.addBindValue(dossier.version);
        update.addBindValue(VietnamTime::toIso(when));
        update.addBindValue(uuidText(dossier.id));
        update.addBindValue(baseVersion);
        if (!update.exec())
            return writeError(update);
        if (update.numRowsAffected() != 1) {
            return makeError(QStringLiteral("dossier.changed"),
                tr("Dossier %1 was changed by someone else meanwhile: open it again.").arg(dossier.code));
        }

        const DossierEvent event = sameStatusEvent(dossier, when, actor, QStringLiteral("apology"),
            tr("New date %1 (was %2): %3").arg(dayText(newDueDate), dayText(oldDueDate), why));
        QJsonObject fields;
        fields.insert(QStringLiteral("due_date"), newDueDate.toString(Qt::ISODate));
        fields.insert(QStringLiteral("version"), dossier.version);
        fields.insert(QStringLiteral("updated_at"), VietnamTime::toIso(when));
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

Result<QSet<QString>> DossierRepository::apologizedCodes() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT DISTINCT d.code FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id "
                           "WHERE e.action = 'apology'")))
        return readError(query);
    QSet<QString> codes;
    while (query.next())
        codes.insert(query.value(0).toString());
    return codes;
}

} // namespace motcua
