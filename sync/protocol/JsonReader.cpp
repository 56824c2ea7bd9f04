#include "JsonReader.h"

#include "ErrorBody.h"
#include "Limits.h"
#include "WireTypes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <utility>

namespace motcua::protocol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::protocol::JsonReader", text);
}

bool isSnakeCaseKey(const QString &key)
{
    if (key.isEmpty() || key.size() > limits::maxKeyLength || key.at(0) < u'a' || key.at(0) > u'z')
        return false;
    for (const QChar c : key) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    }
    return true;
}

QString typeError(QJsonValue::Type wanted)
{
    switch (wanted) {
    case QJsonValue::String:
        return tr("must be a string");
    case QJsonValue::Double:
        return tr("must be an integer");
    case QJsonValue::Bool:
        return tr("must be true or false");
    case QJsonValue::Object:
        return tr("must be a JSON object");
    case QJsonValue::Array:
        return tr("must be a JSON array");
    default:
        return tr("has the wrong type");
    }
}

// Walks a free-form value; returns false after reporting the first problem.
bool checkValue(const QJsonValue &value, const QString &path, int depth, const JsonBounds &bounds, JsonReader &reader)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.size() > bounds.maxStringLength) {
            reader.failAt(path, tr("must be at most %1 characters long").arg(bounds.maxStringLength));
            return false;
        }
        if (!text.isValidUtf16()) {
            reader.failAt(path, tr("must be valid Unicode text"));
            return false;
        }
        return true;
    }
    if (!value.isObject() && !value.isArray())
        return true;
    if (depth > bounds.maxDepth) {
        reader.failAt(path, tr("nests deeper than %1 levels").arg(bounds.maxDepth));
        return false;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.size() > bounds.maxArrayItems) {
            reader.failAt(path, tr("must have at most %1 items").arg(bounds.maxArrayItems));
            return false;
        }
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!checkValue(array.at(i), JsonReader::item(path, i), depth + 1, bounds, reader))
                return false;
        }
        return true;
    }
    const QJsonObject object = value.toObject();
    if (object.size() > bounds.maxObjectMembers) {
        reader.failAt(path, tr("must have at most %1 members").arg(bounds.maxObjectMembers));
        return false;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const bool keyOk = bounds.snakeCaseKeys
            ? isSnakeCaseKey(key)
            : (!key.isEmpty() && key.size() <= limits::maxKeyLength && isCleanText(key));
        if (!keyOk) {
            reader.failAt(JsonReader::join(path, key.left(limits::maxKeyLength)),
                bounds.snakeCaseKeys
                    ? tr("member names must be lower-case snake_case of at most %1 characters")
                          .arg(limits::maxKeyLength)
                    : tr("member names must be clean text of 1 to %1 characters").arg(limits::maxKeyLength));
            return false;
        }
        if (!checkValue(it.value(), JsonReader::join(path, key), depth + 1, bounds, reader))
            return false;
    }
    return true;
}

} // namespace

JsonBounds pushedFieldsBounds()
{
    return JsonBounds{limits::maxFieldsDepth, limits::maxOpFieldsBytes, limits::maxObjectMembers, limits::maxArrayItems,
        limits::maxStringLength, true};
}

JsonBounds pulledFieldsBounds()
{
    return JsonBounds{limits::maxPulledFieldsDepth, limits::maxPulledFieldsBytes, limits::maxObjectMembers,
        limits::maxPulledArrayItems, limits::maxPulledStringLength, false};
}

void checkBounds(const QJsonObject &object, const QString &path, const JsonBounds &bounds, JsonReader &reader,
    QByteArray *compact, const QByteArray *given)
{
    if (!checkValue(object, path, 1, bounds, reader))
        return;
    // Sizes after the walk: the walk already bounded depth and counts, so serializing is cheap.
    QByteArray text = given && !given->isEmpty() ? *given : compactJson(object);
    if (text.size() > bounds.maxBytes)
        reader.failAt(path, tr("must be at most %1 bytes of JSON").arg(bounds.maxBytes));
    else if (compact)
        *compact = std::move(text);
}

JsonReader::JsonReader(QJsonObject object, QString path, QString errorCode)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_errorCode(std::move(errorCode))
{
}

