// Scans belong to a commune (motcua-sync/2, issues 9 and 10) against the real motcua-server, on
// SQLite and PostgreSQL: records travel before their scans, a commune's status, upload,
// completion and download never touch another commune's, partial uploads expire, unreferenced
// scans are reclaimed and a commune's quota is enforced; a device is not sent its own work back.
#include "ServerHarness.h"
#include "protocol/Blob.h"
#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"
#include "protocol/WireTypes.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QRandomGenerator>
#include <QThread>

using namespace motcua;
using namespace motcua::servertest;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
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
    return *status;
}

protocol::BlobStatus notStarted(const QString &sha256)
{
    return protocol::BlobStatus{sha256, std::nullopt, 0, false};
}

Reply download(Server &server, const protocol::EnrollResponse &device, const QString &sha256)
{
    return server.request("GET", protocol::blobContentPath(sha256), {}, bearer(device));
}

protocol::PushOp dossierWithScan(const QString &sha256)
{
    protocol::PushOp op = dossierOp(newUuid(), 0, QStringLiteral("received"));
    op.fields.insert(QStringLiteral("documents"),
        QJsonArray{QJsonObject{
            {QStringLiteral("title"), QStringLiteral("Tờ khai")}, {QStringLiteral("attachment_sha256"), sha256}}});
    op.blobRefs = {sha256};
    return op;
}

QList<protocol::Change> ofEntity(const QList<protocol::Change> &changes, const char *entity)
{
    QList<protocol::Change> matching;
    for (const protocol::Change &change : changes) {
        if (change.entity == QLatin1String(entity))
            matching << change;
    }
    return matching;
}

} // namespace

TEST_CASE("Another commune can neither see, start, complete nor download a commune's scan by its hash")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse owner = server.enroll(QStringLiteral("12345"));
    const protocol::EnrollResponse stranger = server.enroll(QStringLiteral("67890"));
    const QByteArray scan = randomBytes(200000, 1);
    const QString sha256 = protocol::sha256Hex(scan);

    // The stranger learns the digest and gets there first with a wrong size and junk bytes: it
    // only ever touches its own commune's upload.
    const Reply squat = putChunk(server, stranger, sha256, 0, scan.size() + 1, QByteArray(1000, 'j'));
    CHECK(squat.status == 200);
    CHECK(blobStatus(server, owner, sha256) == notStarted(sha256));
    REQUIRE(uploadBlob(server, owner, scan, 64 * 1024) == sha256);
    REQUIRE(push(server, owner, {dossierWithScan(sha256)}).results[0].pendingBlobs.isEmpty());

    // Status: unknown to the stranger's commune beyond its own junk; no trace of the owner's.
    CHECK(blobStatus(server, stranger, sha256) == protocol::BlobStatus{sha256, scan.size() + 1, 1000, false});
    const QString other = protocol::sha256Hex(randomBytes(5000, 2));
    REQUIRE(uploadBlob(server, owner, randomBytes(5000, 2), 5000) == other);
    CHECK(blobStatus(server, stranger, other) == notStarted(other));
    // Download: 404 not_found, the same as a digest nobody has (no existence oracle).
    const Reply foreign = download(server, stranger, other);
    CHECK(foreign.status == 404);
    CHECK(foreign.errorCode() == QStringLiteral("not_found"));
    CHECK(download(server, stranger, protocol::sha256Hex("never uploaded")).errorCode() == QStringLiteral("not_found"));
    // Listing the digest in its own op does not open it: the stranger's commune must upload it.
    const protocol::PushResult listed = push(server, stranger, {dossierWithScan(other)}).results[0];
    CHECK(listed.result == protocol::PushOutcome::Applied);
    CHECK(listed.pendingBlobs == QStringList{other});
    const Reply pending = download(server, stranger, other);
    CHECK(pending.status == 404);
    CHECK(pending.errorCode() == QStringLiteral("blob.pending"));
    CHECK_FALSE(pending.body.contains(randomBytes(5000, 2).left(100)));
    // Completing the stranger's upload with bytes that do not hash to the name discards only it.
    const Reply junk
        = putChunk(server, stranger, sha256, 1000, scan.size() + 1, QByteArray(int(scan.size()) + 1 - 1000, 'j'));
    CHECK(junk.status == 422);
    CHECK(junk.errorCode() == QStringLiteral("blob.hash_mismatch"));
    CHECK(blobStatus(server, stranger, sha256) == notStarted(sha256));

    // The owner is untouched throughout.
    CHECK(blobStatus(server, owner, sha256) == protocol::BlobStatus{sha256, scan.size(), scan.size(), true});
    const Reply mine = download(server, owner, sha256);
    CHECK(mine.status == 200);
    CHECK(mine.body == scan);
}

