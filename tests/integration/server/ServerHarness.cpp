#include "ServerHarness.h"

#include "PostgresInstance.h"
#include "protocol/Blob.h"
#include "protocol/Credentials.h"
#include "protocol/ErrorBody.h"
#include "protocol/Ping.h"
#include "protocol/WireTypes.h"

// The listener that stops the PostgreSQL cluster needs Catch's reporter interfaces.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <iostream>
#include <memory>

namespace motcua::servertest {

namespace {

std::unique_ptr<testing::PostgresInstance> &postgresSlot()
{
    static std::unique_ptr<testing::PostgresInstance> instance;
    return instance;
}

testing::PostgresInstance *sharedPostgres()
{
    static bool tried = false;
    if (!tried) {
        tried = true;
        postgresSlot() = std::make_unique<testing::PostgresInstance>();
        if (!postgresSlot()->isRunning())
            std::cerr << "PostgreSQL runs of the server tests are skipped: " << postgresSlot()->reason().toStdString()
                      << std::endl;
    }
    return postgresSlot() && postgresSlot()->isRunning() ? postgresSlot().get() : nullptr;
}

// Stops the shared cluster when the run ends, while the QCoreApplication still exists.
struct PostgresStopper : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testRunEnded(const Catch::TestRunStats &stats) override
    {
        postgresSlot().reset();
        TestEventListenerBase::testRunEnded(stats);
    }
};

} // namespace

} // namespace motcua::servertest

using ServerTestPostgresStopper = motcua::servertest::PostgresStopper;
CATCH_REGISTER_LISTENER(ServerTestPostgresStopper)

namespace motcua::servertest {

std::vector<Backend> availableBackends()
{
    std::vector<Backend> backends{Backend::Sqlite};
    if (sharedPostgres())
        backends.push_back(Backend::Postgres);
    return backends;
}

const char *backendName(Backend backend)
{
    return backend == Backend::Sqlite ? "SQLite" : "PostgreSQL";
}

TestDatabase::TestDatabase(Backend backend)
    : m_backend(backend)
{
    if (backend == Backend::Postgres) {
        testing::PostgresInstance *postgres = sharedPostgres();
        REQUIRE(postgres);
        QString error;
        const std::optional<QString> url = postgres->createDatabase(&error);
        INFO(error.toStdString());
        REQUIRE(url.has_value());
        m_url = *url;
    }
}

QStringList TestDatabase::arguments() const
{
    if (m_backend == Backend::Sqlite)
        return {QStringLiteral("--data"), m_dir.path()};
    return {QStringLiteral("--database"), m_url};
}

QVariant TestDatabase::scalar(const QString &sql) const
{
    const QString connection = QStringLiteral("server-test-direct");
    QVariant value;
    {
        QSqlDatabase db;
        if (m_backend == Backend::Sqlite) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_dir.path() + QStringLiteral("/motcua-server.sqlite"));
        } else {
            const QUrl url(m_url);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        }
        REQUIRE(db.open());
        QSqlQuery query(db);
        INFO(sql.toStdString());
        const bool ran = query.exec(sql);
        INFO(query.lastError().text().toStdString());
        REQUIRE(ran);
        REQUIRE(query.next());
        value = query.value(0);
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

qint64 TestDatabase::count(const QString &table) const
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

QByteArray runCli(const TestDatabase &db, const QStringList &arguments, int *exitCode, QByteArray *standardError)
{
    QProcess process;
    QStringList all = arguments;
    all.insert(1, db.arguments()[0]);
    all.insert(2, db.arguments()[1]);
    process.start(QStringLiteral(MOTCUA_SERVER), all);
    REQUIRE(process.waitForFinished(60000));
    if (exitCode)
        *exitCode = process.exitCode();
    if (standardError)
        *standardError = process.readAllStandardError();
    return process.readAllStandardOutput();
}

QString issueCode(const TestDatabase &db, const QString &commune)
{
    const QByteArray out
        = runCli(db, {QStringLiteral("enroll"), QStringLiteral("--commune"), commune, QStringLiteral("--json")});
    const QJsonObject object = QJsonDocument::fromJson(out).object();
    REQUIRE(protocol::EnrollRequest::isCode(object.value(QStringLiteral("code")).toString()));
    REQUIRE(protocol::isIsoTimestamp(object.value(QStringLiteral("expires_at")).toString()));
    return object.value(QStringLiteral("code")).toString();
}

QString Reply::errorCode() const
{
    const Result<protocol::ErrorBody> error = protocol::ErrorBody::fromJson(body);
    return error ? error->code : QStringLiteral("<no error body>");
}

QString Reply::errorMessage() const
{
    const Result<protocol::ErrorBody> error = protocol::ErrorBody::fromJson(body);
    return error ? error->message : QString();
}

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Server::Server(const TestDatabase &db, const QStringList &extraArguments)
    : m_db(db)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(MOTCUA_SERVER),
        QStringList{QStringLiteral("serve")} + db.arguments()
            + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + extraArguments);
    REQUIRE(m_process.waitForStarted(10000));
    while (!m_process.canReadLine())
        REQUIRE(m_process.waitForReadyRead(30000));
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    INFO(line.toStdString());
    REQUIRE(line.startsWith(QStringLiteral("listening on http")));
    m_base = line.mid(QStringLiteral("listening on ").size());
}

