#include "TempDir.h"
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

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

using namespace motcua;

namespace {

// Runs one administrator command of motcua-server and returns its standard output.
QByteArray runCli(const QString &dataDir, QStringList arguments, int *exitCode = nullptr)
{
    QProcess process;
    arguments.insert(1, QStringLiteral("--data"));
    arguments.insert(2, dataDir);
    process.start(QStringLiteral(MOTCUA_SERVER), arguments);
    REQUIRE(process.waitForFinished(30000));
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput();
}

QString issueCode(const QString &dataDir, const QString &commune)
{
    const QByteArray out
        = runCli(dataDir, {QStringLiteral("enroll"), QStringLiteral("--commune"), commune, QStringLiteral("--json")});
    const QJsonObject object = QJsonDocument::fromJson(out).object();
    REQUIRE(protocol::EnrollRequest::isCode(object.value(QStringLiteral("code")).toString()));
    REQUIRE(protocol::isIsoTimestamp(object.value(QStringLiteral("expires_at")).toString()));
    return object.value(QStringLiteral("code")).toString();
}

// One HTTP answer as the test sees it.
struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentEncoding;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const
    {
        const Result<protocol::ErrorBody> error = protocol::ErrorBody::fromJson(body);
        return error ? error->code : QStringLiteral("<no error body>");
    }
};

// A real `motcua-server serve` on a free loopback port, stopped with the test.
class Server final
{
public:
    explicit Server(QString dataDir)
        : m_dataDir(std::move(dataDir))
    {
        m_process.start(QStringLiteral(MOTCUA_SERVER),
            {QStringLiteral("serve"), QStringLiteral("--data"), m_dataDir, QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0")});
        REQUIRE(m_process.waitForStarted(10000));
        while (!m_process.canReadLine())
            REQUIRE(m_process.waitForReadyRead(10000));
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        REQUIRE(line.startsWith(QStringLiteral("listening on http://127.0.0.1:")));
        m_base = line.mid(QStringLiteral("listening on ").size());
    }
    ~Server()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    Reply request(const QByteArray &verb, const QString &path, const QByteArray &body = {},
        const QByteArray &authorization = {}, const QByteArray &contentType = "application/json",
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(m_base + path));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        if (!body.isEmpty() || verb == "POST")
            request.setRawHeader("Content-Type", contentType);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        REQUIRE(reply->isFinished());
        Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->rawHeader("Content-Encoding")};
        reply->deleteLater();
        return result;
    }

    protocol::EnrollResponse enroll(const QString &commune)
    {
        const Reply reply = request("POST", QStringLiteral("/v1/enroll"), enrollBody(issueCode(m_dataDir, commune)));
        REQUIRE(reply.status == 200);
        const Result<protocol::EnrollResponse> parsed = protocol::EnrollResponse::fromJson(reply.body);
        REQUIRE(parsed.ok());
        return *parsed;
    }

    static QByteArray enrollBody(const QString &code)
    {
        return protocol::compactJson(
            protocol::EnrollRequest{code, QStringLiteral("Quầy 1"), QStringLiteral("0.1.0")}.toJson());
    }

    bool answersPing()
    {
        const QString nonce = protocol::makeNonce();
        const Reply reply = request("GET", QStringLiteral("/v1/ping?nonce=") + nonce);
        const Result<protocol::PingResponse> ping = protocol::PingResponse::fromJson(reply.body);
        return reply.status == 200 && ping && ping->verify(nonce).ok();
    }

    const QString &dataDir() const { return m_dataDir; }
    const QString &base() const { return m_base; }

private:
    QString m_dataDir;
    QProcess m_process;
    QString m_base;
    QNetworkAccessManager m_network;
};

QByteArray bearer(const protocol::EnrollResponse &device)
{
    return protocol::DeviceCredential{device.deviceId, device.token}.toAuthorization();
}

QString newUuid()
{
    return protocol::uuidText(QUuid::createUuid());
}

protocol::PushOp dossierOp(const QString &id, qint64 baseVersion, const QString &status)
{
    protocol::PushOp op;
    op.opId = newUuid();
    op.entity = QStringLiteral("dossier");
    op.id = id;
    op.baseVersion = baseVersion;
    op.fields = QJsonObject{
        {QStringLiteral("code"), QStringLiteral("12345-250701-K7Q2-0042")}, {QStringLiteral("status"), status}};
    return op;
}

