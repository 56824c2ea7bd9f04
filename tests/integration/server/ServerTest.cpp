// The sync endpoints of motcua-server against the real process, on SQLite and on PostgreSQL:
// enrollment, credentials, push (exactly once, conflicts, scope), pull and transport rules.
#include "ServerHarness.h"
#include "protocol/Compression.h"
#include "protocol/Credentials.h"
#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"
#include "protocol/Ping.h"
#include "protocol/WireTypes.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace motcua;
using namespace motcua::servertest;

TEST_CASE("An enrollment code enrolls one device and is refused after its first use")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const QString code = issueCode(db, QStringLiteral("12345"));

    const Reply first = server.request("POST", QStringLiteral("/v2/enroll"), Server::enrollBody(code));
    REQUIRE(first.status == 200);
    const Result<protocol::EnrollResponse> enrolled = protocol::EnrollResponse::fromJson(first.body);
    REQUIRE(enrolled.ok());
    CHECK(enrolled->communeCode == QStringLiteral("12345"));
    CHECK(protocol::isDeviceTag(enrolled->deviceTag));

    const Reply again = server.request("POST", QStringLiteral("/v2/enroll"), Server::enrollBody(code));
    CHECK(again.status == 410);
    CHECK(again.errorCode() == QStringLiteral("enroll.code_used"));

    const Reply unknown = server.request(
        "POST", QStringLiteral("/v2/enroll"), Server::enrollBody(protocol::EnrollRequest::generateCode()));
    CHECK(unknown.status == 401);
    CHECK(unknown.errorCode() == QStringLiteral("enroll.code_unknown"));

    // The administrator sees the device, and the store never holds the token itself.
    const QByteArray listed = runCli(db, {QStringLiteral("devices"), QStringLiteral("--json")});
    const QJsonArray devices = QJsonDocument::fromJson(listed).array();
    REQUIRE(devices.size() == 1);
    CHECK(devices[0].toObject().value(QStringLiteral("device_id")).toString() == enrolled->deviceId);
    CHECK(db.scalar(QStringLiteral("SELECT token_hash FROM devices")).toString()
        == protocol::DeviceCredential::tokenHash(enrolled->token));
    if (backend == Backend::Sqlite) {
        // WAL mode: recent pages may still be in the -wal file, so both are searched.
        QByteArray stored;
        for (const QString &name :
            {QStringLiteral("/motcua-server.sqlite"), QStringLiteral("/motcua-server.sqlite-wal")}) {
            QFile file(db.dataDir() + name);
            if (file.open(QIODevice::ReadOnly))
                stored += file.readAll();
        }
        CHECK(stored.contains(protocol::DeviceCredential::tokenHash(enrolled->token).toLatin1()));
        CHECK_FALSE(stored.contains(enrolled->token.toLatin1()));
    }
}

TEST_CASE("Ping echoes the nonce it was sent and refuses a malformed one")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    CHECK(server.answersPing());
    const Reply bad = server.request("GET", QStringLiteral("/v2/ping?nonce=short"));
    CHECK(bad.status == 400);
    CHECK(bad.errorCode() == QStringLiteral("request.malformed"));
    CHECK(bad.json()
              .value(QStringLiteral("error"))
              .toObject()
              .value(QStringLiteral("message"))
              .toString()
              .startsWith(QStringLiteral("?nonce")));
}

TEST_CASE("Push and pull answer 401 without a credential, with a forged token and for a revoked device")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    CHECK(pull(server, device).changes.isEmpty());

    const Reply missing = server.request("GET", QStringLiteral("/v2/pull"));
    CHECK(missing.status == 401);
    CHECK(missing.errorCode() == QStringLiteral("auth.missing"));

    const QByteArray forged
        = protocol::DeviceCredential{device.deviceId, protocol::DeviceCredential::generateToken()}.toAuthorization();
    const Reply wrongToken = server.request("GET", QStringLiteral("/v2/pull"), {}, forged);
    CHECK(wrongToken.status == 401);
    CHECK(wrongToken.errorCode() == QStringLiteral("auth.invalid"));
    const Reply garbage = server.request("GET", QStringLiteral("/v2/pull"), {}, "Bearer nonsense");
    CHECK(garbage.status == 401);
    CHECK(garbage.errorCode() == QStringLiteral("auth.invalid"));

    int exitCode = -1;
    runCli(db, {QStringLiteral("revoke"), device.deviceId}, &exitCode);
    REQUIRE(exitCode == 0);
    const Reply revoked = server.request("POST", QStringLiteral("/v2/push"),
        protocol::compactJson(
            protocol::PushRequest{newUuid(), {dossierOp(newUuid(), 0, QStringLiteral("received"))}}.toJson()),
        bearer(device));
    CHECK(revoked.status == 401);
    CHECK(revoked.errorCode() == QStringLiteral("auth.revoked"));
    CHECK(db.count(QStringLiteral("records")) == 0);
}

