// The blob endpoints of motcua-server (docs/protocol.md "Blobs") against the real process, on
// SQLite and PostgreSQL: resumable chunked upload, hash checks, ranged download, commune scope.
#include "protocol/Blob.h"
#include "ServerHarness.h"
#include "protocol/Compression.h"
#include "protocol/Credentials.h"
#include "protocol/Limits.h"
#include "protocol/WireTypes.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using namespace motcua;
using namespace motcua::servertest;

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(size);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

protocol::BlobStatus blobStatus(Server &server, const protocol::EnrollResponse &device, const QString &sha256)
{
    const Reply reply = server.request("GET", protocol::blobPath(sha256), {}, bearer(device));
    REQUIRE(reply.status == 200);
    const Result<protocol::BlobStatus> status = protocol::BlobStatus::fromJson(reply.body);
    REQUIRE(status.ok());
    CHECK(status->sha256 == sha256);
    return *status;
}

Reply download(
    Server &server, const protocol::EnrollResponse &device, const QString &sha256, const QByteArray &range = {})
{
    Headers headers;
    if (!range.isEmpty())
        headers.append({"Range", range});
    return server.request("GET", protocol::blobContentPath(sha256), {}, bearer(device), {}, headers);
}

} // namespace

TEST_CASE("A blob uploaded in resumable chunks becomes complete after the op that references it was applied")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    const QByteArray scan = randomBytes(600000);
    const QString sha256 = protocol::sha256Hex(scan);
    const qint64 chunk = protocol::limits::maxChunkBytes;

    CHECK(blobStatus(server, device, sha256) == protocol::BlobStatus{sha256, std::nullopt, 0, false});
    protocol::PushOp op = dossierOp(newUuid(), 0, QStringLiteral("received"));
    op.blobRefs = {sha256};
    const protocol::PushResult applied = push(server, device, {op}).results[0];
    CHECK(applied.result == protocol::PushOutcome::Applied);
    CHECK(applied.pendingBlobs == QStringList{sha256});
    CHECK(db.count(QStringLiteral("records")) == 1);

    REQUIRE(putChunk(server, device, sha256, 0, scan.size(), scan.left(chunk)).status == 200);
    CHECK(blobStatus(server, device, sha256) == protocol::BlobStatus{sha256, scan.size(), chunk, false});
    // The answer to that chunk was lost: sending it again is acknowledged and writes nothing.
    const Reply resent = putChunk(server, device, sha256, 0, scan.size(), scan.left(chunk));
    CHECK(resent.status == 200);
    CHECK(*protocol::BlobChunkAck::fromJson(resent.body) == protocol::BlobChunkAck{chunk, false});
    // A chunk past what the server holds: 409 with the protocol's code; the client asks and resumes.
    const Reply gap = putChunk(server, device, sha256, 2 * chunk, scan.size(), scan.mid(2 * chunk));
    CHECK(gap.status == 409);
    CHECK(gap.errorCode() == QStringLiteral("blob.offset_mismatch"));
    const Reply otherSize = putChunk(server, device, sha256, chunk, scan.size() + 1, scan.mid(chunk, chunk));
    CHECK(otherSize.status == 409);
    CHECK(otherSize.errorCode() == QStringLiteral("blob.size_mismatch"));
    const qint64 resumeAt = blobStatus(server, device, sha256).received;
    REQUIRE(resumeAt == chunk);
    // The rest: a smaller chunk compressed with zstd (the limit applies to the bytes on the wire too,
    // and the hash is of the decoded bytes), then the last one.
    const qint64 small = 100000;
    const Result<QByteArray> packed = protocol::zstdCompress(scan.mid(chunk, small));
    REQUIRE(packed.ok());
    const Reply zstd = server.request("PUT",
        protocol::blobPath(sha256) + QStringLiteral("?offset=%1&size=%2").arg(chunk).arg(scan.size()), *packed,
        bearer(device), "application/octet-stream",
        {{"X-Chunk-SHA256", protocol::sha256Hex(scan.mid(chunk, small)).toLatin1()}, {"Content-Encoding", "zstd"}});
    REQUIRE(zstd.status == 200);
    const Reply last = putChunk(server, device, sha256, chunk + small, scan.size(), scan.mid(chunk + small));
    REQUIRE(last.status == 200);
    CHECK(*protocol::BlobChunkAck::fromJson(last.body) == protocol::BlobChunkAck{scan.size(), true});
    CHECK(blobStatus(server, device, sha256) == protocol::BlobStatus{sha256, scan.size(), scan.size(), true});
    // Complete: any later chunk is answered "complete" and changes nothing.
    CHECK(*protocol::BlobChunkAck::fromJson(putChunk(server, device, sha256, 0, scan.size(), scan.left(10)).body)
        == protocol::BlobChunkAck{scan.size(), true});

    const protocol::PushResult again = push(server, device, {op}).results[0];
    CHECK(again.result == protocol::PushOutcome::Duplicate);
    CHECK(db.count(QStringLiteral("records")) == 1);

    const Reply whole = download(server, device, sha256);
    CHECK(whole.status == 200);
    CHECK(whole.body == scan);
    CHECK(whole.header("ETag") == '"' + sha256.toLatin1() + '"');
    CHECK(whole.header("Accept-Ranges") == "bytes");
    CHECK(whole.contentEncoding.isEmpty());
}

