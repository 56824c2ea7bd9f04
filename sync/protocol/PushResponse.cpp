#include "ErrorBody.h"
#include "JsonReader.h"
#include "Limits.h"
#include "Push.h"
#include "WireTypes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace motcua::protocol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::protocol::JsonReader", text);
}

struct OutcomeName
{
    PushOutcome outcome;
    const char *name;
};

constexpr OutcomeName outcomeNames[] = {
    {PushOutcome::Applied, "applied"},
    {PushOutcome::Duplicate, "duplicate"},
    {PushOutcome::Conflict, "conflict"},
    {PushOutcome::Rejected, "rejected"},
};

const char reasonShape[]
    = QT_TRANSLATE_NOOP("motcua::protocol::JsonReader", "dotted lower-case words (e.g. entity.unknown)");

bool isOutcomeName(const QString &name)
{
    return parsePushOutcome(name).has_value();
}

Error mismatch(const QString &path, const QString &reason)
{
    return makeError(QString::fromLatin1(errors::responseMalformed), path + QStringLiteral(": ") + reason);
}

} // namespace

QString pushOutcomeName(PushOutcome outcome)
{
    for (const OutcomeName &entry : outcomeNames) {
        if (entry.outcome == outcome)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<PushOutcome> parsePushOutcome(const QString &name)
{
    for (const OutcomeName &entry : outcomeNames) {
        if (name == QLatin1String(entry.name))
            return entry.outcome;
    }
    return std::nullopt;
}

Result<PushResult> PushResult::fromJson(const QJsonObject &object, const QString &path)
{
    JsonReader reader(object, path, QString::fromLatin1(errors::responseMalformed));
    PushResult result;
    result.opId = reader.uuid("op_id");
    const QString outcome = reader.token("result", &isOutcomeName,
        QT_TRANSLATE_NOOP("motcua::protocol::JsonReader", "applied, duplicate, conflict or rejected"));
    if (!reader.ok())
        return reader.error();
    result.result = *parsePushOutcome(outcome);
    const bool needsVersion = result.result == PushOutcome::Applied || result.result == PushOutcome::Duplicate
        || result.result == PushOutcome::Conflict;
    result.version = needsVersion ? std::optional<qint64>(reader.integer("version", 1, limits::maxVersion))
                                  : reader.optionalInteger("version", 1, limits::maxVersion);
    result.reason = result.result == PushOutcome::Rejected
        ? std::optional<QString>(reader.token("reason", &isErrorCode, reasonShape))
        : reader.optionalToken("reason", &isErrorCode, reasonShape);
    result.message = reader.optionalText("message", limits::maxMessageLength);
    if (result.result == PushOutcome::Conflict || reader.has("server_record")) {
        const QJsonObject record = reader.object("server_record");
        if (!reader.ok())
            return reader.error();
        auto change = Change::fromJson(record, reader.pathOf(QStringLiteral("server_record")));
        if (!change)
            return change.error();
        result.serverRecord = std::move(change).value();
    }
    if (reader.has("pending_blobs"))
        result.pendingBlobs = reader.sha256List("pending_blobs", 0, limits::maxBlobRefsPerOp);
    if (reader.ok() && !result.pendingBlobs.isEmpty() && result.result != PushOutcome::Applied
        && result.result != PushOutcome::Duplicate)
        reader.fail(QStringLiteral("pending_blobs"), tr("is only for applied and duplicate ops"));
    if (!reader.ok())
        return reader.error();
    return result;
}

QJsonObject PushResult::toJson() const
{
    QJsonObject object{{QStringLiteral("op_id"), opId}, {QStringLiteral("result"), pushOutcomeName(result)}};
    if (version)
        object.insert(QStringLiteral("version"), *version);
    if (reason)
        object.insert(QStringLiteral("reason"), *reason);
    if (message)
        object.insert(QStringLiteral("message"), *message);
    if (serverRecord)
        object.insert(QStringLiteral("server_record"), serverRecord->toJson());
    if (!pendingBlobs.isEmpty())
        object.insert(QStringLiteral("pending_blobs"), QJsonArray::fromStringList(pendingBlobs));
    return object;
}

Result<PushResponse> PushResponse::fromJson(const QByteArray &body)
{
    auto object
        = JsonReader::parseBody(body, limits::maxPushResponseBody, QString::fromLatin1(errors::responseMalformed));
    if (!object)
        return object.error();
    return fromJson(*object);
}

Result<PushResponse> PushResponse::fromJson(const QJsonObject &object, const QString &path)
{
    JsonReader reader(object, path, QString::fromLatin1(errors::responseMalformed));
    PushResponse response;
    response.batchId = reader.uuid("batch_id");
    const QJsonArray results = reader.array("results", 1, limits::maxOpsPerBatch);
    if (!reader.ok())
        return reader.error();
    const QString resultsPath = JsonReader::join(path, QStringLiteral("results"));
    response.results.reserve(results.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QString itemPath = JsonReader::item(resultsPath, i);
        if (!results.at(i).isObject()) {
            reader.failAt(itemPath, tr("must be a JSON object"));
            return reader.error();
        }
        auto result = PushResult::fromJson(results.at(i).toObject(), itemPath);
        if (!result)
            return result.error();
        response.results.append(std::move(result).value());
    }
    return response;
}

QJsonObject PushResponse::toJson() const
{
    QJsonArray array;
    for (const PushResult &result : results)
        array.append(result.toJson());
    return QJsonObject{{QStringLiteral("batch_id"), batchId}, {QStringLiteral("results"), array}};
}

Status PushResponse::matches(const PushRequest &request) const
{
    if (batchId != request.batchId)
        return mismatch(QStringLiteral("batch_id"), tr("answers another batch"));
    if (results.size() != request.ops.size()) {
        return mismatch(
            QStringLiteral("results"), tr("has %1 results for %2 ops").arg(results.size()).arg(request.ops.size()));
    }
    for (qsizetype i = 0; i < results.size(); ++i) {
        const PushResult &result = results.at(i);
        const PushOp &op = request.ops.at(i);
        const QString path = JsonReader::item(QStringLiteral("results"), i);
        if (result.opId != op.opId)
            return mismatch(path + QStringLiteral(".op_id"), tr("does not answer ops[%1]").arg(i));
        if (result.serverRecord && (result.serverRecord->entity != op.entity || result.serverRecord->id != op.id))
            return mismatch(path + QStringLiteral(".server_record"), tr("is not the record of ops[%1]").arg(i));
        for (qsizetype j = 0; j < result.pendingBlobs.size(); ++j) {
            if (!op.blobRefs.contains(result.pendingBlobs.at(j))) {
                return mismatch(JsonReader::item(path + QStringLiteral(".pending_blobs"), j),
                    tr("is not among ops[%1].blob_refs").arg(i));
            }
        }
    }
    return {};
}

} // namespace motcua::protocol