TEST_CASE("A pushed op is applied once and the same op sent again is a duplicate that changes nothing")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    const protocol::PushOp op = dossierOp(newUuid(), 0, QStringLiteral("received"));

    const protocol::PushResponse first = push(server, device, {op});
    CHECK(first.results[0].result == protocol::PushOutcome::Applied);
    CHECK(first.results[0].version == 1);
    CHECK(db.count(QStringLiteral("records")) == 1);

    const protocol::PushResponse second = push(server, device, {op});
    CHECK(second.results[0].result == protocol::PushOutcome::Duplicate);
    CHECK(second.results[0].version == 1);
    CHECK(db.count(QStringLiteral("records")) == 1);
    // Once for the commune's other desks; never back to the desk that made it.
    CHECK(pull(server, server.enroll(QStringLiteral("12345"))).changes.size() == 1);
    CHECK(pull(server, device).changes.isEmpty());
}

TEST_CASE("An op on a stale base version is a conflict that carries the server's record")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    const QString id = newUuid();
    // Two ops of one batch on one record: the second builds on the version the first produced.
    const protocol::PushResponse created = push(
        server, device, {dossierOp(id, 0, QStringLiteral("received")), dossierOp(id, 1, QStringLiteral("handling"))});
    CHECK(created.results[0].result == protocol::PushOutcome::Applied);
    CHECK(created.results[1].result == protocol::PushOutcome::Applied);
    CHECK(created.results[1].version == 2);

    const protocol::PushResponse stale = push(server, device, {dossierOp(id, 1, QStringLiteral("returned"))});
    const protocol::PushResult &conflict = stale.results[0];
    CHECK(conflict.result == protocol::PushOutcome::Conflict);
    CHECK(conflict.version == 2);
    REQUIRE(conflict.serverRecord.has_value());
    CHECK(conflict.serverRecord->id == id);
    CHECK(conflict.serverRecord->version == 2);
    CHECK(conflict.serverRecord->fields.value(QStringLiteral("status")).toString() == QStringLiteral("handling"));
    CHECK(conflict.serverRecord->originDevice == device.deviceId);

    // A creation of an id that exists is a conflict too; a change of an unknown record is rejected.
    CHECK(push(server, device, {dossierOp(id, 0, QStringLiteral("received"))}).results[0].result
        == protocol::PushOutcome::Conflict);
    const protocol::PushResult unknown
        = push(server, device, {dossierOp(newUuid(), 3, QStringLiteral("received"))}).results[0];
    CHECK(unknown.result == protocol::PushOutcome::Rejected);
    CHECK(unknown.reason == QStringLiteral("record.unknown"));
}

