#include "ErrorBody.h"
#include "JsonReader.h"
#include "Limits.h"
#include "Push.h"
#include "PushFieldsText.h"
#include "WireTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace motcua::protocol {

namespace {

const char entityShape[]
    = QT_TRANSLATE_NOOP("motcua::protocol::JsonReader", "an entity name (lower-case letters, digits and '_')");

} // namespace

Result<PushOp> PushOp::fromJson(const QJsonObject &object, const QString &path, const QByteArray *fieldsText)
{
    JsonReader reader(object, path, QString::fromLatin1(errors::requestMalformed));
    reader.allowOnly({"op_id", "entity", "id", "base_version", "fields", "blob_refs", "origin_device"});
    PushOp op;
    op.opId = reader.uuid("op_id");
    op.entity = reader.token("entity", &isEntityName, entityShape);
    op.id = reader.uuid("id");
    op.baseVersion = reader.integer("base_version", 0, limits::maxBaseVersion);
    op.fields = reader.boundedObject("fields", pushedFieldsBounds(), false, &op.fieldsJson, fieldsText);
    op.blobRefs = reader.sha256List("blob_refs", 0, limits::maxBlobRefsPerOp);
    if (reader.has("origin_device"))
        op.originDevice = reader.uuid("origin_device");
    if (!reader.ok())
        return reader.error();
    return op;
}

QJsonObject PushOp::toJson() const
{
    QJsonObject object{
        {QStringLiteral("op_id"), opId},
        {QStringLiteral("entity"), entity},
        {QStringLiteral("id"), id},
        {QStringLiteral("base_version"), baseVersion},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("blob_refs"), QJsonArray::fromStringList(blobRefs)},
    };
    if (originDevice)
        object.insert(QStringLiteral("origin_device"), *originDevice);
    return object;
}

Result<PushRequest> PushRequest::fromJson(const QByteArray &body)
{
    auto object = JsonReader::parseBody(body, limits::maxPushBody, QString::fromLatin1(errors::requestMalformed));
    if (!object)
        return object.error();
    const std::optional<QList<QByteArray>> fieldsTexts = pushFieldsTexts(body);
    return fromJson(*object, {}, fieldsTexts ? &*fieldsTexts : nullptr);
}

Result<PushRequest> PushRequest::fromJson(
    const QJsonObject &object, const QString &path, const QList<QByteArray> *fieldsTexts)
{
    JsonReader reader(object, path, QString::fromLatin1(errors::requestMalformed));
    reader.allowOnly({"batch_id", "ops"});
    PushRequest request;
    request.batchId = reader.uuid("batch_id");
    const QJsonArray ops = reader.array("ops", 1, limits::maxOpsPerBatch);
    if (!reader.ok())
        return reader.error();
    const QString opsPath = JsonReader::join(path, QStringLiteral("ops"));
    QHash<QString, qsizetype> seen;
    if (fieldsTexts && fieldsTexts->size() != ops.size())
        fieldsTexts = nullptr;
    request.ops.reserve(ops.size());
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const QString itemPath = JsonReader::item(opsPath, i);
        if (!ops.at(i).isObject()) {
            reader.failAt(
                itemPath, QCoreApplication::translate("motcua::protocol::JsonReader", "must be a JSON object"));
            return reader.error();
        }
        auto op = PushOp::fromJson(ops.at(i).toObject(), itemPath, fieldsTexts ? &fieldsTexts->at(i) : nullptr);
        if (!op)
            return op.error();
        if (const auto earlier = seen.constFind(op->opId); earlier != seen.constEnd()) {
            reader.failAt(JsonReader::join(itemPath, QStringLiteral("op_id")),
                QCoreApplication::translate("motcua::protocol::JsonReader", "repeats ops[%1].op_id")
                    .arg(earlier.value()));
            return reader.error();
        }
        seen.insert(op->opId, i);
        request.ops.append(std::move(op).value());
    }
    return request;
}

QJsonObject PushRequest::toJson() const
{
    QJsonArray array;
    for (const PushOp &op : ops)
        array.append(op.toJson());
    return QJsonObject{{QStringLiteral("batch_id"), batchId}, {QStringLiteral("ops"), array}};
}

} // namespace motcua::protocol
