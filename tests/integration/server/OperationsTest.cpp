// What the province's operators run against the real motcua-server (issue 10): the load
// balancer's /v1/health, the Prometheus metrics on their own listener, and `backup`.
#include "PostgresInstance.h"
#include "RawClient.h"
#include "ServerHarness.h"
#include "protocol/Ping.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QUrl>

#include <sys/stat.h>

using namespace motcua;
using namespace motcua::servertest;

namespace {

// GET of a URL of any listener, answered with Connection: close; the status and the body.
std::pair<int, QByteArray> rawGet(const QString &url)
{
    const QUrl parsed(url);
    RawClient client(quint16(parsed.port()));
    REQUIRE(client.isConnected());
    QByteArray target = parsed.path(QUrl::FullyEncoded).toLatin1();
    if (parsed.hasQuery())
        target += '?' + parsed.query(QUrl::FullyEncoded).toLatin1();
    client.send(rawRequest("GET", target));
    const int status = client.status(10000);
    return {status, client.body(10000)};
}

// The value of one series in a Prometheus text page ("name{labels}" exactly as printed); -1 when
// the page does not have it.
double series(const QByteArray &page, const QByteArray &name)
{
    for (const QByteArray &line : page.split('\n')) {
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).toDouble();
    }
    return -1;
}

QSet<QString> pulledDossiers(Server &server, const protocol::EnrollResponse &device)
{
    QSet<QString> ids;
    for (const protocol::Change &change : pullAll(server, device)) {
        if (change.entity == QLatin1String("dossier"))
            ids.insert(change.id);
    }
    return ids;
}

} // namespace

TEST_CASE("GET /v1/health answers 200 with the kind of store, without a token")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const Reply health = server.request("GET", QStringLiteral("/v1/health"));
    CHECK(health.status == 200);
    CHECK(health.json().value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    CHECK(health.json().value(QStringLiteral("database")).toString()
        == QString::fromLatin1(backend == Backend::Sqlite ? "sqlite" : "postgresql"));
    CHECK(health.header("Cache-Control") == "no-store");
    CHECK(server.request("POST", QStringLiteral("/v1/health"), "{}").status == 405);
}

TEST_CASE("The server's threads carry names an operator can tell apart in top -H and perf")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db, {QStringLiteral("--threads"), QStringLiteral("3")});
    REQUIRE(server.answersPing());
    QMap<QString, int> names;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(server.pid()));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly))
            ++names[QString::fromLatin1(comm.readAll().trimmed())];
    }
    INFO(QStringList(names.keys()).join(QLatin1Char(' ')).toStdString());
    CHECK(names.value(QStringLiteral("motcua-handler")) == 3);
    CHECK(names.value(QStringLiteral("motcua-network")) >= 2);
    // SQLite's one writer and its checkpointer; PostgreSQL has neither.
    CHECK(names.value(QStringLiteral("motcua-writer")) == (backend == Backend::Sqlite ? 1 : 0));
    CHECK(names.value(QStringLiteral("motcua-checkpt")) == (backend == Backend::Sqlite ? 1 : 0));
}

