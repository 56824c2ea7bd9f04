#include "JsonViews.h"

#include "domain/Deadline.h"
#include "domain/VietnamTime.h"

#include <QJsonArray>

namespace motcua::cli {

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(VietnamTime::toIso(time)) : QJsonValue();
}

} // namespace

QJsonObject procedureJson(const Procedure &procedure, bool withDetails)
{
    QJsonObject json{{QStringLiteral("code"), procedure.code}, {QStringLiteral("name"), procedure.name},
        {QStringLiteral("sector"), procedure.sector}, {QStringLiteral("level"), procedure.level},
        {QStringLiteral("processing_time"), procedure.processingDays},
        {QStringLiteral("processing_unit"), processingUnitKey(procedure.processingUnit)},
        {QStringLiteral("fee"), procedure.fee}, {QStringLiteral("active"), procedure.active}};
    if (!withDetails)
        return json;
    QJsonArray documents;
    for (const RequiredDocument &document : procedure.documents) {
        documents.append(QJsonObject{{QStringLiteral("title"), document.title},
            {QStringLiteral("kind"), documentKindKey(document.kind)}, {QStringLiteral("count"), document.count},
            {QStringLiteral("required"), document.required}, {QStringLiteral("note"), document.note}});
    }
    json.insert(QStringLiteral("documents"), documents);
    json.insert(QStringLiteral("legal_basis"), QJsonArray::fromStringList(procedure.legalBasis));
    json.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(procedure.aliases));
    json.insert(QStringLiteral("result_delivery"), procedure.resultDelivery);
    return json;
}

QJsonObject dossierJson(const Dossier &dossier, const QDate &today)
{
    const auto timeliness = motcua::timeliness(dossier.status, dossier.dueDate, dossier.doneAt, today);
    QJsonObject json{{QStringLiteral("id"), dossier.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("code"), dossier.code}, {QStringLiteral("procedure_code"), dossier.procedureCode},
        {QStringLiteral("applicant_name"), dossier.applicantName}, {QStringLiteral("citizen_id"), dossier.citizenId},
        {QStringLiteral("phone"), dossier.phone}, {QStringLiteral("address"), dossier.address},
        {QStringLiteral("status"), statusKey(dossier.status)},
        {QStringLiteral("received_at"), VietnamTime::toIso(dossier.receivedAt)},
        {QStringLiteral("due_date"), dossier.dueDate.toString(Qt::ISODate)},
        {QStringLiteral("done_at"), timeOrNull(dossier.doneAt)},
        {QStringLiteral("returned_at"), timeOrNull(dossier.returnedAt)},
        {QStringLiteral("timeliness"), timeliness ? QJsonValue(timelinessKey(*timeliness)) : QJsonValue()},
        {QStringLiteral("version"), dossier.version}};
    if (!dossier.email.isEmpty())
        json.insert(QStringLiteral("email"), dossier.email);
    return json;
}

QJsonObject eventJson(const DossierEvent &event)
{
    return QJsonObject{{QStringLiteral("id"), event.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("at"), VietnamTime::toIso(event.at)}, {QStringLiteral("actor"), event.actor},
        {QStringLiteral("device"), event.device}, {QStringLiteral("action"), event.action},
        {QStringLiteral("from"), event.fromStatus ? QJsonValue(statusKey(*event.fromStatus)) : QJsonValue()},
        {QStringLiteral("to"), statusKey(event.toStatus)}, {QStringLiteral("note"), event.note}};
}

} // namespace motcua::cli