Result<QJsonObject> JsonReader::parseBody(const QByteArray &body, qint64 maxBytes, const QString &errorCode)
{
    const QString root = QStringLiteral("$");
    if (body.size() > maxBytes) {
        const QString code = errorCode == QLatin1String(errors::requestMalformed)
            ? QString::fromLatin1(errors::requestTooLarge)
            : errorCode;
        return makeError(code, root + QStringLiteral(": ") + tr("the body is larger than %1 bytes").arg(maxBytes));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(errorCode,
            root + QStringLiteral(": ")
                + tr("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject())
        return makeError(errorCode, root + QStringLiteral(": ") + tr("must be a JSON object"));
    return document.object();
}

void JsonReader::allowOnly(std::initializer_list<const char *> names)
{
    for (auto it = m_object.begin(); it != m_object.end() && ok(); ++it) {
        bool known = false;
        for (const char *name : names)
            known = known || it.key() == QLatin1String(name);
        if (!known)
            fail(it.key().left(limits::maxKeyLength), tr("unknown field"));
    }
}

bool JsonReader::has(const char *key) const
{
    return m_object.contains(QLatin1String(key));
}

std::optional<QJsonValue> JsonReader::member(const char *key, bool required)
{
    if (!ok())
        return std::nullopt;
    const auto it = m_object.constFind(QLatin1String(key));
    if (it == m_object.constEnd()) {
        if (required)
            fail(QLatin1String(key), tr("is required"));
        return std::nullopt;
    }
    return it.value();
}

QString JsonReader::text(const char *key, int minLength, int maxLength)
{
    const auto value = member(key, true);
    if (!value)
        return {};
    if (!value->isString()) {
        fail(QLatin1String(key), typeError(QJsonValue::String));
        return {};
    }
    const QString result = value->toString();
    if (result.size() < minLength || result.size() > maxLength) {
        fail(QLatin1String(key), tr("must be %1 to %2 characters long").arg(minLength).arg(maxLength));
        return {};
    }
    if (!isCleanText(result)) {
        fail(QLatin1String(key), tr("must not contain control characters or leading or trailing spaces"));
        return {};
    }
    return result;
}

std::optional<QString> JsonReader::optionalText(const char *key, int maxLength)
{
    const auto value = member(key, false);
    if (!value || value->isNull())
        return std::nullopt;
    return text(key, 0, maxLength);
}

QString JsonReader::token(const char *key, bool (*valid)(const QString &), const char *shape)
{
    const auto value = member(key, true);
    if (!value)
        return {};
    if (!value->isString()) {
        fail(QLatin1String(key), typeError(QJsonValue::String));
        return {};
    }
    const QString result = value->toString();
    if (!valid(result)) {
        fail(QLatin1String(key), tr("must be %1").arg(tr(shape)));
        return {};
    }
    return result;
}

std::optional<QString> JsonReader::optionalToken(const char *key, bool (*valid)(const QString &), const char *shape)
{
    const auto value = member(key, false);
    if (!value)
        return std::nullopt;
    const QString result = token(key, valid, shape);
    return ok() ? std::optional<QString>(result) : std::nullopt;
}

QString JsonReader::uuid(const char *key)
{
    return token(key, &isCanonicalUuid,
        QT_TRANSLATE_NOOP("motcua::protocol::JsonReader", "a UUID in lower-case hex (36 characters)"));
}

std::optional<QString> JsonReader::nullableUuid(const char *key)
{
    const auto value = member(key, false);
    if (!value || value->isNull())
        return std::nullopt;
    const QString result = uuid(key);
    return ok() ? std::optional<QString>(result) : std::nullopt;
}

qint64 JsonReader::integer(const char *key, qint64 min, qint64 max)
{
    const auto value = member(key, true);
    if (!value)
        return 0;
    const double number = value->toDouble();
    if (!value->isDouble() || !std::isfinite(number) || std::floor(number) != number) {
        fail(QLatin1String(key), typeError(QJsonValue::Double));
        return 0;
    }
    // Compared as doubles first: casting a huge double to qint64 is undefined.
    if (number < static_cast<double>(min)) {
        fail(QLatin1String(key), tr("must be an integer ≥ %1").arg(min));
        return 0;
    }
    if (number > static_cast<double>(max)) {
        fail(QLatin1String(key), tr("must be an integer ≤ %1").arg(max));
        return 0;
    }
    return static_cast<qint64>(number);
}

std::optional<qint64> JsonReader::optionalInteger(const char *key, qint64 min, qint64 max)
{
    if (!member(key, false))
        return std::nullopt;
    const qint64 result = integer(key, min, max);
    return ok() ? std::optional<qint64>(result) : std::nullopt;
}

std::optional<qint64> JsonReader::nullableInteger(const char *key, qint64 min, qint64 max)
{
    const auto value = member(key, true);
    if (!value || value->isNull())
        return std::nullopt;
    const qint64 result = integer(key, min, max);
    return ok() ? std::optional<qint64>(result) : std::nullopt;
}

bool JsonReader::boolean(const char *key)
{
    const auto value = member(key, true);
    if (!value)
        return false;
    if (!value->isBool()) {
        fail(QLatin1String(key), typeError(QJsonValue::Bool));
        return false;
    }
    return value->toBool();
}

QJsonObject JsonReader::object(const char *key)
{
    const auto value = member(key, true);
    if (!value)
        return {};
    if (!value->isObject()) {
        fail(QLatin1String(key), typeError(QJsonValue::Object));
        return {};
    }
    return value->toObject();
}

QJsonObject JsonReader::boundedObject(
    const char *key, const JsonBounds &bounds, bool allowEmpty, QByteArray *compact, const QByteArray *text)
{
    const QJsonObject result = object(key);
    if (!ok())
        return {};
    if (!allowEmpty && result.isEmpty()) {
        fail(QLatin1String(key), tr("must not be empty"));
        return {};
    }
    checkBounds(result, pathOf(QLatin1String(key)), bounds, *this, compact, text);
    return ok() ? result : QJsonObject();
}

QJsonArray JsonReader::array(const char *key, int minItems, int maxItems)
{
    const auto value = member(key, true);
    if (!value)
        return {};
    if (!value->isArray()) {
        fail(QLatin1String(key), typeError(QJsonValue::Array));
        return {};
    }
    const QJsonArray result = value->toArray();
    if (result.size() < minItems || result.size() > maxItems) {
        fail(QLatin1String(key), tr("must have %1 to %2 items").arg(minItems).arg(maxItems));
        return {};
    }
    return result;
}

std::optional<QJsonArray> JsonReader::optionalArray(const char *key, int minItems, int maxItems)
{
    if (!member(key, false))
        return std::nullopt;
    const QJsonArray result = array(key, minItems, maxItems);
    return ok() ? std::optional<QJsonArray>(result) : std::nullopt;
}

QStringList JsonReader::sha256List(const char *key, int minItems, int maxItems)
{
    const QJsonArray values = array(key, minItems, maxItems);
    QStringList result;
    QSet<QString> seen;
    for (qsizetype i = 0; i < values.size() && ok(); ++i) {
        const QString relative = item(QLatin1String(key), i);
        const QString digest = values.at(i).toString();
        if (!values.at(i).isString() || !isSha256Hex(digest)) {
            fail(relative, tr("must be a SHA-256 digest in 64 lower-case hex digits"));
        } else if (seen.contains(digest)) {
            fail(relative, tr("repeats an earlier item"));
        } else {
            seen.insert(digest);
            result.append(digest);
        }
    }
    return ok() ? result : QStringList();
}

void JsonReader::fail(const QString &relative, const QString &reason)
{
    failAt(pathOf(relative), reason);
}

void JsonReader::failAt(const QString &absolutePath, const QString &reason)
{
    if (!m_error)
        m_error = makeError(m_errorCode, absolutePath + QStringLiteral(": ") + reason);
}

QString JsonReader::pathOf(const QString &relative) const
{
    return join(m_path, relative);
}

QString JsonReader::join(const QString &path, const QString &member)
{
    return path.isEmpty() ? member : path + u'.' + member;
}

QString JsonReader::item(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

} // namespace motcua::protocol
