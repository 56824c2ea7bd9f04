#include "DossierRegister.h"

#include "ReportPeriod.h"

#include "domain/Deadline.h"
#include "domain/DossierStatus.h"
#include "domain/VietnamTime.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace motcua {

namespace {

QDateTime timeOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    return VietnamTime::parseIso(value.toString()).value_or(QDateTime());
}

} // namespace

Status forEachRegisterRow(Database &database, const QDate &from, const QDate &to, const QDate &today,
    const std::function<void(const RegisterRow &)> &visit)
{
    if (Status period = checkReportPeriod(from, to); !period)
        return period;
    // The hand-over is the first move into "in process"; the note is the one of the last event
    // that carried one (a refusal's reason, a supplement request).
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(R"(
        SELECT d.code, d.procedure_code, coalesce(p.name, ''), d.applicant_name, d.address, d.received_at,
               d.due_date, d.done_at, d.returned_at, d.status,
               (SELECT min(e.at) FROM dossier_events e WHERE e.dossier_id = d.id AND e.to_status = 'in_process'),
               (SELECT e.note FROM dossier_events e WHERE e.dossier_id = d.id AND e.note <> ''
                   ORDER BY e.at DESC LIMIT 1)
        FROM dossiers d LEFT JOIN procedures p ON p.code = d.procedure_code
        WHERE d.received_at >= ? AND d.received_at < ?
        ORDER BY d.received_at, d.code)"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.addDays(1).toString(Qt::ISODate));
    if (!query.exec())
        return makeError(QStringLiteral("store.query"), query.lastError().text());
    int number = 0;
    while (query.next()) {
        RegisterRow row;
        row.number = ++number;
        row.code = query.value(0).toString();
        row.procedureCode = query.value(1).toString();
        row.procedureName = query.value(2).toString();
        row.applicantName = query.value(3).toString();
        row.applicantAddress = query.value(4).toString();
        row.receivedAt = timeOf(query.value(5));
        row.dueDate = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        row.doneAt = timeOf(query.value(7));
        row.returnedAt = timeOf(query.value(8));
        row.status = query.value(9).toString();
        row.handedOverAt = timeOf(query.value(10));
        row.note = query.value(11).toString();
        if (const auto status = statusFromKey(row.status)) {
            if (const auto judged = timeliness(*status, row.dueDate, row.doneAt, today))
                row.timeliness = timelinessKey(*judged);
        }
        visit(row);
    }
    if (query.lastError().isValid())
        return makeError(QStringLiteral("store.query"), query.lastError().text());
    return {};
}

} // namespace motcua