Server::~Server()
{
    kill();
}

quint16 Server::port() const
{
    return quint16(QUrl(m_base).port());
}

QString Server::readLine(int timeoutMs)
{
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(timeoutMs))
            return {};
    }
    return QString::fromUtf8(m_process.readLine()).trimmed();
}

int Server::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    m_process.terminate();
    if (!m_process.waitForFinished(15000)) {
        kill();
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void Server::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

Reply httpRequest(QNetworkAccessManager &network, const QString &url, const QByteArray &verb, const QByteArray &body,
    const QByteArray &authorization, const QByteArray &contentType, const Headers &headers)
{
    QNetworkRequest request{QUrl(url)};
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty() || verb == "POST" || verb == "PUT")
        request.setRawHeader("Content-Type", contentType);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(reply->isFinished());
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
        reply->rawHeader("Content-Encoding"), reply->rawHeaderPairs()};
    reply->deleteLater();
    return result;
}

Reply Server::request(const QByteArray &verb, const QString &path, const QByteArray &body,
    const QByteArray &authorization, const QByteArray &contentType, const Headers &headers)
{
    return httpRequest(m_network, m_base + path, verb, body, authorization, contentType, headers);
}

protocol::EnrollResponse Server::enroll(const QString &commune)
{
    const Reply reply = request("POST", QStringLiteral("/v2/enroll"), enrollBody(issueCode(m_db, commune)));
    REQUIRE(reply.status == 200);
    const Result<protocol::EnrollResponse> parsed = protocol::EnrollResponse::fromJson(reply.body);
    REQUIRE(parsed.ok());
    return *parsed;
}

QByteArray Server::enrollBody(const QString &code)
{
    return protocol::compactJson(
        protocol::EnrollRequest{code, QStringLiteral("Quầy 1"), QStringLiteral("0.1.0")}.toJson());
}

bool Server::answersPing()
{
    const QString nonce = protocol::makeNonce();
    const Reply reply = request("GET", QStringLiteral("/v2/ping?nonce=") + nonce);
    const Result<protocol::PingResponse> ping = protocol::PingResponse::fromJson(reply.body);
    return reply.status == 200 && ping && ping->verify(nonce).ok();
}

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
        = server.request("POST", QStringLiteral("/v2/push"), protocol::compactJson(request.toJson()), bearer(device));
    INFO(reply.body.left(500).toStdString());
    REQUIRE(reply.status == 200);
    const Result<protocol::PushResponse> response = protocol::PushResponse::fromJson(reply.body);
    REQUIRE(response.ok());
    REQUIRE(response->matches(request).ok());
    return *response;
}

protocol::PullResponse pull(Server &server, const protocol::EnrollResponse &device, const QString &query)
{
    const Reply reply = server.request("GET", QStringLiteral("/v2/pull") + query, {}, bearer(device));
    INFO(reply.body.left(500).toStdString());
    REQUIRE(reply.status == 200);
    const Result<protocol::PullResponse> response = protocol::PullResponse::fromJson(reply.body);
    REQUIRE(response.ok());
    return *response;
}

Reply putChunk(Server &server, const protocol::EnrollResponse &device, const QString &sha256, qint64 offset,
    qint64 size, const QByteArray &chunk, const QByteArray &chunkSha256)
{
    const QByteArray digest = chunkSha256.isEmpty() ? protocol::sha256Hex(chunk).toLatin1() : chunkSha256;
    return server.request("PUT",
        protocol::blobPath(sha256) + QStringLiteral("?offset=%1&size=%2").arg(offset).arg(size), chunk, bearer(device),
        "application/octet-stream", {{"X-Chunk-SHA256", digest}});
}

QString uploadBlob(Server &server, const protocol::EnrollResponse &device, const QByteArray &content, int chunkSize)
{
    const QString sha256 = protocol::sha256Hex(content);
    qint64 offset = 0;
    do {
        const QByteArray chunk = content.mid(offset, chunkSize);
        const Reply reply = putChunk(server, device, sha256, offset, content.size(), chunk);
        INFO(reply.body.toStdString());
        REQUIRE(reply.status == 200);
        offset += chunk.size();
        const Result<protocol::BlobChunkAck> ack = protocol::BlobChunkAck::fromJson(reply.body);
        REQUIRE(ack.ok());
        REQUIRE(ack->received == offset);
        REQUIRE(ack->complete == (offset == content.size()));
    } while (offset < content.size());
    return sha256;
}

QList<protocol::Change> pullAll(Server &server, const protocol::EnrollResponse &device)
{
    QList<protocol::Change> changes;
    QString query = QStringLiteral("?limit=1000");
    for (int page = 0; page < 1000; ++page) {
        const protocol::PullResponse response = pull(server, device, query);
        changes += response.changes;
        query = QStringLiteral("?limit=1000&cursor=") + response.cursor;
        if (!response.more)
            break;
    }
    return changes;
}

} // namespace motcua::servertest
