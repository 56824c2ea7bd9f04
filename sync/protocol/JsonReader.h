#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace motcua::protocol {

// Bounds of a free-form JSON value (an op's "fields", a pulled document).
struct JsonBounds
{
    int maxDepth; // the object itself is depth 1
    qint64 maxBytes; // its compact JSON text
    int maxObjectMembers;
    int maxArrayItems;
    int maxStringLength;
    bool snakeCaseKeys; // keys ^[a-z][a-z0-9_]{0,63}$ (pushed fields) or any clean text ≤ 64
};

JsonBounds pushedFieldsBounds();
JsonBounds pulledFieldsBounds();

// Reads the members of one protocol object strictly and keeps the first problem found, with its
// JSON path ("ops[3].base_version: must be an integer ≥ 0"), so a message parser reads as a list of
// member reads followed by one check. After the first failure every read returns an empty value.
class JsonReader final
{
public:
    // errorCode: "request.malformed" for requests, "response.malformed" for answers.
    JsonReader(QJsonObject object, QString path, QString errorCode);

    // Parses a whole body that must be one JSON object of at most maxBytes.
    static Result<QJsonObject> parseBody(const QByteArray &body, qint64 maxBytes, const QString &errorCode);

    // Refuses members other than `names` (requests are strict; docs/protocol.md "Strictness").
    void allowOnly(std::initializer_list<const char *> names);

    bool has(const char *key) const;
    QString text(const char *key, int minLength, int maxLength); // clean human text
    QString token(const char *key, bool (*valid)(const QString &), const char *shape);
    std::optional<QString> optionalToken(const char *key, bool (*valid)(const QString &), const char *shape);
    std::optional<QString> optionalText(const char *key, int maxLength);
    QString uuid(const char *key);
    std::optional<QString> nullableUuid(const char *key); // null or absent: nullopt
    qint64 integer(const char *key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(const char *key, qint64 min, qint64 max);
    std::optional<qint64> nullableInteger(const char *key, qint64 min, qint64 max);
    bool boolean(const char *key);
    QJsonObject object(const char *key);
    // compact, when not null, receives the object's compact JSON (the bound on bytes made it);
    // text, when not null and not empty, is that JSON already, as the message spelled it.
    QJsonObject boundedObject(const char *key, const JsonBounds &bounds, bool allowEmpty, QByteArray *compact = nullptr,
        const QByteArray *text = nullptr);
    QJsonArray array(const char *key, int minItems, int maxItems);
    std::optional<QJsonArray> optionalArray(const char *key, int minItems, int maxItems);
    // An array of distinct lower-case SHA-256 digests.
    QStringList sha256List(const char *key, int minItems, int maxItems);

    // Records a problem at path `relative` below this object (e.g. "ops[2]").
    void fail(const QString &relative, const QString &reason);
    void failAt(const QString &absolutePath, const QString &reason);

    QString pathOf(const QString &relative) const;
    static QString join(const QString &path, const QString &member);
    static QString item(const QString &path, qsizetype index);

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    const QString &errorCode() const { return m_errorCode; }
    const QString &path() const { return m_path; }

private:
    std::optional<QJsonValue> member(const char *key, bool required);

    QJsonObject m_object;
    QString m_path;
    QString m_errorCode;
    std::optional<Error> m_error;
};

// Checks a free-form value against bounds; the first problem is reported through reader.failAt.
// compact, when not null, receives the object's compact JSON once the walk accepted its shape: text
// when given (not null, not empty: the object's JSON as a message spelled it, which is what the
// bound on bytes then measures), else the object serialised.
void checkBounds(const QJsonObject &object, const QString &path, const JsonBounds &bounds, JsonReader &reader,
    QByteArray *compact = nullptr, const QByteArray *text = nullptr);

} // namespace motcua::protocol
