#include "IntakeDraft.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace motcua::desktop {

namespace {

QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

} // namespace

bool IntakeDraft::isEmpty() const
{
    return procedureCode.isEmpty() && applicantName.trimmed().isEmpty() && citizenId.trimmed().isEmpty()
        && phone.isEmpty() && address.isEmpty() && email.isEmpty();
}

QJsonObject IntakeDraft::toJson() const
{
    QJsonArray list;
    for (const IntakeDocument &document : documents) {
        list.append(QJsonObject{{QStringLiteral("title"), document.title},
            {QStringLiteral("kind"), documentKindKey(document.kind)}, {QStringLiteral("count"), document.count},
            {QStringLiteral("received"), document.received}, {QStringLiteral("required"), document.required},
            {QStringLiteral("scan_file"), document.scanFile}});
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("motcua-intake-draft")},
        {QStringLiteral("page"), page}, {QStringLiteral("procedure_code"), procedureCode},
        {QStringLiteral("applicant_name"), applicantName}, {QStringLiteral("citizen_id"), citizenId},
        {QStringLiteral("phone"), phone}, {QStringLiteral("address"), address}, {QStringLiteral("email"), email},
        {QStringLiteral("documents"), list}};
}

IntakeDraft IntakeDraft::fromJson(const QJsonObject &json)
{
    IntakeDraft draft;
    draft.page = std::max(0, json.value(QStringLiteral("page")).toInt());
    draft.procedureCode = text(json, "procedure_code");
    draft.applicantName = text(json, "applicant_name");
    draft.citizenId = text(json, "citizen_id");
    draft.phone = text(json, "phone");
    draft.address = text(json, "address");
    draft.email = text(json, "email");
    for (const QJsonValue &value : json.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject object = value.toObject();
        IntakeDocument document;
        document.title = text(object, "title");
        document.kind = documentKindFromKey(text(object, "kind")).value_or(DocumentKind::Original);
        document.count = std::max(1, object.value(QStringLiteral("count")).toInt(1));
        document.received = object.value(QStringLiteral("received")).toBool();
        document.required = object.value(QStringLiteral("required")).toBool(true);
        document.scanFile = text(object, "scan_file");
        if (!document.title.isEmpty())
            draft.documents.append(document);
    }
    return draft;
}

QList<IntakeDocument> IntakeDraft::checklist(const Procedure &procedure)
{
    QList<IntakeDocument> list;
    for (const RequiredDocument &required : procedure.documents) {
        IntakeDocument document;
        document.title = required.title;
        document.kind = required.kind;
        document.count = std::max(1, required.count);
        document.required = required.required;
        list.append(document);
    }
    return list;
}

ReceiveRequest IntakeDraft::toRequest() const
{
    ReceiveRequest request;
    request.procedureCode = procedureCode;
    request.applicantName = applicantName.trimmed();
    request.citizenId = citizenId;
    request.phone = phone.trimmed();
    request.address = address.trimmed();
    request.email = email.trimmed();
    for (const IntakeDocument &document : documents) {
        if (!document.received)
            continue;
        ReceiveDocumentRequest item;
        item.title = document.title;
        item.kind = document.kind;
        item.count = document.count;
        item.sourceFile = document.scanFile;
        request.documents.append(item);
    }
    return request;
}

bool IntakeDraft::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    return file.commit();
}

std::optional<IntakeDraft> IntakeDraft::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject()
        || document.object().value(QStringLiteral("format")).toString() != QLatin1String("motcua-intake-draft"))
        return std::nullopt;
    IntakeDraft draft = fromJson(document.object());
    if (draft.isEmpty())
        return std::nullopt;
    return draft;
}

} // namespace motcua::desktop
