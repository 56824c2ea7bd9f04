#include "TempDir.h"

#include "protocol/Blob.h"
#include "protocol/Compression.h"
#include "protocol/Credentials.h"
#include "protocol/Enrollment.h"
#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"
#include "protocol/Ping.h"
#include "protocol/Pull.h"
#include "protocol/Push.h"
#include "protocol/WireTypes.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace motcua;
using namespace motcua::protocol;

namespace {

QByteArray seed(const char *name)
{
    QFile file(QStringLiteral(MOTCUA_SOURCE_DIR "/tests/fuzz/corpus/protocol/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

template <typename T> void requireParses(const Result<T> &result)
{
    if (!result)
        FAIL(result.error().message);
}

} // namespace

TEST_CASE("Every seed of the fuzz corpus is a valid example of its message", "[protocol][corpus]")
{
    requireParses(PushRequest::fromJson(seed("push-request.json")));
    requireParses(PushRequest::fromJson(seed("push-request-spaced.json")));
    requireParses(PushResponse::fromJson(seed("push-response.json")));
    requireParses(PullResponse::fromJson(seed("pull-response.json")));
    requireParses(PingResponse::fromJson(seed("ping-response.json")));
    requireParses(EnrollRequest::fromJson(seed("enroll-request.json")));
    requireParses(EnrollResponse::fromJson(seed("enroll-response.json")));
    requireParses(BlobStatus::fromJson(seed("blob-status.json")));
    requireParses(BlobStatus::fromJson(seed("blob-status-unknown.json")));
    requireParses(BlobChunkAck::fromJson(seed("blob-ack.json")));
    requireParses(ErrorBody::fromJson(seed("error.json")));
    requireParses(ErrorBody::fromJson(seed("error-offset-mismatch.json")));
    requireParses(PullQuery::fromQuery(QUrlQuery(QString::fromLatin1(seed("query-pull.txt")))));
    requireParses(PingQuery::fromQuery(QUrlQuery(QString::fromLatin1(seed("query-ping.txt")))));
    requireParses(BlobChunkQuery::fromQuery(QUrlQuery(QString::fromLatin1(seed("query-chunk.txt")))));
    requireParses(DeviceCredential::fromAuthorization(seed("header-authorization.txt")));
    CHECK(ByteRange::fromRangeHeader(seed("header-range.txt"), 1000000).value() == ByteRange{262144, 999999});
    qint64 total = 0;
    requireParses(parseContentRange(seed("header-content-range.txt"), &total));
    CHECK(acceptsZstd(seed("header-accept-encoding.txt")));
    const auto decoded = zstdDecompress(seed("push-request.json.zst"), limits::maxPushBody);
    REQUIRE(decoded.ok());
    CHECK(*decoded == seed("push-request.json"));
}

TEST_CASE("The seed push request answers to the seed push response's first two ops", "[protocol][corpus]")
{
    const PushRequest request = PushRequest::fromJson(seed("push-request.json")).value();
    const PushResponse response = PushResponse::fromJson(seed("push-response.json")).value();
    REQUIRE(request.ops.size() == 2);
    CHECK(response.results.at(0).opId == request.ops.at(0).opId);
    CHECK(response.results.at(1).opId == request.ops.at(1).opId);
    CHECK(isPushableEntity(request.ops.at(0).entity));
}

TEST_CASE("The seeds show every member motcua-sync/2 added", "[protocol][corpus]")
{
    const PushRequest request = PushRequest::fromJson(seed("push-request.json")).value();
    CHECK_FALSE(request.ops.at(0).originDevice.has_value());
    CHECK(request.ops.at(1).originDevice == QStringLiteral("4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a"));
    const PushResponse response = PushResponse::fromJson(seed("push-response.json")).value();
    CHECK(response.results.at(4).pendingBlobs.size() == 1);
    CHECK(ErrorBody::fromJson(seed("error-offset-mismatch.json")).value().received == 262144);
    CHECK(PingResponse::fromJson(seed("ping-response.json")).value().protocol == protocolVersion);

    const PullResponse page = PullResponse::fromJson(seed("pull-response.json")).value();
    QStringList entities;
    for (const Change &change : page.changes) {
        entities << change.entity;
        CHECK(isKnownEntity(change.entity));
    }
    CHECK(entities.contains(QLatin1String(entityDossierEvent)));
    const Change &scan = page.changes.last();
    REQUIRE(scan.entity == QLatin1String(entityScan));
    const QString digest = scan.fields.value(QStringLiteral("sha256")).toString();
    CHECK(scan.id == scanChangeId(QStringLiteral("12345"), digest));
}
