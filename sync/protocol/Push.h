#pragma once

#include "Change.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua::protocol {

// One operation of a push, in the shape of an outbox row (core/store/Outbox.h).
struct PushOp
{
    QString opId; // canonical UUID; the server deduplicates on (origin device or pusher, op_id)
    QString entity; // entity name; only isPushableEntity ones are applied, others are rejected
    QString id; // the record's canonical UUID
    qint64 baseVersion = 0; // 0 creates the record
    QJsonObject fields; // non-empty, pushedFieldsBounds()
    QStringList blobRefs; // distinct SHA-256 of the attachments the op needs
    // The device that made the op, when another desk of its commune forwards it (ops imported from
    // a USB bundle); absent when the pushing device made it. Never the nil UUID.
    std::optional<QString> originDevice;
    // The JSON of fields, as fromJson() measured it against the bounds: cut from the request's
    // body (PushFieldsText.h) or else serialised; empty for an op built in code. Only a cache (the
    // server stores this text instead of serializing again): it takes no part in comparisons.
    QByteArray fieldsJson;

    // A request part: unknown members are refused. A client runs this on each outbox op before
    // it batches it (OutboxOp::toJson() is the input), so a batch never fails for one bad op.
    // fieldsText: the JSON of fields as the request spelled it, when known (not empty).
    static Result<PushOp> fromJson(
        const QJsonObject &object, const QString &path = {}, const QByteArray *fieldsText = nullptr);
    QJsonObject toJson() const;

    bool operator==(const PushOp &other) const
    {
        return opId == other.opId && entity == other.entity && id == other.id && baseVersion == other.baseVersion
            && fields == other.fields && blobRefs == other.blobRefs && originDevice == other.originDevice;
    }
};

// POST /v2/push.
struct PushRequest
{
    QString batchId; // canonical UUID, for logs and tracing; dedup is per op
    QList<PushOp> ops; // 1 to limits::maxOpsPerBatch, distinct op ids

    static Result<PushRequest> fromJson(const QByteArray &body);
    // fieldsTexts: each op's fieldsText, in order (ignored unless there is one per op).
    static Result<PushRequest> fromJson(
        const QJsonObject &object, const QString &path = {}, const QList<QByteArray> *fieldsTexts = nullptr);
    QJsonObject toJson() const;

    bool operator==(const PushRequest &) const = default;
};

// motcua-sync/2 has no "retry": an op whose scans are not on the server yet is applied, and its
// result lists them as pending.
enum class PushOutcome { Applied, Duplicate, Conflict, Rejected };

QString pushOutcomeName(PushOutcome outcome);
std::optional<PushOutcome> parsePushOutcome(const QString &name);

// The server's answer for one op.
struct PushResult
{
    QString opId;
    PushOutcome result = PushOutcome::Applied;
    std::optional<qint64> version; // applied, duplicate: the version the op made; conflict: the server's
    std::optional<QString> reason; // rejected (required): a code such as "entity.unknown"
    std::optional<QString> message; // human text for the data clerk
    std::optional<Change> serverRecord; // conflict (required): the server's current record
    // applied, duplicate (optional): the op's blob_refs the commune has not completely uploaded
    // yet, for the desk's "scan pending" display. Absent and empty are the same.
    QStringList pendingBlobs;

    static Result<PushResult> fromJson(const QJsonObject &object, const QString &path);
    QJsonObject toJson() const;

    bool operator==(const PushResult &) const = default;
};

// The answer to POST /v2/push: one result per op, in the order of the ops.
struct PushResponse
{
    QString batchId;
    QList<PushResult> results;

    static Result<PushResponse> fromJson(const QByteArray &body);
    static Result<PushResponse> fromJson(const QJsonObject &object, const QString &path = {});
    QJsonObject toJson() const;

    // Checks the answer against the request it answers: same batch, one result per op in order,
    // a conflict's record is the op's record, pending blobs are among the op's blob_refs.
    Status matches(const PushRequest &request) const;

    bool operator==(const PushResponse &) const = default;
};

} // namespace motcua::protocol