TEST_CASE("GET /v1/health answers 503 once the database stops answering, while ping still answers")
{
    testing::PostgresInstance postgres;
    if (!postgres.isRunning())
        FAIL("PostgreSQL could not be started: " << postgres.reason().toStdString());
    QString error;
    const std::optional<QString> url = postgres.createDatabase(&error);
    INFO(error.toStdString());
    REQUIRE(url);
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(MOTCUA_SERVER),
        {QStringLiteral("serve"), QStringLiteral("--database"), *url, QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0")});
    REQUIRE(process.waitForStarted(10000));
    while (!process.canReadLine())
        REQUIRE(process.waitForReadyRead(30000));
    const QString base = QString::fromUtf8(process.readLine()).trimmed().mid(QStringLiteral("listening on ").size());
    REQUIRE(rawGet(base + QStringLiteral("/v1/health")).first == 200);

    postgres.stop();
    const auto [status, body] = rawGet(base + QStringLiteral("/v1/health"));
    CHECK(status == 503);
    CHECK(QJsonDocument::fromJson(body).object().value(QStringLiteral("status")).toString()
        == QStringLiteral("unavailable"));
    CHECK(rawGet(base + QStringLiteral("/v2/ping?nonce=") + protocol::makeNonce()).first == 200);
    process.kill();
    process.waitForFinished(10000);
}

TEST_CASE("Metrics are off unless --metrics-listen is given, and never on the sync listener")
{
    TestDatabase db(Backend::Sqlite);
    Server server(db);
    CHECK(server.request("GET", QStringLiteral("/metrics")).status == 404);
    CHECK(server.readLine(500).isEmpty());
}

TEST_CASE("The metrics listener counts requests by route and status, pushes, ops, push time and connections")
{
    TestDatabase db(Backend::Sqlite);
    Server server(db, {QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:0")});
    const QString line = server.readLine();
    INFO(line.toStdString());
    REQUIRE(line.startsWith(QStringLiteral("metrics on http://127.0.0.1:")));
    const QString metricsUrl = line.mid(QStringLiteral("metrics on ").size());
    REQUIRE(QUrl(metricsUrl).port() != int(server.port()));

    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));
    const QList<protocol::PushOp> ops{dossierOp(newUuid(), 0, QStringLiteral("received")),
        dossierOp(newUuid(), 0, QStringLiteral("received")), dossierOp(newUuid(), 0, QStringLiteral("received"))};
    push(server, device, ops);
    push(server, device, ops); // the same ops again: duplicates
    CHECK(server.request("GET", QStringLiteral("/v2/pull")).status == 401);
    CHECK(server.request("GET", QStringLiteral("/no/such/thing")).status == 404);
    RawClient idle(server.port());
    REQUIRE(idle.isConnected());

    const auto [status, page] = rawGet(metricsUrl);
    INFO(page.toStdString());
    REQUIRE(status == 200);
    CHECK(page.contains("# TYPE motcua_http_requests_total counter"));
    CHECK(series(page, R"(motcua_http_requests_total{route="/v2/push",status="200"})") == 2);
    CHECK(series(page, R"(motcua_http_requests_total{route="/v2/enroll",status="200"})") == 1);
    CHECK(series(page, R"(motcua_http_requests_total{route="/v2/pull",status="401"})") == 1);
    CHECK(series(page, R"(motcua_http_requests_total{route="other",status="404"})") == 1);
    CHECK(series(page, "motcua_pushes_total") == 2);
    CHECK(series(page, "motcua_applied_ops_total") == 3);
    CHECK(series(page, R"(motcua_push_ops_total{outcome="applied"})") == 3);
    CHECK(series(page, R"(motcua_push_ops_total{outcome="duplicate"})") == 3);
    CHECK(page.contains("# TYPE motcua_push_duration_seconds histogram"));
    CHECK(series(page, R"(motcua_push_duration_seconds_bucket{le="+Inf"})") == 2);
    CHECK(series(page, R"(motcua_push_duration_seconds_bucket{le="10"})") == 2);
    CHECK(series(page, "motcua_push_duration_seconds_count") == 2);
    CHECK(series(page, "motcua_push_duration_seconds_sum") > 0);
    CHECK(series(page, "motcua_open_connections") >= 1);
    // The metrics listener serves nothing of the sync protocol.
    CHECK(rawGet(QUrl(metricsUrl).resolved(QUrl(QStringLiteral("/v2/ping"))).toString()).first == 404);
}

TEST_CASE("serve refuses a --metrics-listen that is not HOST:PORT")
{
    TestDatabase db(Backend::Sqlite);
    QProcess process;
    process.start(QStringLiteral(MOTCUA_SERVER),
        QStringList{QStringLiteral("serve")} + db.arguments()
            + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--metrics-listen"),
                QStringLiteral("localhost")});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 2);
    CHECK(process.readAllStandardError().contains("--metrics-listen"));
}