TEST_CASE("Within one batch each op sees the ops before it, and the record is stored once at its last version")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    const QString id = newUuid();
    const auto withEvent = [](protocol::PushOp op, const QString &eventId, const QString &action) {
        op.fields.insert(QStringLiteral("event"),
            QJsonObject{{QStringLiteral("id"), eventId}, {QStringLiteral("at"), QStringLiteral("2025-07-01T09:30:00Z")},
                {QStringLiteral("action"), action}});
        return op;
    };
    const QString receiveEvent = newUuid();
    protocol::PushOp create
        = withEvent(dossierOp(id, 0, QStringLiteral("received")), receiveEvent, QStringLiteral("receive"));
    create.fields.insert(QStringLiteral("applicant_name"), QStringLiteral("Nguyễn Thị Minh Khai"));
    // A move sends only what it changes; its event repeats the reception's, which is kept once.
    protocol::PushOp move = withEvent(dossierOp(id, 1, QStringLiteral("handling")), newUuid(), QStringLiteral("start"));
    move.fields.remove(QStringLiteral("code"));
    move.fields.insert(QStringLiteral("history"),
        QJsonArray{
            QJsonObject{{QStringLiteral("id"), receiveEvent}, {QStringLiteral("action"), QStringLiteral("receive")}}});
    const protocol::PushOp stale = dossierOp(id, 1, QStringLiteral("returned"));
    // A record created by a resolution carries its history too: kept as events, not as a field.
    protocol::PushOp other = dossierOp(newUuid(), 0, QStringLiteral("received"));
    other.fields.insert(QStringLiteral("history"),
        QJsonArray{
            QJsonObject{{QStringLiteral("id"), newUuid()}, {QStringLiteral("action"), QStringLiteral("receive")}}});

    const protocol::PushResponse answer = push(server, device, {create, move, stale, other});
    REQUIRE(answer.results.size() == 4);
    CHECK(answer.results[0].result == protocol::PushOutcome::Applied);
    CHECK(answer.results[1].result == protocol::PushOutcome::Applied);
    CHECK(answer.results[1].version == 2);
    // The stale op meets the version the move made, with the fields of both.
    CHECK(answer.results[2].result == protocol::PushOutcome::Conflict);
    REQUIRE(answer.results[2].serverRecord.has_value());
    CHECK(answer.results[2].serverRecord->version == 2);
    CHECK(answer.results[2].serverRecord->fields.value(QStringLiteral("status")).toString()
        == QStringLiteral("handling"));
    CHECK(answer.results[2].serverRecord->fields.value(QStringLiteral("applicant_name")).toString()
        == QStringLiteral("Nguyễn Thị Minh Khai"));
    CHECK_FALSE(answer.results[2].serverRecord->fields.contains(QStringLiteral("history")));
    CHECK(answer.results[3].result == protocol::PushOutcome::Applied);

    CHECK(db.count(QStringLiteral("records")) == 2);
    CHECK(db.count(QStringLiteral("applied_ops")) == 3);
    CHECK(db.count(QStringLiteral("dossier_events")) == 3);
    // Another desk pulls the record once, whole, at its last version, and each event once.
    const QList<protocol::Change> changes = pullAll(server, server.enroll(QStringLiteral("12345")));
    QList<protocol::Change> dossiers;
    int events = 0;
    for (const protocol::Change &change : changes) {
        if (change.entity == QLatin1String("dossier") && change.id == id)
            dossiers << change;
        if (change.entity == QLatin1String("dossier") && change.id == other.id) {
            CHECK_FALSE(change.fields.contains(QStringLiteral("history")));
            CHECK(change.fields.value(QStringLiteral("status")).toString() == QStringLiteral("received"));
        }
        events += change.entity == QLatin1String("dossier_event") ? 1 : 0;
    }
    REQUIRE(dossiers.size() == 1);
    CHECK(dossiers[0].version == 2);
    CHECK(dossiers[0].fields.value(QStringLiteral("status")).toString() == QStringLiteral("handling"));
    CHECK(dossiers[0].fields.value(QStringLiteral("code")).toString() == QStringLiteral("12345-250701-K7Q2-0042"));
    CHECK(dossiers[0].fields.value(QStringLiteral("applicant_name")).toString()
        == QStringLiteral("Nguyễn Thị Minh Khai"));
    CHECK(events == 3);

    // The next batch builds on what was stored, and knows the ops it applied.
    const protocol::PushResponse next = push(server, device, {dossierOp(id, 2, QStringLiteral("done")), move});
    CHECK(next.results[0].result == protocol::PushOutcome::Applied);
    CHECK(next.results[0].version == 3);
    CHECK(next.results[1].result == protocol::PushOutcome::Duplicate);
    CHECK(next.results[1].version == 2);
}

