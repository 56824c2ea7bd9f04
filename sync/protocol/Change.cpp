#include "Change.h"

#include "ErrorBody.h"
#include "JsonReader.h"
#include "Limits.h"
#include "WireTypes.h"

namespace motcua::protocol {

Result<Change> Change::fromJson(const QJsonObject &object, const QString &path)
{
    JsonReader reader(object, path, QString::fromLatin1(errors::responseMalformed));
    Change result;
    result.entity = reader.token("entity", &isEntityName,
        QT_TRANSLATE_NOOP("motcua::protocol::JsonReader", "an entity name (lower-case letters, digits and '_')"));
    result.id = reader.uuid("id");
    result.version = reader.integer("version", 1, limits::maxVersion);
    result.fields = reader.boundedObject("fields", pulledFieldsBounds(), true);
    result.originDevice = reader.nullableUuid("origin_device");
    result.deleted = reader.boolean("deleted");
    if (!reader.ok())
        return reader.error();
    return result;
}

QJsonObject Change::toJson() const
{
    return QJsonObject{
        {QStringLiteral("entity"), entity},
        {QStringLiteral("id"), id},
        {QStringLiteral("version"), version},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("origin_device"), originDevice ? QJsonValue(*originDevice) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("deleted"), deleted},
    };
}

} // namespace motcua::protocol