TEST_CASE("backup copies a serving SQLite store into one consistent file that opens as the same store")
{
    TestDatabase db(Backend::Sqlite);
    Server server(db);
    const protocol::EnrollResponse writer = server.enroll(QStringLiteral("12345"));
    const protocol::EnrollResponse reader = server.enroll(QStringLiteral("12345"));
    QList<protocol::PushOp> ops;
    for (int i = 0; i < 20; ++i)
        ops << dossierOp(newUuid(), 0, QStringLiteral("received"));
    push(server, writer, ops);
    const QSet<QString> before = pulledDossiers(server, reader);
    REQUIRE(before.size() == 20);

    TempDir target;
    const QString file = target.path() + QStringLiteral("/backup.sqlite");
    int exitCode = -1;
    QByteArray standardError;
    const QByteArray output = runCli(db, {QStringLiteral("backup"), file}, &exitCode, &standardError);
    INFO(standardError.toStdString());
    REQUIRE(exitCode == 0);
    CHECK(output.contains("backup.sqlite"));
    // Work after the backup is not in it.
    push(server, writer, {dossierOp(newUuid(), 0, QStringLiteral("received"))});

    // One file, its owner's alone, nothing left beside it.
    CHECK(QDir(target.path()).entryList(QDir::Files) == QStringList{QStringLiteral("backup.sqlite")});
    struct stat info
    {
    };
    REQUIRE(::stat(QFile::encodeName(file).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    // Restored as a data folder, it is the store as it was: the same records for the same devices.
    TestDatabase restored(Backend::Sqlite);
    REQUIRE(QFile::copy(file, restored.dataDir() + QStringLiteral("/motcua-server.sqlite")));
    Server restoredServer(restored);
    CHECK(pulledDossiers(restoredServer, reader) == before);
    CHECK(restored.count(QStringLiteral("applied_ops")) == 20);
    CHECK(db.count(QStringLiteral("applied_ops")) == 21);
}

TEST_CASE("backup refuses an existing file, a folder without a store and a PostgreSQL store, and changes nothing")
{
    TestDatabase db(Backend::Sqlite);
    {
        Server server(db);
        server.enroll(QStringLiteral("12345"));
    }
    TempDir target;
    int exitCode = -1;
    QByteArray standardError;

    const QString existing = target.path() + QStringLiteral("/last-night.sqlite");
    {
        QFile file(existing);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("yesterday's backup");
    }
    runCli(db, {QStringLiteral("backup"), existing}, &exitCode, &standardError);
    CHECK(exitCode == 1);
    CHECK(standardError.contains("exists already"));
    QFile kept(existing);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "yesterday's backup");

    TempDir empty;
    QProcess process;
    const QString nowhere = target.path() + QStringLiteral("/from-empty.sqlite");
    process.start(
        QStringLiteral(MOTCUA_SERVER), {QStringLiteral("backup"), QStringLiteral("--data"), empty.path(), nowhere});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 1);
    CHECK(process.readAllStandardError().contains("holds no server store"));
    CHECK_FALSE(QFileInfo::exists(nowhere));
    CHECK(QDir(empty.path()).entryList(QDir::Files).isEmpty());

    process.start(QStringLiteral(MOTCUA_SERVER),
        {QStringLiteral("backup"), QStringLiteral("--database"),
            QStringLiteral("postgresql://motcua@127.0.0.1:1/motcua"), nowhere});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 2);
    CHECK(process.readAllStandardError().contains("pg_dump"));
    CHECK_FALSE(QFileInfo::exists(nowhere));

    runCli(db, {QStringLiteral("backup")}, &exitCode, &standardError);
    CHECK(exitCode == 2);
}