TEST_CASE("A record goes first, its scan later, and every other desk of the commune learns it completed")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse deskA = server.enroll(QStringLiteral("12345"));
    const protocol::EnrollResponse deskB = server.enroll(QStringLiteral("12345"));
    const QByteArray scan = randomBytes(700000, 3);
    const QString sha256 = protocol::sha256Hex(scan);
    const protocol::PushOp op = dossierWithScan(sha256);

    const protocol::PushResult applied = push(server, deskA, {op}).results[0];
    REQUIRE(applied.result == protocol::PushOutcome::Applied);
    CHECK(applied.pendingBlobs == QStringList{sha256});
    // Desk B has the record with its document pending.
    const QList<protocol::Change> first = pullAll(server, deskB);
    REQUIRE(ofEntity(first, protocol::entityDossier).size() == 1);
    CHECK(ofEntity(first, protocol::entityScan).isEmpty());
    CHECK(download(server, deskB, sha256).errorCode() == QStringLiteral("blob.pending"));
    // A resent op still says which scans are pending.
    CHECK(push(server, deskA, {op}).results[0].pendingBlobs == QStringList{sha256});

    // Desk A starts the upload at offset 0 without asking first; a chunk past what the server
    // holds is answered with where to continue.
    const qint64 chunk = protocol::limits::maxChunkBytes;
    REQUIRE(putChunk(server, deskA, sha256, 0, scan.size(), scan.left(chunk)).status == 200);
    const Reply gap = putChunk(server, deskA, sha256, 2 * chunk, scan.size(), scan.mid(2 * chunk, chunk));
    CHECK(gap.status == 409);
    const protocol::ErrorBody mismatch = protocol::ErrorBody::fromJson(gap.body).value();
    CHECK(mismatch.code == QStringLiteral("blob.offset_mismatch"));
    CHECK(mismatch.received == chunk);
    for (qint64 offset = *mismatch.received; offset < scan.size(); offset += chunk)
        REQUIRE(putChunk(server, deskA, sha256, offset, scan.size(), scan.mid(offset, chunk)).status == 200);

    const QList<protocol::Change> second = pullAll(server, deskB);
    const QList<protocol::Change> scans = ofEntity(second, protocol::entityScan);
    REQUIRE(scans.size() == 1);
    CHECK(scans[0].id == protocol::scanChangeId(QStringLiteral("12345"), sha256));
    CHECK(scans[0].version == 1);
    CHECK(scans[0].fields
        == QJsonObject{{QStringLiteral("sha256"), sha256}, {QStringLiteral("size"), scan.size()},
            {QStringLiteral("complete"), true}});
    CHECK(download(server, deskB, sha256).body == scan);
    CHECK(blobStatus(server, deskB, sha256) == protocol::BlobStatus{sha256, scan.size(), scan.size(), true});
}