protocol::PushResponse push(Server &server, const protocol::EnrollResponse &device, const QList<protocol::PushOp> &ops)
{
    const protocol::PushRequest request{newUuid(), ops};
    const Reply reply
        = server.request("POST", QStringLiteral("/v1/push"), protocol::compactJson(request.toJson()), bearer(device));
    REQUIRE(reply.status == 200);
    const Result<protocol::PushResponse> response = protocol::PushResponse::fromJson(reply.body);
    REQUIRE(response.ok());
    REQUIRE(response->matches(request).ok());
    return *response;
}

protocol::PullResponse pull(Server &server, const protocol::EnrollResponse &device, const QString &query = {})
{
    const Reply reply = server.request("GET", QStringLiteral("/v1/pull") + query, {}, bearer(device));
    REQUIRE(reply.status == 200);
    const Result<protocol::PullResponse> response = protocol::PullResponse::fromJson(reply.body);
    REQUIRE(response.ok());
    return *response;
}

qint64 recordCount(const QString &dataDir)
{
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("server-test-count"));
        db.setDatabaseName(dataDir + QStringLiteral("/motcua-server.sqlite"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM records")));
        REQUIRE(query.next());
        count = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("server-test-count"));
    return count;
}

} // namespace

TEST_CASE("An enrollment code enrolls one device and is refused after its first use")
{
    TempDir dir;
    Server server(dir.path());
    const QString code = issueCode(dir.path(), QStringLiteral("12345"));

    const Reply first = server.request("POST", QStringLiteral("/v1/enroll"), Server::enrollBody(code));
    REQUIRE(first.status == 200);
    const Result<protocol::EnrollResponse> enrolled = protocol::EnrollResponse::fromJson(first.body);
    REQUIRE(enrolled.ok());
    CHECK(enrolled->communeCode == QStringLiteral("12345"));
    CHECK(protocol::isDeviceTag(enrolled->deviceTag));

    const Reply again = server.request("POST", QStringLiteral("/v1/enroll"), Server::enrollBody(code));
    CHECK(again.status == 410);
    CHECK(again.errorCode() == QStringLiteral("enroll.code_used"));

    const Reply unknown = server.request(
        "POST", QStringLiteral("/v1/enroll"), Server::enrollBody(protocol::EnrollRequest::generateCode()));
    CHECK(unknown.status == 401);
    CHECK(unknown.errorCode() == QStringLiteral("enroll.code_unknown"));

    // The administrator sees the device, and the store never holds the token itself.
    const QByteArray listed = runCli(dir.path(), {QStringLiteral("devices"), QStringLiteral("--json")});
    const QJsonArray devices = QJsonDocument::fromJson(listed).array();
    REQUIRE(devices.size() == 1);
    CHECK(devices[0].toObject().value(QStringLiteral("device_id")).toString() == enrolled->deviceId);
    // WAL mode: recent pages may still be in the -wal file, so both are searched.
    QByteArray stored;
    for (const QString &name : {QStringLiteral("/motcua-server.sqlite"), QStringLiteral("/motcua-server.sqlite-wal")}) {
        QFile file(dir.path() + name);
        if (file.open(QIODevice::ReadOnly))
            stored += file.readAll();
    }
    CHECK(stored.contains(protocol::DeviceCredential::tokenHash(enrolled->token).toLatin1()));
    CHECK_FALSE(stored.contains(enrolled->token.toLatin1()));
}