TEST_CASE("A malformed or oversized push is refused with its reason, changes nothing and the server keeps answering")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));

    const Reply broken = server.request("POST", QStringLiteral("/v2/push"), "{\"batch_id\": ", bearer(device));
    CHECK(broken.status == 400);
    CHECK(broken.errorCode() == QStringLiteral("request.malformed"));
    CHECK(broken.json()
              .value(QStringLiteral("error"))
              .toObject()
              .value(QStringLiteral("message"))
              .toString()
              .startsWith(QStringLiteral("$")));

    QJsonObject misspelt
        = protocol::PushRequest{newUuid(), {dossierOp(newUuid(), 0, QStringLiteral("received"))}}.toJson();
    QJsonArray ops = misspelt.value(QStringLiteral("ops")).toArray();
    QJsonObject op = ops[0].toObject();
    op.insert(QStringLiteral("base_vesion"), 0);
    ops[0] = op;
    misspelt.insert(QStringLiteral("ops"), ops);
    const Reply unknownMember
        = server.request("POST", QStringLiteral("/v2/push"), protocol::compactJson(misspelt), bearer(device));
    CHECK(unknownMember.status == 400);
    CHECK(unknownMember.json()
              .value(QStringLiteral("error"))
              .toObject()
              .value(QStringLiteral("message"))
              .toString()
              .startsWith(QStringLiteral("ops[0].base_vesion")));

    const Reply huge
        = server.request("POST", QStringLiteral("/v2/push"), QByteArray(5 * 1024 * 1024, ' '), bearer(device));
    CHECK(huge.status == 413);
    CHECK(huge.errorCode() == QStringLiteral("request.too_large"));

    const Reply text = server.request("POST", QStringLiteral("/v2/push"), "{}", bearer(device), "text/plain");
    CHECK(text.status == 415);

    CHECK(server.answersPing());
    CHECK(db.count(QStringLiteral("records")) == 0);
}

TEST_CASE("Pull gives a dossier to the other devices of its commune and never to another commune")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse counter1 = server.enroll(QStringLiteral("12345"));
    const protocol::EnrollResponse counter2 = server.enroll(QStringLiteral("12345"));
    const protocol::EnrollResponse elsewhere = server.enroll(QStringLiteral("67890"));
    CHECK(counter1.deviceTag != counter2.deviceTag);
    const QString id = newUuid();
    REQUIRE(push(server, counter1, {dossierOp(id, 0, QStringLiteral("received"))}).results[0].result
        == protocol::PushOutcome::Applied);

    const protocol::PullResponse page = pull(server, counter2);
    REQUIRE(page.changes.size() == 1);
    CHECK(page.changes[0].id == id);
    CHECK(page.changes[0].version == 1);
    CHECK(page.changes[0].originDevice == counter1.deviceId);
    CHECK(page.changes[0].fields.value(QStringLiteral("status")).toString() == QStringLiteral("received"));
    CHECK_FALSE(page.more);
    // From the returned cursor there is nothing new.
    CHECK(pull(server, counter2, QStringLiteral("?cursor=") + page.cursor).changes.isEmpty());

    CHECK(pull(server, elsewhere).changes.isEmpty());
    // Another commune cannot change the dossier either.
    const protocol::PushResult foreign
        = push(server, elsewhere, {dossierOp(id, 1, QStringLiteral("returned"))}).results[0];
    CHECK(foreign.result == protocol::PushOutcome::Rejected);
    CHECK(foreign.reason == QStringLiteral("scope.commune"));
    CHECK(pull(server, counter2).changes[0].version == 1);
}

TEST_CASE("Pull pages by limit and reports more until the commune's changes are exhausted")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    QList<protocol::PushOp> ops;
    for (int i = 0; i < 5; ++i)
        ops << dossierOp(newUuid(), 0, QStringLiteral("received"));
    push(server, device, ops);
    // Another desk of the commune: the pusher is not sent its own work back.
    const protocol::EnrollResponse reader = server.enroll(QStringLiteral("12345"));

    QStringList seen;
    QString query = QStringLiteral("?limit=2");
    for (int pages = 0; pages < 10; ++pages) {
        const protocol::PullResponse page = pull(server, reader, query);
        CHECK(page.changes.size() <= 2);
        for (const protocol::Change &change : page.changes)
            seen << change.id;
        query = QStringLiteral("?limit=2&cursor=") + page.cursor;
        if (!page.more)
            break;
    }
    QStringList pushed;
    for (const protocol::PushOp &op : ops)
        pushed << op.id;
    CHECK(seen == pushed);

    const Reply badCursor = server.request("GET", QStringLiteral("/v2/pull?cursor=zz"), {}, bearer(device));
    CHECK(badCursor.status == 400);
}

TEST_CASE("Unknown paths and wrong methods are answered with the protocol's error body")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const Reply unknown = server.request("GET", QStringLiteral("/v2/nothing/here"));
    CHECK(unknown.status == 404);
    CHECK(unknown.errorCode() == QStringLiteral("not_found"));
    const Reply wrongMethod = server.request("POST", QStringLiteral("/v2/ping?nonce=") + protocol::makeNonce(), "{}");
    CHECK(wrongMethod.status == 405);
    CHECK(wrongMethod.errorCode() == QStringLiteral("method_not_allowed"));
}