TEST_CASE("A device is not sent its own work back, and the cursor still moves past it")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse deskA = server.enroll(QStringLiteral("12345"));
    const protocol::EnrollResponse deskB = server.enroll(QStringLiteral("12345"));
    QList<protocol::PushOp> ops;
    for (int i = 0; i < 30; ++i) {
        protocol::PushOp op = dossierOp(newUuid(), 0, QStringLiteral("received"));
        op.fields.insert(QStringLiteral("event"),
            QJsonObject{{QStringLiteral("id"), newUuid()}, {QStringLiteral("action"), QStringLiteral("receive")}});
        ops << op;
    }
    push(server, deskA, ops);
    const protocol::PushOp fromB = dossierOp(newUuid(), 0, QStringLiteral("received"));
    push(server, deskB, {fromB});

    // Small pages: A's 60 own changes fill several, none of them is sent to A.
    QList<protocol::Change> seenByA;
    QString query = QStringLiteral("?limit=7");
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        const protocol::PullResponse response = pull(server, deskA, query);
        seenByA += response.changes;
        CHECK(response.cursor != cursor);
        cursor = response.cursor;
        query = QStringLiteral("?limit=7&cursor=") + cursor;
        if (!response.more)
            break;
    }
    REQUIRE(seenByA.size() == 1);
    CHECK(seenByA[0].id == fromB.id);
    // Nothing more after the cursor: the own changes were passed, not postponed.
    const protocol::PullResponse after = pull(server, deskA, QStringLiteral("?cursor=") + cursor);
    CHECK(after.changes.isEmpty());
    CHECK_FALSE(after.more);
    // B gets A's 30 dossiers and 30 events, not its own dossier.
    const QList<protocol::Change> seenByB = pullAll(server, deskB);
    CHECK(ofEntity(seenByB, protocol::entityDossier).size() == 30);
    CHECK(ofEntity(seenByB, protocol::entityDossierEvent).size() == 30);
}

TEST_CASE("A partial upload expires after the partial TTL, at start and on the timer; complete scans stay")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    const QByteArray kept = randomBytes(3000, 4);
    const QByteArray abandoned = randomBytes(3000, 5);
    const QString keptSha = protocol::sha256Hex(kept);
    const QString abandonedSha = protocol::sha256Hex(abandoned);
    protocol::EnrollResponse desk;
    {
        Server server(db);
        desk = server.enroll(QStringLiteral("12345"));
        REQUIRE(push(server, desk, {dossierWithScan(keptSha)}).results[0].result == protocol::PushOutcome::Applied);
        uploadBlob(server, desk, kept, 3000);
        REQUIRE(putChunk(server, desk, abandonedSha, 0, 3000, abandoned.left(1000)).status == 200);
    }
    QThread::msleep(2100);
    Server server(db, {QStringLiteral("--partial-ttl"), QStringLiteral("2s")});
    // Swept when the server started.
    CHECK(blobStatus(server, desk, abandonedSha) == notStarted(abandonedSha));
    CHECK(blobStatus(server, desk, keptSha) == protocol::BlobStatus{keptSha, 3000, 3000, true});

    // And on the timer while it runs; the upload may then start again from nothing.
    REQUIRE(putChunk(server, desk, abandonedSha, 0, 3000, abandoned.left(1000)).status == 200);
    QThread::msleep(500);
    CHECK(blobStatus(server, desk, abandonedSha).received == 1000);
    QThread::msleep(3500);
    CHECK(blobStatus(server, desk, abandonedSha) == notStarted(abandonedSha));
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM scan_chunks WHERE sha256 = '%1'").arg(abandonedSha)).toInt()
        == 0);
    REQUIRE(uploadBlob(server, desk, abandoned, 1000) == abandonedSha);
    CHECK(download(server, desk, keptSha).body == kept);
}