TEST_CASE("A blob download serves single byte ranges and refuses a range past the end")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    const QByteArray scan = randomBytes(250000);
    // Uneven chunks, so ranges cross chunk boundaries.
    const QString sha256 = uploadBlob(server, device, scan, 70001);
    protocol::PushOp op = dossierOp(newUuid(), 0, QStringLiteral("received"));
    op.blobRefs = {sha256};
    REQUIRE(push(server, device, {op}).results[0].result == protocol::PushOutcome::Applied);

    const Reply middle = download(server, device, sha256, "bytes=69990-140020");
    CHECK(middle.status == 206);
    CHECK(middle.body == scan.mid(69990, 140020 - 69990 + 1));
    CHECK(middle.header("Content-Range") == "bytes 69990-140020/250000");
    const Reply from = download(server, device, sha256, "bytes=200000-");
    CHECK(from.status == 206);
    CHECK(from.body == scan.mid(200000));
    const Reply suffix = download(server, device, sha256, "bytes=-100");
    CHECK(suffix.status == 206);
    CHECK(suffix.body == scan.right(100));
    CHECK(suffix.header("Content-Range") == "bytes 249900-249999/250000");
    // Several ranges or a malformed header: the whole blob, as RFC 9110 allows.
    const Reply several = download(server, device, sha256, "bytes=0-1,5-6");
    CHECK(several.status == 200);
    CHECK(several.body == scan);
    CHECK(download(server, device, sha256, "pages=1").body == scan);
    const Reply beyond = download(server, device, sha256, "bytes=250000-");
    CHECK(beyond.status == 416);
    CHECK(beyond.errorCode() == QStringLiteral("range.not_satisfiable"));
}

TEST_CASE("A chunk that does not match its digest, or a file that does not match its name, is not kept")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    const QByteArray scan = randomBytes(5000);
    const QString sha256 = protocol::sha256Hex(scan);

    const Reply damaged
        = putChunk(server, device, sha256, 0, scan.size(), scan, protocol::sha256Hex("something else").toLatin1());
    CHECK(damaged.status == 400);
    CHECK(damaged.errorCode() == QStringLiteral("blob.chunk_mismatch"));
    const Reply noDigest = putChunk(server, device, sha256, 0, scan.size(), scan, "not-a-digest");
    CHECK(noDigest.status == 400);
    CHECK(noDigest.errorCode() == QStringLiteral("request.malformed"));
    CHECK(blobStatus(server, device, sha256).received == 0);

    // Bytes that hash to another name: discarded when the last chunk arrives.
    QByteArray wrong = scan;
    wrong[4000] = char(wrong[4000] ^ 1);
    REQUIRE(putChunk(server, device, sha256, 0, scan.size(), wrong.left(3000)).status == 200);
    const Reply mismatch = putChunk(server, device, sha256, 3000, scan.size(), wrong.mid(3000));
    CHECK(mismatch.status == 422);
    CHECK(mismatch.errorCode() == QStringLiteral("blob.hash_mismatch"));
    CHECK(blobStatus(server, device, sha256) == protocol::BlobStatus{sha256, std::nullopt, 0, false});
    CHECK(db.count(QStringLiteral("blob_chunks")) == 0);
    CHECK(download(server, device, sha256).status == 404);

    // The upload starts again from 0 and succeeds; an empty file completes with one empty chunk.
    uploadBlob(server, device, scan, 4096);
    CHECK(blobStatus(server, device, sha256).complete);
    const QString empty = uploadBlob(server, device, QByteArray(), 4096);
    CHECK(blobStatus(server, device, empty) == protocol::BlobStatus{empty, 0, 0, true});
}