TEST_CASE("revoke refuses a device that was never enrolled")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    int exitCode = -1;
    runCli(db, {QStringLiteral("revoke"), newUuid()}, &exitCode);
    CHECK(exitCode == 1);
}

TEST_CASE("A zstd push body is accepted and a zstd answer is sent to a client that accepts it")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    const protocol::PushRequest request{newUuid(), {dossierOp(newUuid(), 0, QStringLiteral("received"))}};
    const Result<QByteArray> packed = protocol::zstdCompress(protocol::compactJson(request.toJson()));
    REQUIRE(packed.ok());
    const Reply reply = server.request("POST", QStringLiteral("/v2/push"), *packed, bearer(device), "application/json",
        {{"Content-Encoding", "zstd"}, {"Accept-Encoding", "zstd"}});
    REQUIRE(reply.status == 200);
    CHECK(reply.contentEncoding == "zstd");
    const Result<QByteArray> answer = protocol::zstdDecompress(reply.body, protocol::limits::maxPushResponseBody);
    REQUIRE(answer.ok());
    const Result<protocol::PushResponse> response = protocol::PushResponse::fromJson(*answer);
    REQUIRE(response.ok());
    CHECK(response->results[0].result == protocol::PushOutcome::Applied);

    const Reply corrupt = server.request("POST", QStringLiteral("/v2/push"), "not zstd at all", bearer(device),
        "application/json", {{"Content-Encoding", "zstd"}});
    CHECK(corrupt.status == 400);
    CHECK(corrupt.errorCode() == QStringLiteral("request.bad_encoding"));
    const Reply gzip = server.request(
        "POST", QStringLiteral("/v2/push"), "{}", bearer(device), "application/json", {{"Content-Encoding", "gzip"}});
    CHECK(gzip.status == 415);
    CHECK(gzip.errorCode() == QStringLiteral("request.unsupported_encoding"));
}

TEST_CASE("An op that references a scan the server does not hold yet is applied with the scan pending")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    protocol::PushOp op = dossierOp(newUuid(), 0, QStringLiteral("received"));
    op.blobRefs = {protocol::sha256Hex("scan of the application form")};
    const protocol::PushResult result = push(server, device, {op}).results[0];
    CHECK(result.result == protocol::PushOutcome::Applied);
    CHECK(result.version == 1);
    CHECK(result.pendingBlobs == op.blobRefs);
    // The record travelled without its scan.
    CHECK(db.count(QStringLiteral("records")) == 1);
    CHECK(push(server, device, {op}).results[0].result == protocol::PushOutcome::Duplicate);
    CHECK(db.count(QStringLiteral("records")) == 1);
}

TEST_CASE("An old desk's ping still answers protocol 1 and every other /v1 sync route says to update")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const QString nonce = protocol::makeNonce();
    const Reply oldPing = server.request("GET", QStringLiteral("/v1/ping?nonce=") + nonce);
    REQUIRE(oldPing.status == 200);
    const protocol::PingResponse oldAnswer = protocol::PingResponse::fromJson(oldPing.body).value();
    CHECK(oldAnswer.protocol == 1);
    CHECK(oldAnswer.nonce == nonce);
    const Reply newPing = server.request("GET", QStringLiteral("/v2/ping?nonce=") + nonce);
    REQUIRE(newPing.status == 200);
    CHECK(protocol::PingResponse::fromJson(newPing.body).value().verify(nonce).ok());

    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    const QString blob = QStringLiteral("/v1/blobs/") + protocol::sha256Hex("scan");
    const QList<QPair<QByteArray, QString>> routes{{"POST", QStringLiteral("/v1/enroll")},
        {"POST", QStringLiteral("/v1/push")}, {"GET", QStringLiteral("/v1/pull")}, {"GET", blob},
        {"PUT", blob + QStringLiteral("?offset=0&size=4")}, {"GET", blob + QStringLiteral("/content")}};
    for (const auto &[verb, path] : routes) {
        INFO(verb.constData() << " " << path.toStdString());
        const Reply reply = server.request(verb, path, "{}", bearer(device));
        CHECK(reply.status == 426);
        CHECK(reply.errorCode() == QStringLiteral("protocol.outdated"));
        const protocol::ErrorBody error = protocol::ErrorBody::fromJson(reply.body).value();
        CHECK(error.message == protocol::protocolOutdatedMessage());
    }
    CHECK(db.count(QStringLiteral("records")) == 0);
}