TEST_CASE("Ping echoes the nonce it was sent and refuses a malformed one")
{
    TempDir dir;
    Server server(dir.path());
    CHECK(server.answersPing());
    const Reply bad = server.request("GET", QStringLiteral("/v1/ping?nonce=short"));
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
    TempDir dir;
    Server server(dir.path());
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    CHECK(pull(server, device).changes.isEmpty());

    const Reply missing = server.request("GET", QStringLiteral("/v1/pull"));
    CHECK(missing.status == 401);
    CHECK(missing.errorCode() == QStringLiteral("auth.missing"));

    const QByteArray forged
        = protocol::DeviceCredential{device.deviceId, protocol::DeviceCredential::generateToken()}.toAuthorization();
    const Reply wrongToken = server.request("GET", QStringLiteral("/v1/pull"), {}, forged);
    CHECK(wrongToken.status == 401);
    CHECK(wrongToken.errorCode() == QStringLiteral("auth.invalid"));
    const Reply garbage = server.request("GET", QStringLiteral("/v1/pull"), {}, "Bearer nonsense");
    CHECK(garbage.status == 401);
    CHECK(garbage.errorCode() == QStringLiteral("auth.invalid"));

    int exitCode = -1;
    runCli(dir.path(), {QStringLiteral("revoke"), device.deviceId}, &exitCode);
    REQUIRE(exitCode == 0);
    const Reply revoked = server.request("POST", QStringLiteral("/v1/push"),
        protocol::compactJson(
            protocol::PushRequest{newUuid(), {dossierOp(newUuid(), 0, QStringLiteral("received"))}}.toJson()),
        bearer(device));
    CHECK(revoked.status == 401);
    CHECK(revoked.errorCode() == QStringLiteral("auth.revoked"));
    CHECK(recordCount(dir.path()) == 0);
}

TEST_CASE("A pushed op is applied once and the same op sent again is a duplicate that changes nothing")
{
    TempDir dir;
    Server server(dir.path());
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    const protocol::PushOp op = dossierOp(newUuid(), 0, QStringLiteral("received"));

    const protocol::PushResponse first = push(server, device, {op});
    CHECK(first.results[0].result == protocol::PushOutcome::Applied);
    CHECK(first.results[0].version == 1);
    CHECK(recordCount(dir.path()) == 1);

    const protocol::PushResponse second = push(server, device, {op});
    CHECK(second.results[0].result == protocol::PushOutcome::Duplicate);
    CHECK(second.results[0].version == 1);
    CHECK(recordCount(dir.path()) == 1);
    CHECK(pull(server, device).changes.size() == 1);
}

TEST_CASE("An op on a stale base version is a conflict that carries the server's record")
{
    TempDir dir;
    Server server(dir.path());
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

TEST_CASE("A malformed or oversized push is refused with its reason, changes nothing and the server keeps answering")
{
    TempDir dir;
    Server server(dir.path());
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));

    const Reply broken = server.request("POST", QStringLiteral("/v1/push"), "{\"batch_id\": ", bearer(device));
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
        = server.request("POST", QStringLiteral("/v1/push"), protocol::compactJson(misspelt), bearer(device));
    CHECK(unknownMember.status == 400);
    CHECK(unknownMember.json()
              .value(QStringLiteral("error"))
              .toObject()
              .value(QStringLiteral("message"))
              .toString()
              .startsWith(QStringLiteral("ops[0].base_vesion")));

    const Reply huge
        = server.request("POST", QStringLiteral("/v1/push"), QByteArray(5 * 1024 * 1024, ' '), bearer(device));
    CHECK(huge.status == 413);
    CHECK(huge.errorCode() == QStringLiteral("request.too_large"));

    const Reply text = server.request("POST", QStringLiteral("/v1/push"), "{}", bearer(device), "text/plain");
    CHECK(text.status == 415);

    CHECK(server.answersPing());
    CHECK(recordCount(dir.path()) == 0);
}