TEST_CASE("A complete scan that no record of its commune references is reclaimed after the grace")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db, {QStringLiteral("--orphan-grace"), QStringLiteral("2s")});
    const protocol::EnrollResponse desk = server.enroll(QStringLiteral("12345"));
    const protocol::EnrollResponse other = server.enroll(QStringLiteral("67890"));
    const QByteArray needed = randomBytes(4000, 6);
    const QByteArray orphan = randomBytes(4000, 7);
    const QString neededSha = uploadBlob(server, desk, needed, 4000);
    const QString orphanSha = uploadBlob(server, desk, orphan, 4000);
    REQUIRE(push(server, desk, {dossierWithScan(neededSha)}).results[0].result == protocol::PushOutcome::Applied);
    // Another commune's record naming the orphan's digest does not keep this commune's copy.
    REQUIRE(push(server, other, {dossierWithScan(orphanSha)}).results[0].result == protocol::PushOutcome::Applied);
    CHECK(blobStatus(server, desk, orphanSha).complete);

    QThread::msleep(4500);
    CHECK(blobStatus(server, desk, orphanSha) == notStarted(orphanSha));
    CHECK(download(server, desk, orphanSha).errorCode() == QStringLiteral("not_found"));
    CHECK(blobStatus(server, desk, neededSha) == protocol::BlobStatus{neededSha, 4000, 4000, true});
    CHECK(download(server, desk, neededSha).body == needed);
}

TEST_CASE("A chunk that would take a commune over its quota is answered 507 and writes nothing")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db, {QStringLiteral("--commune-quota"), QStringLiteral("300000")});
    const protocol::EnrollResponse desk = server.enroll(QStringLiteral("12345"));
    const protocol::EnrollResponse other = server.enroll(QStringLiteral("67890"));
    const QByteArray first = randomBytes(250000, 8);
    const QByteArray second = randomBytes(100000, 9);
    uploadBlob(server, desk, first, 100000);
    const QString secondSha = protocol::sha256Hex(second);
    REQUIRE(putChunk(server, desk, secondSha, 0, second.size(), second.left(40000)).status == 200);
    const Reply over = putChunk(server, desk, secondSha, 40000, second.size(), second.mid(40000, 20000));
    CHECK(over.status == 507);
    CHECK(over.errorCode() == QStringLiteral("quota.exceeded"));
    CHECK(over.errorMessage().contains(QStringLiteral("300000")));
    CHECK(blobStatus(server, desk, secondSha) == protocol::BlobStatus{secondSha, second.size(), 40000, false});
    // The quota is the commune's: another commune uploads the same amount freely, records still go.
    CHECK(uploadBlob(server, other, first, 100000) == protocol::sha256Hex(first));
    CHECK(push(server, desk, {dossierWithScan(secondSha)}).results[0].result == protocol::PushOutcome::Applied);

    int exitCode = -1;
    const QJsonObject stats
        = QJsonDocument::fromJson(runCli(db, {QStringLiteral("stats"), QStringLiteral("--json")}, &exitCode)).object();
    REQUIRE(exitCode == 0);
    CHECK(stats.value(QStringLiteral("12345")).toObject().value(QStringLiteral("blobs")).toInteger() == 1);
    CHECK(stats.value(QStringLiteral("12345")).toObject().value(QStringLiteral("blob_bytes")).toInteger() == 250000);
    CHECK(stats.value(QStringLiteral("67890")).toObject().value(QStringLiteral("blobs")).toInteger() == 1);
}

TEST_CASE("serve refuses retention and quota values it cannot read")
{
    TestDatabase db(Backend::Sqlite);
    for (const QStringList &bad : {QStringList{QStringLiteral("--partial-ttl"), QStringLiteral("soon")},
             QStringList{QStringLiteral("--orphan-grace"), QStringLiteral("-3d")},
             QStringList{QStringLiteral("--commune-quota"), QStringLiteral("lots")}}) {
        int exitCode = -1;
        QByteArray error;
        runCli(db,
            QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + bad,
            &exitCode, &error);
        CHECK(exitCode == 2);
        CHECK(error.contains(bad.first().toLatin1()));
    }
}
