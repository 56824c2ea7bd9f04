#pragma once

#include "protocol/Blob.h"
#include "protocol/Enrollment.h"
#include "protocol/Ping.h"
#include "protocol/Pull.h"
#include "protocol/Push.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// Valid example messages of motcua-sync/2, as docs/protocol.md shows them; each test starts from
// one and breaks exactly one thing.
namespace motcua::testing {

inline QString sha(char digit)
{
    return QString(64, QLatin1Char(digit));
}

inline protocol::PushOp sampleOp(int index = 0)
{
    protocol::PushOp op;
    op.opId = QStringLiteral("6f1c2a9e-3b7d-4c1e-9a55-%1").arg(index, 12, 10, QLatin1Char('0'));
    op.entity = QStringLiteral("dossier");
    op.id = QStringLiteral("0b5e8f3a-1c2d-4e6f-8a9b-0c1d2e3f4a5b");
    op.baseVersion = 0;
    op.fields = QJsonObject{
        {QStringLiteral("code"), QStringLiteral("12345-250701-K7Q2-0042")},
        {QStringLiteral("applicant_name"), QStringLiteral("Nguyễn Văn An")},
        {QStringLiteral("status"), QStringLiteral("received")},
        {QStringLiteral("documents"),
            QJsonArray{QJsonObject{{QStringLiteral("position"), 0},
                {QStringLiteral("title"), QStringLiteral("Giấy chứng sinh")},
                {QStringLiteral("attachment_sha256"), sha('a')}}}},
        {QStringLiteral("event"),
            QJsonObject{{QStringLiteral("action"), QStringLiteral("receive")},
                {QStringLiteral("from_status"), QJsonValue(QJsonValue::Null)},
                {QStringLiteral("to_status"), QStringLiteral("received")}}},
    };
    op.blobRefs = {sha('a')};
    return op;
}

inline protocol::PushRequest samplePush(int ops = 2)
{
    protocol::PushRequest request;
    request.batchId = QStringLiteral("9d7c1f20-5a3b-4c8d-b2e1-7f6a5b4c3d2e");
    for (int i = 0; i < ops; ++i)
        request.ops.append(sampleOp(i));
    return request;
}

inline protocol::Change sampleChange()
{
    protocol::Change change;
    change.entity = QStringLiteral("dossier");
    change.id = QStringLiteral("0b5e8f3a-1c2d-4e6f-8a9b-0c1d2e3f4a5b");
    change.version = 3;
    change.fields = QJsonObject{{QStringLiteral("status"), QStringLiteral("in_progress")}};
    change.originDevice = QStringLiteral("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");
    return change;
}

// The push answer exercising every outcome, for samplePush(5): the fifth op is applied with its
// scans still pending on the server.
inline protocol::PushResponse sampleAnswer(const protocol::PushRequest &request)
{
    using protocol::PushOutcome;
    protocol::PushResponse response;
    response.batchId = request.batchId;
    const PushOutcome outcomes[] = {PushOutcome::Applied, PushOutcome::Duplicate, PushOutcome::Conflict,
        PushOutcome::Rejected, PushOutcome::Applied};
    for (qsizetype i = 0; i < request.ops.size(); ++i) {
        protocol::PushResult result;
        result.opId = request.ops.at(i).opId;
        result.result = outcomes[i % 5];
        switch (result.result) {
        case PushOutcome::Applied:
        case PushOutcome::Duplicate:
            result.version = 1;
            if (i % 5 == 4)
                result.pendingBlobs = request.ops.at(i).blobRefs;
            break;
        case PushOutcome::Conflict:
            result.version = 3;
            result.serverRecord = sampleChange();
            break;
        case PushOutcome::Rejected:
            result.reason = QStringLiteral("dossier.invalid_status");
            result.message = QStringLiteral("The status \"lost\" does not exist.");
            break;
        }
        response.results.append(result);
    }
    return response;
}

inline QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace motcua::testing