TEST_CASE("A blob is downloaded only by the communes whose records reference it")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse owner = server.enroll(QStringLiteral("12345"));
    const protocol::EnrollResponse colleague = server.enroll(QStringLiteral("12345"));
    const protocol::EnrollResponse stranger = server.enroll(QStringLiteral("67890"));
    const QByteArray scan = randomBytes(1000);
    const QString sha256 = uploadBlob(server, owner, scan, 1000);

    // Complete but referenced by no record yet: nobody may read it.
    CHECK(download(server, owner, sha256).status == 403);
    protocol::PushOp op = dossierOp(newUuid(), 0, QStringLiteral("received"));
    op.blobRefs = {sha256};
    REQUIRE(push(server, owner, {op}).results[0].result == protocol::PushOutcome::Applied);

    CHECK(download(server, colleague, sha256).body == scan);
    const Reply foreign = download(server, stranger, sha256);
    CHECK(foreign.status == 403);
    CHECK(foreign.errorCode() == QStringLiteral("scope.commune"));
    CHECK_FALSE(foreign.body.contains(scan));
    const Reply unknown = download(server, stranger, protocol::sha256Hex("never uploaded"));
    CHECK(unknown.status == 404);
    CHECK(unknown.errorCode() == QStringLiteral("not_found"));
}

TEST_CASE("Blob requests without a credential, too large, of the wrong type or name change nothing")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    const QByteArray chunk = randomBytes(1000);
    const QString sha256 = protocol::sha256Hex(chunk);
    const QString path = protocol::blobPath(sha256) + QStringLiteral("?offset=0&size=1000");
    const Headers digest{{"X-Chunk-SHA256", sha256.toLatin1()}};

    const Reply anonymous = server.request("PUT", path, chunk, {}, "application/octet-stream", digest);
    CHECK(anonymous.status == 401);
    CHECK(anonymous.errorCode() == QStringLiteral("auth.missing"));
    const QByteArray forged
        = protocol::DeviceCredential{device.deviceId, protocol::DeviceCredential::generateToken()}.toAuthorization();
    CHECK(server.request("PUT", path, chunk, forged, "application/octet-stream", digest).status == 401);
    CHECK(server.request("GET", protocol::blobPath(sha256), {}, forged).status == 401);
    CHECK(server.request("GET", protocol::blobContentPath(sha256), {}, forged).status == 401);

    const Reply json = server.request("PUT", path, chunk, bearer(device), "application/json", digest);
    CHECK(json.status == 415);
    const QByteArray huge = randomBytes(protocol::limits::maxChunkBytes + 1);
    const Reply tooLarge = server.request("PUT",
        protocol::blobPath(protocol::sha256Hex(huge)) + QStringLiteral("?offset=0&size=%1").arg(huge.size()), huge,
        bearer(device), "application/octet-stream", {{"X-Chunk-SHA256", protocol::sha256Hex(huge).toLatin1()}});
    CHECK(tooLarge.status == 413);
    CHECK(tooLarge.errorCode() == QStringLiteral("request.too_large"));
    const Reply pastSize = server.request("PUT", protocol::blobPath(sha256) + QStringLiteral("?offset=0&size=10"),
        chunk, bearer(device), "application/octet-stream", digest);
    CHECK(pastSize.status == 400);
    CHECK(server
              .request("PUT", protocol::blobPath(sha256) + QStringLiteral("?offset=0&size=1000&x=1"), chunk,
                  bearer(device), "application/octet-stream", digest)
              .status
        == 400);
    const Reply badName = server.request("GET", QStringLiteral("/v2/blobs/ABC"), {}, bearer(device));
    CHECK(badName.status == 400);
    CHECK(badName.errorCode() == QStringLiteral("request.malformed"));
    CHECK(server.request("POST", protocol::blobPath(sha256), "{}", bearer(device)).status == 405);

    CHECK(db.count(QStringLiteral("blobs")) == 0);
    CHECK(db.count(QStringLiteral("blob_chunks")) == 0);
    CHECK(server.answersPing());
}