TEST_CASE("The same op pushed at once to two server processes on one database is applied exactly once")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server first(db);
    Server second(db);
    const protocol::EnrollResponse device = first.enroll(QStringLiteral("12345"));
    const protocol::PushOp op = dossierOp(newUuid(), 0, QStringLiteral("received"));
    const QByteArray body = protocol::compactJson(protocol::PushRequest{newUuid(), {op}}.toJson());

    int applied = 0;
    for (int round = 0; round < 5; ++round) {
        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        for (const Server *server : {&first, &second}) {
            QNetworkRequest request(QUrl(server->base() + QStringLiteral("/v2/push")));
            request.setRawHeader("Content-Type", "application/json");
            request.setRawHeader("Authorization", bearer(device));
            replies << network.post(request, body);
        }
        QEventLoop loop;
        QTimer timer;
        QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
            if (replies[0]->isFinished() && replies[1]->isFinished())
                loop.quit();
        });
        timer.start(10);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        for (QNetworkReply *reply : replies) {
            REQUIRE(reply->isFinished());
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            // 503 is allowed (the database was busy; nothing was written, the client resends).
            REQUIRE((status == 200 || status == 503));
            if (status == 200) {
                const Result<protocol::PushResponse> response = protocol::PushResponse::fromJson(reply->readAll());
                REQUIRE(response.ok());
                const protocol::PushOutcome outcome = response->results[0].result;
                CHECK((outcome == protocol::PushOutcome::Applied || outcome == protocol::PushOutcome::Duplicate));
                applied += outcome == protocol::PushOutcome::Applied ? 1 : 0;
            }
            reply->deleteLater();
        }
    }
    CHECK(applied == 1);
    CHECK(db.count(QStringLiteral("records")) == 1);
    CHECK(pull(first, first.enroll(QStringLiteral("12345"))).changes.size() == 1);
}

TEST_CASE("Enrollment answers 429 after ten failed attempts from one address, even with a valid code")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    for (int attempt = 0; attempt < 10; ++attempt) {
        const Reply wrong = server.request(
            "POST", QStringLiteral("/v2/enroll"), Server::enrollBody(protocol::EnrollRequest::generateCode()));
        REQUIRE(wrong.status == 401);
    }
    const Reply limited = server.request(
        "POST", QStringLiteral("/v2/enroll"), Server::enrollBody(issueCode(db, QStringLiteral("12345"))));
    CHECK(limited.status == 429);
    CHECK(limited.errorCode() == QStringLiteral("rate_limited"));
    CHECK(server.answersPing());
}

TEST_CASE("A pull page stays near 8 MiB by returning fewer changes than the limit")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    // 200 dossiers of about 56 KB each: 11 MB, more than one page may carry.
    QStringList pushed;
    for (int batch = 0; batch < 4; ++batch) {
        QList<protocol::PushOp> ops;
        for (int i = 0; i < 50; ++i) {
            protocol::PushOp op = dossierOp(newUuid(), 0, QStringLiteral("received"));
            for (int part = 0; part < 7; ++part)
                op.fields.insert(QStringLiteral("note_%1").arg(part), QString(8000, QLatin1Char('a' + part)));
            ops << op;
            pushed << op.id;
        }
        for (const protocol::PushResult &result : push(server, device, ops).results)
            REQUIRE(result.result == protocol::PushOutcome::Applied);
    }

    QStringList seen;
    QString query = QStringLiteral("?limit=1000");
    int pages = 0;
    const protocol::EnrollResponse reader = server.enroll(QStringLiteral("12345"));
    for (; pages < 10; ++pages) {
        const Reply reply = server.request("GET", QStringLiteral("/v2/pull") + query, {}, bearer(reader));
        REQUIRE(reply.status == 200);
        CHECK(reply.body.size() <= 8 * protocol::limits::MiB);
        const Result<protocol::PullResponse> page = protocol::PullResponse::fromJson(reply.body);
        REQUIRE(page.ok());
        REQUIRE_FALSE(page->changes.isEmpty());
        for (const protocol::Change &change : page->changes)
            seen << change.id;
        query = QStringLiteral("?limit=1000&cursor=") + page->cursor;
        if (!page->more)
            break;
    }
    CHECK(pages >= 1);
    CHECK(seen == pushed);
}