TEST_CASE("Pull gives a dossier to the other devices of its commune and never to another commune")
{
    TempDir dir;
    Server server(dir.path());
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
    TempDir dir;
    Server server(dir.path());
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    QList<protocol::PushOp> ops;
    for (int i = 0; i < 5; ++i)
        ops << dossierOp(newUuid(), 0, QStringLiteral("received"));
    push(server, device, ops);

    QStringList seen;
    QString query = QStringLiteral("?limit=2");
    for (int pages = 0; pages < 10; ++pages) {
        const protocol::PullResponse page = pull(server, device, query);
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

    const Reply badCursor = server.request("GET", QStringLiteral("/v1/pull?cursor=zz"), {}, bearer(device));
    CHECK(badCursor.status == 400);
}

TEST_CASE("Unknown paths and wrong methods are answered with the protocol's error body")
{
    TempDir dir;
    Server server(dir.path());
    const Reply unknown = server.request("GET", QStringLiteral("/v1/nothing/here"));
    CHECK(unknown.status == 404);
    CHECK(unknown.errorCode() == QStringLiteral("not_found"));
    const Reply wrongMethod = server.request("POST", QStringLiteral("/v1/ping?nonce=") + protocol::makeNonce(), "{}");
    CHECK(wrongMethod.status == 405);
    CHECK(wrongMethod.errorCode() == QStringLiteral("method_not_allowed"));
}

TEST_CASE("revoke refuses a device that was never enrolled")
{
    TempDir dir;
    int exitCode = -1;
    runCli(dir.path(), {QStringLiteral("revoke"), newUuid()}, &exitCode);
    CHECK(exitCode == 1);
}

TEST_CASE("A zstd push body is accepted and a zstd answer is sent to a client that accepts it")
{
    TempDir dir;
    Server server(dir.path());
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    const protocol::PushRequest request{newUuid(), {dossierOp(newUuid(), 0, QStringLiteral("received"))}};
    const Result<QByteArray> packed = protocol::zstdCompress(protocol::compactJson(request.toJson()));
    REQUIRE(packed.ok());
    const Reply reply = server.request("POST", QStringLiteral("/v1/push"), *packed, bearer(device), "application/json",
        {{"Content-Encoding", "zstd"}, {"Accept-Encoding", "zstd"}});
    REQUIRE(reply.status == 200);
    CHECK(reply.contentEncoding == "zstd");
    const Result<QByteArray> answer = protocol::zstdDecompress(reply.body, protocol::limits::maxPushResponseBody);
    REQUIRE(answer.ok());
    const Result<protocol::PushResponse> response = protocol::PushResponse::fromJson(*answer);
    REQUIRE(response.ok());
    CHECK(response->results[0].result == protocol::PushOutcome::Applied);

    const Reply corrupt = server.request("POST", QStringLiteral("/v1/push"), "not zstd at all", bearer(device),
        "application/json", {{"Content-Encoding", "zstd"}});
    CHECK(corrupt.status == 400);
    CHECK(corrupt.errorCode() == QStringLiteral("request.bad_encoding"));
    const Reply gzip = server.request(
        "POST", QStringLiteral("/v1/push"), "{}", bearer(device), "application/json", {{"Content-Encoding", "gzip"}});
    CHECK(gzip.status == 415);
    CHECK(gzip.errorCode() == QStringLiteral("request.unsupported_encoding"));
}

TEST_CASE("An op that references a blob the server does not hold is answered retry and not applied")
{
    TempDir dir;
    Server server(dir.path());
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    protocol::PushOp op = dossierOp(newUuid(), 0, QStringLiteral("received"));
    op.blobRefs = {protocol::sha256Hex("scan of the application form")};
    const protocol::PushResult result = push(server, device, {op}).results[0];
    CHECK(result.result == protocol::PushOutcome::Retry);
    CHECK(result.missingBlobs == op.blobRefs);
    CHECK(recordCount(dir.path()) == 0);
    // Not a duplicate later: the op was not applied, so it is evaluated again.
    CHECK(push(server, device, {op}).results[0].result == protocol::PushOutcome::Retry);
}

TEST_CASE("The same op pushed at once to two server processes on one database is applied exactly once")
{
    TempDir dir;
    Server first(dir.path());
    Server second(dir.path());
    const protocol::EnrollResponse device = first.enroll(QStringLiteral("12345"));
    const protocol::PushOp op = dossierOp(newUuid(), 0, QStringLiteral("received"));
    const QByteArray body = protocol::compactJson(protocol::PushRequest{newUuid(), {op}}.toJson());

    int applied = 0;
    for (int round = 0; round < 5; ++round) {
        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        for (const Server *server : {&first, &second}) {
            QNetworkRequest request(QUrl(server->base() + QStringLiteral("/v1/push")));
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
    CHECK(recordCount(dir.path()) == 1);
    CHECK(pull(first, device).changes.size() == 1);
}

TEST_CASE("Enrollment answers 429 after ten failed attempts from one address, even with a valid code")
{
    TempDir dir;
    Server server(dir.path());
    for (int attempt = 0; attempt < 10; ++attempt) {
        const Reply wrong = server.request(
            "POST", QStringLiteral("/v1/enroll"), Server::enrollBody(protocol::EnrollRequest::generateCode()));
        REQUIRE(wrong.status == 401);
    }
    const Reply limited = server.request(
        "POST", QStringLiteral("/v1/enroll"), Server::enrollBody(issueCode(dir.path(), QStringLiteral("12345"))));
    CHECK(limited.status == 429);
    CHECK(limited.errorCode() == QStringLiteral("rate_limited"));
    CHECK(server.answersPing());
}
