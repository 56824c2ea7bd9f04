#include "ProtocolSamples.h"
#include "TempDir.h"

#include "protocol/Blob.h"
#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"
#include "protocol/WireTypes.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::protocol;
using namespace motcua::testing;

namespace {

QString statusRefusal(const QJsonObject &object)
{
    const auto parsed = BlobStatus::fromJson(body(object));
    REQUIRE_FALSE(parsed.ok());
    return parsed.error().message;
}

std::optional<ByteRange> range(const char *header, qint64 total)
{
    const auto parsed = ByteRange::fromRangeHeader(QByteArray(header), total);
    REQUIRE(parsed.ok());
    return *parsed;
}

} // namespace

TEST_CASE("Blob statuses and chunk acknowledgements survive a round trip", "[protocol][blob]")
{
    const BlobStatus unknown{sha('d'), std::nullopt, 0, false};
    const BlobStatus partial{sha('d'), 1000000, 262144, false};
    const BlobStatus complete{sha('d'), 1000000, 1000000, true};
    for (const BlobStatus &status : {unknown, partial, complete}) {
        const auto parsed = BlobStatus::fromJson(body(status.toJson()));
        REQUIRE(parsed.ok());
        CHECK(*parsed == status);
    }
    CHECK(body(unknown.toJson()).contains("\"size\":null"));
    const BlobChunkAck ack{524288, false};
    CHECK(BlobChunkAck::fromJson(body(ack.toJson())).value() == ack);
    CHECK(blobPath(sha('d')) == QStringLiteral("/v2/blobs/") + sha('d'));
    CHECK(blobContentPath(sha('d')).endsWith(QStringLiteral("/content")));
}

TEST_CASE("A blob status must be self-consistent", "[protocol][blob]")
{
    CHECK(statusRefusal(BlobStatus{sha('d'), 10, 11, false}.toJson())
        == QStringLiteral("received: is more than the size"));
    CHECK(statusRefusal(BlobStatus{sha('d'), std::nullopt, 5, false}.toJson())
        == QStringLiteral("received: is more than the size"));
    CHECK(statusRefusal(BlobStatus{sha('d'), 10, 9, true}.toJson())
        == QStringLiteral("complete: is true before all bytes were received"));
    CHECK(statusRefusal(BlobStatus{sha('D'), 10, 9, false}.toJson()).startsWith(QStringLiteral("sha256: must be")));
    QJsonObject noSize = BlobStatus{sha('d'), 10, 9, false}.toJson();
    noSize.remove(QStringLiteral("size"));
    CHECK(statusRefusal(noSize) == QStringLiteral("size: is required"));
    CHECK(statusRefusal(BlobStatus{sha('d'), limits::maxBlobBytes + 1, 0, false}.toJson())
        == QStringLiteral("size: must be an integer ≤ 67108864"));
}

TEST_CASE("A chunk upload names its offset and the blob's total size", "[protocol][blob]")
{
    const BlobChunkQuery sent{262144, 1000000};
    const auto parsed = BlobChunkQuery::fromQuery(sent.toQuery());
    REQUIRE(parsed.ok());
    CHECK(*parsed == sent);
    CHECK(BlobChunkQuery::fromQuery(QUrlQuery(QStringLiteral("offset=0"))).error().message
        == QStringLiteral("?size: is required"));
    CHECK(BlobChunkQuery::fromQuery(QUrlQuery(QStringLiteral("offset=11&size=10"))).error().message
        == QStringLiteral("?offset: is beyond the size"));
    CHECK(BlobChunkQuery::fromQuery(QUrlQuery(QStringLiteral("offset=0&size=67108865"))).error().message
        == QStringLiteral("?size: must be an integer from 0 to 67108864"));
    CHECK(BlobChunkQuery::fromQuery(QUrlQuery(QStringLiteral("offset=+1&size=10"))).error().message
        == QStringLiteral("?offset: must be a decimal integer"));
}

TEST_CASE("A chunk holds 1 to 256 KiB and ends within the declared size", "[protocol][blob]")
{
    const BlobChunkQuery query{0, 1000000};
    CHECK(query.checkChunkLength(limits::maxChunkBytes).ok());
    CHECK(query.checkChunkLength(limits::maxChunkBytes + 1).error().code == QLatin1String(errors::requestTooLarge));
    CHECK(query.checkChunkLength(0).error().code == QLatin1String(errors::requestMalformed));
    const BlobChunkQuery last{999000, 1000000};
    CHECK(last.checkChunkLength(1000).ok());
    CHECK(last.checkChunkLength(1001).error().message.startsWith(QStringLiteral("?offset: ")));
    CHECK(BlobChunkQuery{0, 0}.checkChunkLength(0).ok());
}

TEST_CASE("A chunk is checked against its X-Chunk-SHA256 header", "[protocol][blob]")
{
    const QByteArray chunk("scan of the birth certificate, part 1");
    CHECK(verifyChunk(chunk, sha256Hex(chunk).toLatin1()).ok());
    CHECK(
        verifyChunk(chunk + '!', sha256Hex(chunk).toLatin1()).error().code == QLatin1String(errors::blobChunkMismatch));
    const Status upper = verifyChunk(chunk, sha256Hex(chunk).toUpper().toLatin1());
    CHECK(upper.error().code == QLatin1String(errors::requestMalformed));
    CHECK(upper.error().message.startsWith(QStringLiteral("X-Chunk-SHA256: ")));
    CHECK(verifyChunk(chunk, QByteArray()).error().code == QLatin1String(errors::requestMalformed));
}

TEST_CASE("A download resumes with a single byte range", "[protocol][blob]")
{
    CHECK(range("bytes=100-", 1000) == ByteRange{100, 999});
    CHECK(range("bytes=100-199", 1000) == ByteRange{100, 199});
    CHECK(range("bytes=900-5000", 1000) == ByteRange{900, 999});
    CHECK(range("bytes=-100", 1000) == ByteRange{900, 999});
    CHECK(range("bytes=-5000", 1000) == ByteRange{0, 999});
    CHECK(range("", 1000) == std::nullopt);
    CHECK(range("bytes=0-1,5-6", 1000) == std::nullopt);
    CHECK(range("bytes=5-1", 1000) == std::nullopt);
    CHECK(range("items=0-5", 1000) == std::nullopt);
    CHECK(range("bytes=x-5", 1000) == std::nullopt);
    CHECK(ByteRange::fromRangeHeader("bytes=1000-", 1000).error().code == QLatin1String(errors::rangeNotSatisfiable));
    CHECK(ByteRange::fromRangeHeader("bytes=-0", 1000).error().code == QLatin1String(errors::rangeNotSatisfiable));
    CHECK(ByteRange::rangeHeaderFrom(4096) == "bytes=4096-");
    CHECK(ByteRange{100, 199}.length() == 100);
}

TEST_CASE("A Content-Range answer is read back exactly", "[protocol][blob]")
{
    qint64 total = 0;
    const ByteRange part{100, 999};
    const auto parsed = parseContentRange(part.contentRange(1000), &total);
    REQUIRE(parsed.ok());
    CHECK(*parsed == part);
    CHECK(total == 1000);
    for (const char *bad : {"bytes 100-999/*", "bytes 100-1000/1000", "bytes 5-4/10", "bytes */1000", "100-999/1000"}) {
        CAPTURE(bad);
        CHECK(parseContentRange(QByteArray(bad), &total).error().code == QLatin1String(errors::responseMalformed));
    }
}
